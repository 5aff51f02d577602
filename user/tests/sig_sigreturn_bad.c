/*
 * rt_sigreturn trusts nothing in the frame it restores from:
 *  - a frame at an unmapped address kills the process with SIGSEGV;
 *  - a frame of zeros (eip 0, null segments) kills it with SIGSEGV;
 *  - a handler that sets IOPL 3 in the saved eflags does not get it: the
 *    flags come back with IOPL 0, and cli still faults (SIGSEGV).
 * In every case the kernel goes on; only the process dies.
 */
#include <signal.h>
#include <sys/syscall.h>
#include <test.h>

#define EFLAGS_IOPL	0x3000

static unsigned long zero_frame[1024];

static void sigreturn_with_esp(void *esp)
{
	asm volatile("movl %0, %%esp\n"
		     "movl %1, %%eax\n"
		     "int $0x80\n"
		     "hlt"
		     : : "r"(esp), "i"(__NR_rt_sigreturn) : "memory");
}

static void unmapped_frame(void *arg)
{
	sigreturn_with_esp((char *)test_unmapped_page() + 2048);
}

static void zeroed_frame(void *arg)
{
	sigreturn_with_esp(&zero_frame[512]);
}

static void raise_iopl(int sig, siginfo_t *si, void *ctx)
{
	((ucontext_t *)ctx)->uc_mcontext.gregs[REG_EFL] |= EFLAGS_IOPL;
}

static unsigned long read_eflags(void)
{
	unsigned long f;

	asm volatile("pushfl; popl %0" : "=r"(f));
	return f;
}

static void cli_after_iopl(void *arg)
{
	raise(SIGUSR1);
	asm volatile("cli");
}

int main(void)
{
	struct sigaction sa;

	EXPECT_SIGNALED(test_run_child(unmapped_frame, NULL), SIGSEGV,
			"rt_sigreturn with the frame unmapped");
	EXPECT_SIGNALED(test_run_child(zeroed_frame, NULL), SIGSEGV,
			"rt_sigreturn from a frame of zeros");

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = raise_iopl;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
	EXPECT_EQ(read_eflags() & EFLAGS_IOPL, 0, "IOPL after a handler asked for 3");
	EXPECT_SIGNALED(test_run_child(cli_after_iopl, NULL), SIGSEGV,
			"cli after a handler asked for IOPL 3");
	return test_done();
}
