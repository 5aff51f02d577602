/*
 * A signal pending in the parent is not pending in a child it forks: the
 * child starts with an empty pending set (but the same mask). The parent
 * still receives its signal when it unblocks it.
 */
#include <signal.h>
#include <test.h>

static volatile int got;

static void on_usr1(int sig)
{
	got++;
}

int main(void)
{
	sigset_t set;
	int status;
	pid_t pid;

	signal(SIGUSR1, on_usr1);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, NULL);
	raise(SIGUSR1);
	EXPECT_EQ(got, 0, "blocked, so pending");

	pid = fork();
	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0) {
		sigprocmask(SIG_UNBLOCK, &set, NULL);
		_exit(got == 0 ? 0 : 1);
	}
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid");
	EXPECT_EXITED(status, 0, "the child got no signal on unblocking");

	sigprocmask(SIG_UNBLOCK, &set, NULL);
	EXPECT_EQ(got, 1, "the parent gets its pending signal");
	return test_done();
}
