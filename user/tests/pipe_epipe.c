/*
 * Writing to a pipe whose read end is closed everywhere raises SIGPIPE,
 * which by default kills the writer; with SIGPIPE ignored the write fails
 * with EPIPE instead.
 */
#include <signal.h>
#include <sys/wait.h>
#include <test.h>

int main(void)
{
	int fds[2], status;
	pid_t child;

	ASSERT_TRUE(pipe(fds) == 0, "pipe");
	close(fds[0]);
	child = fork();
	ASSERT_TRUE(child >= 0, "fork");
	if (child == 0) {
		write(fds[1], "x", 1);
		_exit(0);
	}
	EXPECT_EQ(waitpid(child, &status, 0), child, "reap the writer");
	EXPECT_SIGNALED(status, SIGPIPE, "the default action of SIGPIPE kills");

	ASSERT_TRUE(signal(SIGPIPE, SIG_IGN) != SIG_ERR, "ignore SIGPIPE");
	EXPECT_ERRNO(write(fds[1], "x", 1), EPIPE, "write with no reader");
	EXPECT_EQ(write(fds[1], "", 0), 0, "a write of nothing succeeds even so");
	close(fds[1]);
	return test_done();
}
