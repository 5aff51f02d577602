/*
 * kill's errors: a pid that does not exist is ESRCH, a signal number out of
 * range is EINVAL; signal 0 only checks that the process exists.
 */
#include <test.h>

int main(void)
{
	int status;
	pid_t pid = fork();

	if (pid == 0)
		_exit(0);
	ASSERT_TRUE(pid > 0, "fork");
	waitpid(pid, &status, 0);

	EXPECT_EQ(kill(getpid(), 0), 0, "signal 0 to self");
	EXPECT_ERRNO(kill(pid, 0), ESRCH, "signal 0 to a reaped child");
	EXPECT_ERRNO(kill(pid, SIGKILL), ESRCH, "SIGKILL to a reaped child");
	EXPECT_ERRNO(kill(getpid(), 65), EINVAL, "signal 65");
	EXPECT_ERRNO(kill(getpid(), -1), EINVAL, "signal -1");
	EXPECT_ERRNO(sigaction(0, NULL, NULL), EINVAL, "sigaction(0)");
	EXPECT_ERRNO(sigaction(65, NULL, NULL), EINVAL, "sigaction(65)");
	return test_done();
}
