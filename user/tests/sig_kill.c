/*
 * kill(pid, SIGKILL) ends the target, which cannot catch, block or ignore
 * it, and wait reports SIGKILL; a process may also SIGKILL itself.
 */
#include <test.h>
#include <time.h>

static void spin(void *arg)
{
	struct sigaction sa;
	sigset_t all;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_IGN;
	sigaction(SIGKILL, &sa, NULL);	/* refused: EINVAL */
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, NULL);	/* SIGKILL stays unblocked */
	for (;;)
		;
}

static void suicide(void *arg)
{
	kill(getpid(), SIGKILL);
	_exit(3);
}

int main(void)
{
	struct sigaction sa;
	struct timespec ts = { 0, 50 * 1000 * 1000 };
	int status;
	pid_t pid;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_IGN;
	EXPECT_ERRNO(sigaction(SIGKILL, &sa, NULL), EINVAL, "ignoring SIGKILL");

	pid = fork();
	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0)
		spin(NULL);
	nanosleep(&ts, NULL);
	EXPECT_EQ(kill(pid, SIGKILL), 0, "kill(child, SIGKILL)");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid");
	EXPECT_SIGNALED(status, SIGKILL, "a spinning child with all signals blocked");

	EXPECT_SIGNALED(test_run_child(suicide, NULL), SIGKILL, "kill(getpid(), SIGKILL)");
	return test_done();
}
