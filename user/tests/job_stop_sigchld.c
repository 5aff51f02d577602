/*
 * A child's stop and continue send its parent SIGCHLD: si_code CLD_STOPPED
 * with the stop signal in si_status, then CLD_CONTINUED with SIGCONT,
 * si_pid the child. A parent whose SIGCHLD action has SA_NOCLDSTOP gets
 * neither, but still the SIGCHLD of the child's end, and waitpid still
 * reports the stop. (The child has a process group of its own: SIGTSTP
 * does nothing in an orphaned group.)
 */
#include "job_util.h"

static volatile int hits, seen_code, seen_status, seen_pid;

static void on_chld(int sig, siginfo_t *si, void *ctx)
{
	hits++;
	seen_code = si->si_code;
	seen_status = si->si_status;
	seen_pid = si->si_pid;
}

static void catch_sigchld(int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_chld;
	sa.sa_flags = SA_SIGINFO | SA_RESTART | flags;
	ASSERT_TRUE(sigaction(SIGCHLD, &sa, NULL) == 0, "sigaction");
}

static void sleeper(void)
{
	for (;;)
		pause();
}

/* Wait up to ~5 s for the handler's count to reach n. */
static void wait_hits(int n)
{
	int i;

	for (i = 0; i < 500 && hits < n; i++)
		job_sleep_ms(10);
}

int main(void)
{
	int status;
	pid_t pid;

	catch_sigchld(0);
	pid = job_fork_group(-1, 0, sleeper);
	kill(pid, SIGTSTP);
	wait_hits(1);
	EXPECT_EQ(hits, 1, "SIGCHLD for the stop");
	EXPECT_EQ(seen_code, CLD_STOPPED, "si_code CLD_STOPPED");
	EXPECT_EQ(seen_status, SIGTSTP, "si_status: the stop signal");
	EXPECT_EQ(seen_pid, pid, "si_pid: the child");
	kill(pid, SIGCONT);
	wait_hits(2);
	EXPECT_EQ(hits, 2, "SIGCHLD for the continue");
	EXPECT_EQ(seen_code, CLD_CONTINUED, "si_code CLD_CONTINUED");
	EXPECT_EQ(seen_status, SIGCONT, "si_status SIGCONT");
	EXPECT_EQ(seen_pid, pid, "si_pid: the child");
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	wait_hits(3);
	EXPECT_EQ(seen_code, CLD_KILLED, "and CLD_KILLED at its end");

	hits = 0;
	catch_sigchld(SA_NOCLDSTOP);
	pid = job_fork_group(-1, 0, sleeper);
	kill(pid, SIGSTOP);
	EXPECT_EQ(job_wait(pid, &status, WUNTRACED), pid, "waitpid still sees the stop");
	kill(pid, SIGCONT);
	EXPECT_EQ(job_wait(pid, &status, WCONTINUED), pid, "and the continue");
	EXPECT_EQ(hits, 0, "SA_NOCLDSTOP: no SIGCHLD for either");
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	wait_hits(1);
	EXPECT_EQ(hits, 1, "SA_NOCLDSTOP: SIGCHLD for the end");
	EXPECT_EQ(seen_code, CLD_KILLED, "si_code CLD_KILLED");
	return test_done();
}
