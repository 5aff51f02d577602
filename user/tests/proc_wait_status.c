/*
 * wait4/waitpid report a child's end in Linux's encoding: a normal exit is
 * (code & 0xff) << 8, so exit(256) reads as 0; WNOHANG returns 0 while the
 * child runs; a reaped child is gone (ECHILD). waitpid(pid) waits for that
 * child only.
 */
#include <stdlib.h>
#include <sys/wait.h>
#include <test.h>
#include <time.h>

static void exit_7(int sig)
{
	_exit(7);
}

static void pause_a_bit(void)
{
	struct timespec ts = { 0, 10 * 1000 * 1000 };

	nanosleep(&ts, NULL);
}

static pid_t spawn_exit(int code)
{
	pid_t pid = fork();

	if (pid == 0)
		_exit(code);
	return pid;
}

int main(void)
{
	static const int codes[] = { 0, 1, 42, 127, 255, 256, 257, -1 };
	int status, i;
	pid_t pid;

	for (i = 0; i < (int)(sizeof(codes) / sizeof(codes[0])); i++) {
		pid = spawn_exit(codes[i]);
		ASSERT_TRUE(pid > 0, "fork");
		status = -12345;
		EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid returns the child's pid");
		EXPECT_EQ(status, (codes[i] & 0xff) << 8, "raw status of exit(code)");
		EXPECT_TRUE(WIFEXITED(status), "WIFEXITED");
		EXPECT_EQ(WEXITSTATUS(status), codes[i] & 0xff, "WEXITSTATUS");
		EXPECT_TRUE(!WIFSIGNALED(status), "not WIFSIGNALED");
	}

	/* A child waiting for SIGUSR1: WNOHANG sees nothing until it exits. */
	signal(SIGUSR1, exit_7);	/* inherited, so no race with the kill */
	pid = fork();
	if (pid == 0)
		for (;;)
			pause_a_bit();
	EXPECT_EQ(waitpid(pid, &status, WNOHANG), 0, "WNOHANG on a running child");
	EXPECT_EQ(kill(pid, SIGUSR1), 0, "tell it to exit");
	EXPECT_EQ(wait4(pid, &status, 0, NULL), pid, "wait4 for the child");
	EXPECT_EXITED(status, 7, "its exit code");

	/* Two children: waitpid(second) must not return the first. */
	pid_t first = fork();
	if (first == 0) {
		struct timespec ts = { 0, 100 * 1000 * 1000 };

		nanosleep(&ts, NULL);
		_exit(1);
	}
	pid_t second = spawn_exit(2);
	EXPECT_EQ(waitpid(second, &status, 0), second, "waitpid(second)");
	EXPECT_EQ(WEXITSTATUS(status), 2, "second's code");
	EXPECT_EQ(waitpid(-1, &status, 0), first, "waitpid(-1) gets the first");
	EXPECT_EQ(WEXITSTATUS(status), 1, "first's code");

	EXPECT_ERRNO(waitpid(-1, &status, 0), ECHILD, "no children left");
	EXPECT_ERRNO(waitpid(first, &status, WNOHANG), ECHILD, "a reaped child is gone");
	return test_done();
}
