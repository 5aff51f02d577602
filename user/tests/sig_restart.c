/*
 * SA_RESTART: a waitpid that sleeps when a handled signal arrives is
 * restarted after the handler returns (it does not fail with EINTR) and
 * still reports the child. The signal comes from the child itself, before
 * it exits, so the test does not depend on timing.
 */
#include <signal.h>
#include <test.h>
#include <time.h>

static volatile int got;

static void on_usr1(int sig)
{
	got++;
}

int main(void)
{
	struct sigaction sa;
	pid_t parent = getpid(), pid;
	int status;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;
	sa.sa_flags = SA_RESTART;
	ASSERT_TRUE(sigaction(SIGUSR1, &sa, NULL) == 0, "sigaction");

	pid = fork();
	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0) {
		struct timespec ts = { 0, 200 * 1000 * 1000 };

		nanosleep(&ts, NULL);	/* let the parent block in waitpid */
		kill(parent, SIGUSR1);
		nanosleep(&ts, NULL);
		_exit(4);
	}
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid restarted, returns the child");
	EXPECT_EQ(got, 1, "the handler ran once");
	EXPECT_EXITED(status, 4, "the child's status");
	return test_done();
}
