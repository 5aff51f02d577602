/*
 * A child's end sends SIGCHLD to its parent with siginfo: si_code
 * CLD_EXITED and si_status the exit code for a normal exit, CLD_KILLED and
 * the signal for a killed child, si_pid the child. The handler has run by
 * the time waitpid returns that child.
 */
#include <signal.h>
#include <test.h>

static volatile int hits, seen_code, seen_status, seen_pid;

static void on_chld(int sig, siginfo_t *si, void *ctx)
{
	hits++;
	seen_code = si->si_code;
	seen_status = si->si_status;
	seen_pid = si->si_pid;
}

static void spin(void)
{
	for (;;)
		asm volatile("" ::: "memory");
}

int main(void)
{
	struct sigaction sa;
	int status;
	pid_t pid;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_chld;
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	ASSERT_TRUE(sigaction(SIGCHLD, &sa, NULL) == 0, "sigaction");

	pid = fork();
	if (pid == 0)
		_exit(5);
	ASSERT_TRUE(pid > 0, "fork");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid");
	EXPECT_EQ(hits, 1, "SIGCHLD handled once");
	EXPECT_EQ(seen_code, CLD_EXITED, "si_code of an exit");
	EXPECT_EQ(seen_status, 5, "si_status is the exit code");
	EXPECT_EQ(seen_pid, pid, "si_pid is the child");

	pid = fork();
	if (pid == 0)
		spin();
	ASSERT_TRUE(pid > 0, "fork");
	kill(pid, SIGKILL);
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid");
	EXPECT_EQ(hits, 2, "SIGCHLD handled again");
	EXPECT_EQ(seen_code, CLD_KILLED, "si_code of a killed child");
	EXPECT_EQ(seen_status, SIGKILL, "si_status is the signal");
	EXPECT_EQ(seen_pid, pid, "si_pid");
	return test_done();
}
