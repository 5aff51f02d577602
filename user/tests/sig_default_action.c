/*
 * Default actions: SIGUSR1 and SIGTERM terminate, SIGCHLD and SIGURG are
 * ignored; SIG_IGN discards a signal; a handler reset to SIG_DFL with
 * SA_RESETHAND runs once and then the default action applies.
 */
#include <signal.h>
#include <test.h>

static volatile int ran;

static void count(int sig)
{
	ran++;
}

static void raise_it(void *arg)
{
	raise(*(int *)arg);
}

static void ignored_then_raise(void *arg)
{
	signal(SIGTERM, SIG_IGN);
	raise(SIGTERM);
	_exit(5);
}

static void resethand(void *arg)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = count;
	sa.sa_flags = SA_RESETHAND;
	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
	if (ran != 1)
		_exit(1);
	raise(SIGUSR1);
	_exit(2);
}

int main(void)
{
	int usr1 = SIGUSR1, term = SIGTERM, chld = SIGCHLD, urg = SIGURG;

	EXPECT_SIGNALED(test_run_child(raise_it, &usr1), SIGUSR1, "default SIGUSR1");
	EXPECT_SIGNALED(test_run_child(raise_it, &term), SIGTERM, "default SIGTERM");
	EXPECT_EXITED(test_run_child(raise_it, &chld), 0, "default SIGCHLD is ignored");
	EXPECT_EXITED(test_run_child(raise_it, &urg), 0, "default SIGURG is ignored");
	EXPECT_EXITED(test_run_child(ignored_then_raise, NULL), 5, "SIG_IGN SIGTERM");
	EXPECT_SIGNALED(test_run_child(resethand, NULL), SIGUSR1,
			"SA_RESETHAND: second SIGUSR1 is fatal");
	return test_done();
}
