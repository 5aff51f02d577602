/*
 * SIGSTOP, SIGTSTP, SIGTTIN and SIGTTOU stop a process, and waitpid with
 * WUNTRACED reports that once, as status sig << 8 | 0x7f (WIFSTOPPED,
 * WSTOPSIG). A stopped process does not act on other signals until it is
 * continued, except SIGKILL, which ends it at once. SIGCONT continues
 * it, and waitpid with WCONTINUED reports that once, as 0xffff
 * (WIFCONTINUED). Without those flags waitpid reports neither.
 *
 * Each child runs in a process group of its own, as a shell's jobs do:
 * the terminal's stop signals (SIGTSTP, SIGTTIN, SIGTTOU) do nothing in
 * a group that is orphaned, and the test's own group may be one.
 */
#include "job_util.h"

static volatile int chld;
static int cont_pipe[2];

static void on_chld(int sig)
{
	chld++;
}

static void on_cont(int sig)
{
	write(cont_pipe[1], "c", 1);
}

/* Stops itself once it will tell of its continue (a byte on cont_pipe). */
static void cont_reporter(void)
{
	signal(SIGCONT, on_cont);
	raise(SIGSTOP);
	for (;;)
		pause();
}

static void sleeper(void)
{
	for (;;)
		pause();
}

/* Wait (at most ~5 s) for the next SIGCHLD, so the child's news is there. */
static void wait_sigchld(void)
{
	int i, seen = chld;

	for (i = 0; i < 500 && chld == seen; i++)
		job_sleep_ms(10);
	EXPECT_TRUE(chld != seen, "SIGCHLD came");
}

static void stop_with(int sig)
{
	pid_t pid = job_fork_group(-1, 0, sleeper);
	int status;

	EXPECT_EQ(kill(pid, sig), 0, "kill");
	EXPECT_EQ(job_wait(pid, &status, WUNTRACED), pid, "waitpid(WUNTRACED) sees the stop");
	EXPECT_EQ(status, sig << 8 | 0x7f, "stop status: sig << 8 | 0x7f");
	EXPECT_TRUE(WIFSTOPPED(status) && WSTOPSIG(status) == sig, "WIFSTOPPED, WSTOPSIG");
	EXPECT_EQ(waitpid(pid, &status, WUNTRACED | WNOHANG), 0, "a stop is reported once");
	EXPECT_EQ(kill(pid, SIGKILL), 0, "SIGKILL a stopped child");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid");
	EXPECT_SIGNALED(status, SIGKILL, "SIGKILL ends a stopped process");
}

int main(void)
{
	int status;
	pid_t pid;
	char c;

	stop_with(SIGSTOP);
	stop_with(SIGTSTP);
	stop_with(SIGTTIN);
	stop_with(SIGTTOU);

	signal(SIGCHLD, on_chld);
	pid = job_fork_group(-1, 0, sleeper);
	EXPECT_EQ(waitpid(pid, &status, WNOHANG | WUNTRACED | WCONTINUED), 0,
		  "nothing to report before a stop");
	kill(pid, SIGSTOP);
	wait_sigchld();
	EXPECT_EQ(waitpid(pid, &status, WNOHANG), 0, "waitpid without WUNTRACED: no stop");
	EXPECT_EQ(waitpid(pid, &status, WNOHANG | WCONTINUED), 0, "nor with WCONTINUED alone");
	EXPECT_EQ(waitpid(pid, &status, WNOHANG | WUNTRACED), pid, "WUNTRACED: the stop");
	EXPECT_TRUE(WIFSTOPPED(status) && WSTOPSIG(status) == SIGSTOP, "stopped by SIGSTOP");

	kill(pid, SIGTERM);
	job_sleep_ms(100);
	EXPECT_EQ(waitpid(pid, &status, WNOHANG), 0, "a stopped child does not die of SIGTERM");
	kill(pid, SIGCONT);
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid after SIGCONT");
	EXPECT_SIGNALED(status, SIGTERM, "continued, it acts on the pending SIGTERM");

	ASSERT_TRUE(pipe(cont_pipe) == 0, "pipe");
	pid = job_fork_group(-1, 0, cont_reporter);
	EXPECT_EQ(job_wait(pid, &status, WUNTRACED), pid, "stopped again");
	kill(pid, SIGCONT);
	alarm(5);
	EXPECT_EQ(read(cont_pipe[0], &c, 1), 1, "the child's SIGCONT handler ran");
	alarm(0);
	EXPECT_EQ(waitpid(pid, &status, WNOHANG | WUNTRACED), 0, "continued: no stop to report");
	EXPECT_EQ(waitpid(pid, &status, WNOHANG | WCONTINUED), pid, "WCONTINUED: the continue");
	EXPECT_EQ(status, 0xffff, "continue status 0xffff");
	EXPECT_TRUE(WIFCONTINUED(status) && !WIFSTOPPED(status), "WIFCONTINUED");
	EXPECT_EQ(waitpid(pid, &status, WNOHANG | WCONTINUED), 0, "a continue is reported once");
	kill(pid, SIGKILL);
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid");
	EXPECT_SIGNALED(status, SIGKILL, "SIGKILL");
	return test_done();
}
