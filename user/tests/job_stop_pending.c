/*
 * Stop and continue signals cancel each other when sent: sending SIGCONT
 * discards the pending SIGSTOP, SIGTSTP, SIGTTIN and SIGTTOU, and sending
 * any of those discards a pending SIGCONT, even while all are blocked.
 * SIGCONT continues a stopped process even when it blocks SIGCONT; the
 * signal then stays pending, and its handler runs once unblocked.
 */
#include "job_util.h"

static volatile int conts;
static int release[2];

static void on_cont(int sig)
{
	conts++;
}

static int is_pending(int sig)
{
	sigset_t set;

	sigpending(&set);
	return sigismember(&set, sig);
}

static void cancel_each_other(void)
{
	sigset_t block;

	sigemptyset(&block);
	sigaddset(&block, SIGCONT);
	sigaddset(&block, SIGTSTP);
	sigaddset(&block, SIGTTIN);
	sigaddset(&block, SIGTTOU);
	sigprocmask(SIG_BLOCK, &block, NULL);
	raise(SIGCONT);
	EXPECT_TRUE(is_pending(SIGCONT), "a blocked SIGCONT is pending");
	raise(SIGTSTP);
	EXPECT_TRUE(is_pending(SIGTSTP), "SIGTSTP pending");
	EXPECT_TRUE(!is_pending(SIGCONT), "sending SIGTSTP discarded SIGCONT");
	raise(SIGTTIN);
	raise(SIGTTOU);
	EXPECT_TRUE(is_pending(SIGTSTP) && is_pending(SIGTTIN) && is_pending(SIGTTOU),
		    "three stop signals pending");
	raise(SIGCONT);
	EXPECT_TRUE(is_pending(SIGCONT), "SIGCONT pending again");
	EXPECT_TRUE(!is_pending(SIGTSTP) && !is_pending(SIGTTIN) && !is_pending(SIGTTOU),
		    "sending SIGCONT discarded the stop signals");
}

static void stop_blocking_sigcont(void)
{
	sigset_t block;

	signal(SIGCONT, on_cont);
	sigemptyset(&block);
	sigaddset(&block, SIGCONT);
	sigprocmask(SIG_BLOCK, &block, NULL);
	raise(SIGSTOP);
	/* Continued, though SIGCONT is blocked. */
	EXPECT_TRUE(is_pending(SIGCONT), "SIGCONT stays pending");
	EXPECT_EQ(conts, 0, "no handler while blocked");
	sigprocmask(SIG_UNBLOCK, &block, NULL);
	EXPECT_EQ(conts, 1, "the handler runs once unblocked");
	read(release[0], &block, 1);	/* until the parent has seen the continue */
}

int main(void)
{
	int status;
	pid_t pid;

	EXPECT_EXITED(test_run_child((void (*)(void *))cancel_each_other, NULL), 0,
		      "stop and continue signals cancel each other");

	ASSERT_TRUE(pipe(release) == 0, "pipe");
	pid = job_fork_group(-1, 0, stop_blocking_sigcont);
	EXPECT_EQ(job_wait(pid, &status, WUNTRACED), pid, "the child stopped itself");
	EXPECT_TRUE(WIFSTOPPED(status) && WSTOPSIG(status) == SIGSTOP, "stopped by SIGSTOP");
	EXPECT_EQ(kill(pid, SIGCONT), 0, "SIGCONT");
	EXPECT_EQ(job_wait(pid, &status, WCONTINUED), pid, "continued");
	EXPECT_TRUE(WIFCONTINUED(status), "WIFCONTINUED");
	write(release[1], "x", 1);
	EXPECT_EQ(job_wait(pid, &status, 0), pid, "the child ends");
	EXPECT_EXITED(status, 0, "the child's checks");
	return test_done();
}
