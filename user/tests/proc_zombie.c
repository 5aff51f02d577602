/*
 * A child that has exited stays a zombie until its parent waits: its pid
 * still exists (kill(pid, 0) succeeds) and its status is kept however long
 * the parent takes. After the wait the pid is gone (ESRCH).
 */
#include <test.h>
#include <time.h>

int main(void)
{
	struct timespec ts = { 0, 200 * 1000 * 1000 };
	int status;
	pid_t pid = fork();

	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0)
		_exit(33);
	nanosleep(&ts, NULL);
	EXPECT_EQ(kill(pid, 0), 0, "a zombie's pid still exists");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid on the zombie");
	EXPECT_EXITED(status, 33, "status kept while a zombie");
	EXPECT_ERRNO(kill(pid, 0), ESRCH, "pid gone after the wait");
	return test_done();
}
