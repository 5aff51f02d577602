/*
 * The controlling terminal belongs to a session: every process in it has
 * the terminal (TIOCGSID names the session) and may ask for its
 * foreground group. TIOCNOTTY gives it up for a caller that does not
 * lead the session, and for that caller alone; ENOTTY on a terminal that
 * is not the caller's. TIOCSCTTY fails with EPERM for a process that does
 * not lead a session, and for a terminal that already is another
 * session's (root could take it with argument 1; not tried here).
 */
#include "job_util.h"

static int tty;
static pid_t sid, pgrp;

static void give_up(void)
{
	EXPECT_EQ(tcgetsid(tty), sid, "a child has the session's terminal");
	EXPECT_EQ(tcgetpgrp(tty), pgrp, "and may ask for its foreground group");
	EXPECT_ERRNO(ioctl(tty, TIOCSCTTY, 0), EPERM, "TIOCSCTTY: not a session leader");
	EXPECT_EQ(ioctl(tty, TIOCNOTTY), 0, "TIOCNOTTY");
	EXPECT_ERRNO(tcgetpgrp(tty), ENOTTY, "no controlling terminal any more");
	EXPECT_ERRNO(ioctl(tty, TIOCNOTTY), ENOTTY, "TIOCNOTTY again");
	EXPECT_EQ(getsid(0), sid, "still in the session");
}

static void other_session(void)
{
	ASSERT_TRUE(setsid() == getpid(), "setsid");
	EXPECT_ERRNO(ioctl(tty, TIOCSCTTY, 0), EPERM, "TIOCSCTTY: another session's terminal");
	EXPECT_ERRNO(ioctl(tty, TIOCNOTTY), ENOTTY, "TIOCNOTTY: not our terminal");
	EXPECT_ERRNO(tcgetsid(tty), ENOTTY, "TIOCGSID: not our terminal");
}

int main(void)
{
	struct job_kid kid;

	tty = job_tty_open();
	sid = getsid(0);
	pgrp = getpgrp();
	EXPECT_EQ(tcgetsid(tty), sid, "TIOCGSID: our session");
	kid = job_spawn(give_up);
	EXPECT_EXITED(job_release(&kid), 0, "the child that gives it up");
	EXPECT_EQ(tcgetsid(tty), sid, "we keep it");
	EXPECT_EQ(tcgetpgrp(tty), pgrp, "and its foreground group");
	kid = job_spawn(other_session);
	EXPECT_EXITED(job_release(&kid), 0, "the other session's checks");
	EXPECT_EQ(tcgetsid(tty), sid, "still ours");
	return test_done();
}
