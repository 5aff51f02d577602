/*
 * The breakpoint instruction int3 in user mode raises SIGTRAP: by default
 * it kills the process, and a handler sees si_code SI_KERNEL (0x80) and
 * returns to the instruction after it.
 */
#include <signal.h>
#include <test.h>

static volatile int got, code;

static void handler(int sig, siginfo_t *si, void *ctx)
{
	got = sig;
	code = si->si_code;
}

static void breakpoint(void *arg)
{
	asm volatile("int3");
}

int main(void)
{
	struct sigaction sa;

	EXPECT_SIGNALED(test_run_child(breakpoint, NULL), SIGTRAP, "int3 kills with SIGTRAP");

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	ASSERT_TRUE(sigaction(SIGTRAP, &sa, NULL) == 0, "sigaction");
	asm volatile("int3");
	EXPECT_EQ(got, SIGTRAP, "the handler ran and execution went on");
	EXPECT_EQ(code, 0x80, "si_code SI_KERNEL");
	return test_done();
}
