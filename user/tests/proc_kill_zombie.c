/*
 * A zombie still exists until it is waited for: kill(pid, 0) and even
 * kill(pid, SIGKILL) on it succeed (and change nothing: the status stays
 * the exit status), and only after wait does kill fail with ESRCH.
 */
#include <test.h>

int main(void)
{
	int status, pid = fork();

	if (pid == 0)
		_exit(7);
	ASSERT_TRUE(pid > 0, "fork");
	usleep(300000);		/* let it exit */
	EXPECT_EQ(kill(pid, 0), 0, "kill(zombie, 0)");
	EXPECT_EQ(kill(pid, SIGKILL), 0, "kill(zombie, SIGKILL)");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "wait for it");
	EXPECT_EXITED(status, 7, "the exit status is unchanged");
	EXPECT_ERRNO(kill(pid, 0), ESRCH, "kill after wait");
	return test_done();
}
