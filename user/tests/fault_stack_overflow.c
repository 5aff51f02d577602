/*
 * The stack does not grow forever. Linux stops growing a stack at
 * RLIMIT_STACK (8 MiB by default): a runaway recursion then faults on an
 * address it may not have and dies of SIGSEGV, as an ordinary process
 * death, without harming anyone else.
 */
#include "fault_util.h"

/* Far more frames than any stack limit allows (volatile: the compiler may not know). */
static volatile int max_depth = 1 << 30;

static __attribute__((noinline)) int runaway(int depth)
{
	volatile char frame[4000];

	if (depth > max_depth)
		return 0;
	frame[0] = (char)depth;
	frame[3999] = (char)depth;
	return runaway(depth + 1) + frame[0] + frame[3999];
}

static void recurse_forever(void *arg)
{
	(void)arg;
	runaway(0);
}

int main(void)
{
	int status = test_run_child(recurse_forever, NULL);

	EXPECT_SIGNALED(status, SIGSEGV, "child recursing without end");
	/* The parent's own stack still grows normally afterwards. */
	status = test_run_child(recurse_forever, NULL);
	EXPECT_SIGNALED(status, SIGSEGV, "a second runaway child");
	return test_done();
}
