/*
 * A process may unmap its own code, data and stack: munmap of everything
 * below 3 GiB succeeds, and the next instruction fetch faults with nowhere
 * to deliver a signal, so the process dies of SIGSEGV. The kernel tears
 * the empty address space down as usual, and the parent goes on.
 */
#include <sys/syscall.h>
#include <test.h>

static void unmap_all(void *arg)
{
	(void)arg;
	/* Inline, so nothing after the call needs the stack or the libc. */
	__asm__ volatile("int $0x80\n\t"
			 "movl $1, %%ebx\n\t"
			 "movl $1, %%eax\n\t"
			 "int $0x80"
			 : : "a"(__NR_munmap), "b"(0x1000), "c"(0xc0000000 - 0x1000)
			 : "memory");
}

static void protect_all(void *arg)
{
	(void)arg;
	__asm__ volatile("int $0x80\n\t"
			 "movl $1, %%ebx\n\t"
			 "movl $1, %%eax\n\t"
			 "int $0x80"
			 : : "a"(__NR_mprotect), "b"((unsigned long)protect_all & ~0xfffUL), "c"(0x2000), "d"(0)
			 : "memory");
}

int main(void)
{
	int i;

	for (i = 0; i < 3; i++)
		EXPECT_SIGNALED(test_run_child(unmap_all, NULL), SIGSEGV, "after unmapping everything");
	EXPECT_SIGNALED(test_run_child(protect_all, NULL), SIGSEGV, "after PROT_NONE on the code");
	return test_done();
}
