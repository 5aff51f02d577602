/*
 * The terminal's foreground process group, as Linux has it: tcgetpgrp
 * (TIOCGPGRP) names it and tcsetpgrp (TIOCSPGRP) sets it, on the
 * caller's controlling terminal only - ENOTTY on a pipe, and on a
 * terminal that is not the caller's (after setsid). tcsetpgrp takes a
 * group of the caller's session: EINVAL for a negative number, ESRCH for
 * no such group, EPERM for a group of another session. From a background
 * group it sends SIGTTOU to the caller's group first, which stops it,
 * unless the caller ignores or blocks SIGTTOU: then the change is made.
 * TIOCGSID names the terminal's session.
 */
#include "job_util.h"

static int tty;

static void sleeper(void)
{
	for (;;)
		pause();
}

static void other_session(void)
{
	ASSERT_TRUE(setsid() == getpid(), "setsid");
	EXPECT_ERRNO(tcgetpgrp(tty), ENOTTY, "tcgetpgrp: not our terminal after setsid");
	EXPECT_ERRNO(tcsetpgrp(tty, getpid()), ENOTTY, "tcsetpgrp: not our terminal");
	EXPECT_ERRNO(tcgetsid(tty), ENOTTY, "TIOCGSID: not our terminal");
}

/* From the background, with SIGTTOU's default action. */
static void set_from_background(void)
{
	tcsetpgrp(tty, getpgrp());
	_exit(5);	/* not reached: SIGTTOU stops us first */
}

/* From the background, blocking SIGTTOU. */
static void set_blocking_sigttou(void)
{
	sigset_t ttou;

	sigemptyset(&ttou);
	sigaddset(&ttou, SIGTTOU);
	sigprocmask(SIG_BLOCK, &ttou, NULL);
	EXPECT_EQ(tcsetpgrp(tty, getpgrp()), 0, "blocking SIGTTOU, a background tcsetpgrp works");
	EXPECT_EQ(tcgetpgrp(tty), getpgrp(), "our group is in the foreground");
}

int main(void)
{
	struct job_kid kid;
	int fds[2], status;
	pid_t child, dead;

	tty = job_tty_open();
	EXPECT_EQ(tcgetpgrp(tty), getpgrp(), "our group is in the foreground");
	EXPECT_EQ(tcgetsid(tty), getsid(0), "TIOCGSID: our session");
	ASSERT_TRUE(pipe(fds) == 0, "pipe");
	EXPECT_ERRNO(tcgetpgrp(fds[0]), ENOTTY, "tcgetpgrp of a pipe");
	EXPECT_ERRNO(tcsetpgrp(fds[1], getpgrp()), ENOTTY, "tcsetpgrp of a pipe");

	child = job_fork_group(tty, 0, sleeper);
	EXPECT_EQ(tcsetpgrp(tty, child), 0, "tcsetpgrp: a child's group");
	EXPECT_EQ(tcgetpgrp(tty), child, "tcgetpgrp names it");
	EXPECT_EQ(tcsetpgrp(tty, getpgrp()), 0, "back from the background, ignoring SIGTTOU");
	EXPECT_EQ(tcgetpgrp(tty), getpgrp(), "our group again");
	EXPECT_ERRNO(tcsetpgrp(tty, -1), EINVAL, "a negative group");
	dead = job_dead_pid();
	EXPECT_ERRNO(tcsetpgrp(tty, dead), ESRCH, "no such group");
	kid = job_spawn(other_session);
	EXPECT_ERRNO(tcsetpgrp(tty, kid.pid), EPERM, "a group of another session");
	EXPECT_EXITED(job_release(&kid), 0, "the other session's checks");
	kill(child, SIGKILL);
	waitpid(child, NULL, 0);

	child = job_fork_group(tty, 0, set_from_background);
	EXPECT_EQ(job_wait(child, &status, WUNTRACED), child, "waitpid(WUNTRACED)");
	EXPECT_TRUE(WIFSTOPPED(status) && WSTOPSIG(status) == SIGTTOU,
		    "a background tcsetpgrp stops the caller with SIGTTOU");
	EXPECT_EQ(tcgetpgrp(tty), getpgrp(), "and changes nothing");
	kill(child, SIGKILL);
	waitpid(child, NULL, 0);

	child = job_fork_group(tty, 0, set_blocking_sigttou);
	EXPECT_EQ(job_wait(child, &status, 0), child, "waitpid");
	EXPECT_EXITED(status, 0, "the blocking child's checks");
	EXPECT_EQ(tcsetpgrp(tty, getpgrp()), 0, "our group back in the foreground");
	return test_done();
}
