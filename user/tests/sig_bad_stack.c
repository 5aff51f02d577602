/*
 * A signal the kernel cannot deliver because the stack pointer points
 * nowhere usable (NULL, or into the kernel half) kills the process with
 * SIGSEGV, even when a handler is installed, and the kernel survives.
 */
#include <test.h>

static void on_sig(int sig)
{
	(void)sig;
	_exit(3);
}

static void fault_with_esp(void *arg)
{
	signal(SIGSEGV, on_sig);
	signal(SIGUSR1, on_sig);
	__asm__ volatile("movl %0, %%esp\n\t"
			 "movl $0, %%eax\n\t"
			 "movl (%%eax), %%eax"
			 : : "r"(arg) : "eax", "memory");
}

static void kill_with_esp(void *arg)
{
	signal(SIGSEGV, on_sig);
	signal(SIGUSR1, on_sig);
	/* kill(getpid(), SIGUSR1) with the bad stack in place. */
	__asm__ volatile("movl $20, %%eax\n\t"
			 "int $0x80\n\t"
			 "movl %%eax, %%ebx\n\t"
			 "movl %0, %%esp\n\t"
			 "movl $37, %%eax\n\t"
			 "movl $10, %%ecx\n\t"
			 "int $0x80\n\t"
			 "1: jmp 1b"
			 : : "r"(arg) : "eax", "ebx", "ecx", "memory");
}

int main(void)
{
	void *bad[] = { (void *)0, (void *)0x1000, (void *)0xfffff000UL };
	int i;

	for (i = 0; i < 3; i++) {
		EXPECT_SIGNALED(test_run_child(fault_with_esp, bad[i]), SIGSEGV, "fault with a bad stack");
		EXPECT_SIGNALED(test_run_child(kill_with_esp, bad[i]), SIGSEGV, "SIGUSR1 with a bad stack");
	}
	return test_done();
}
