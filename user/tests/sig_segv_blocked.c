/*
 * A fault the process cannot take in its handler kills it: Linux forces
 * SIGSEGV, and when SIGSEGV is blocked or ignored it resets the action to
 * the default and unblocks it first. So a SIGSEGV with the signal blocked
 * by sigprocmask, with SIG_IGN, or raised again inside the SIGSEGV handler
 * (which blocks SIGSEGV while it runs) ends the process with SIGSEGV.
 */
#include <test.h>

static volatile int handled;

static void on_segv(int sig)
{
	(void)sig;
	handled++;
	*(volatile int *)0 = 1;	/* fault again, SIGSEGV is blocked here */
	_exit(3);
}

static void on_segv_quiet(int sig)
{
	(void)sig;
	_exit(4);
}

static void fault_blocked(void *arg)
{
	sigset_t set;

	(void)arg;
	signal(SIGSEGV, on_segv_quiet);
	sigemptyset(&set);
	sigaddset(&set, SIGSEGV);
	sigprocmask(SIG_BLOCK, &set, NULL);
	*(volatile int *)0 = 1;
	_exit(5);
}

static void fault_ignored(void *arg)
{
	(void)arg;
	signal(SIGSEGV, SIG_IGN);
	*(volatile int *)0 = 1;
	_exit(5);
}

static void fault_in_handler(void *arg)
{
	(void)arg;
	signal(SIGSEGV, on_segv);
	*(volatile int *)0 = 1;
	_exit(5);
}

int main(void)
{
	EXPECT_SIGNALED(test_run_child(fault_blocked, NULL), SIGSEGV, "fault with SIGSEGV blocked");
	EXPECT_SIGNALED(test_run_child(fault_ignored, NULL), SIGSEGV, "fault with SIGSEGV ignored");
	EXPECT_SIGNALED(test_run_child(fault_in_handler, NULL), SIGSEGV, "fault inside the handler");
	return test_done();
}
