/*
 * A parent that sets SIGCHLD to SIG_IGN leaves no zombies: its children are
 * reaped as they exit, and wait, having none to report, fails with ECHILD
 * once they are all gone (POSIX.1-2001, as Linux does).
 */
#include <signal.h>
#include <test.h>

int main(void)
{
	int status, i;
	pid_t pids[5];

	signal(SIGCHLD, SIG_IGN);
	for (i = 0; i < 5; i++) {
		pids[i] = fork();
		if (pids[i] == 0)
			_exit(i);
		ASSERT_TRUE(pids[i] > 0, "fork");
	}
	EXPECT_ERRNO(waitpid(-1, &status, 0), ECHILD, "wait after the children exit");
	for (i = 0; i < 5; i++)
		EXPECT_ERRNO(kill(pids[i], 0), ESRCH, "no zombie left behind");
	return test_done();
}
