/*
 * SA_RESETHAND: the handler runs once and the action is reset to the
 * default on delivery, so a second SIGUSR1 kills the process.
 * SA_NODEFER: the signal is not blocked while its handler runs, so the
 * handler can be re-entered by the same signal.
 */
#include <test.h>

static volatile int depth, max_depth, calls;

static void once(int sig)
{
	(void)sig;
	calls++;
}

static void reenter(int sig)
{
	calls++;
	depth++;
	if (depth > max_depth)
		max_depth = depth;
	if (calls < 3)
		raise(sig);
	depth--;
}

static void resethand(void *arg)
{
	struct sigaction sa;

	(void)arg;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = once;
	sa.sa_flags = SA_RESETHAND;
	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
	if (calls != 1)
		_exit(3);
	sigaction(SIGUSR1, NULL, &sa);
	if (sa.sa_handler != SIG_DFL)
		_exit(4);
	raise(SIGUSR1);
	_exit(5);
}

int main(void)
{
	struct sigaction sa;

	EXPECT_SIGNALED(test_run_child(resethand, NULL), SIGUSR1, "second SIGUSR1 after SA_RESETHAND");
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = reenter;
	sa.sa_flags = SA_NODEFER;
	sigaction(SIGUSR2, &sa, NULL);
	calls = 0;
	raise(SIGUSR2);
	EXPECT_EQ(max_depth, 3, "SA_NODEFER handler nested 3 deep");
	sa.sa_flags = 0;
	sigaction(SIGUSR2, &sa, NULL);
	max_depth = 0;
	calls = 0;
	raise(SIGUSR2);
	EXPECT_EQ(calls, 3, "the handler still ran 3 times, one after another");
	EXPECT_EQ(max_depth, 1, "without SA_NODEFER the handler does not nest");
	return test_done();
}
