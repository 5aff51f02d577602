/*
 * setpgid(pid, pgid) and getpgid as Linux has them. pid 0 is the caller,
 * pgid 0 is pid itself. A process may move itself or a child of its own,
 * into a new group numbered by the mover's pid or into a group that
 * exists in the caller's session. EINVAL for a negative pgid; ESRCH when
 * pid is neither the caller nor its child; EPERM for a child in another
 * session, for a session leader, and for a pgid that is no group of the
 * session. getpgid(pid) is the group of pid (0: the caller), ESRCH for no
 * process; getpgrp() is getpgid(0); a child starts in its parent's group.
 */
#include "job_util.h"

static pid_t parent_pgrp;

static void check_inherited(void)
{
	EXPECT_EQ(getpgrp(), parent_pgrp, "a child starts in its parent's group");
}

static void new_session(void)
{
	pid_t me = getpid();

	ASSERT_TRUE(setsid() == me, "setsid");
	EXPECT_ERRNO(setpgid(0, 0), EPERM, "a session leader cannot setpgid(0, 0)");
	EXPECT_ERRNO(setpgid(me, parent_pgrp), EPERM, "nor join a group");
	EXPECT_EQ(getpgrp(), me, "and keeps its group");
}

int main(void)
{
	struct job_kid a, b, c;
	pid_t dead;

	parent_pgrp = getpgrp();
	EXPECT_EQ(getpgid(0), parent_pgrp, "getpgid(0) is getpgrp()");
	EXPECT_EQ(getpgid(getpid()), parent_pgrp, "getpgid(getpid())");

	a = job_spawn(check_inherited);
	b = job_spawn(NULL);
	EXPECT_EQ(getpgid(a.pid), parent_pgrp, "getpgid of a child");
	EXPECT_EQ(setpgid(a.pid, 0), 0, "setpgid(child, 0): a new group");
	EXPECT_EQ(getpgid(a.pid), a.pid, "numbered by the child's pid");
	EXPECT_EQ(setpgid(b.pid, a.pid), 0, "another child joins that group");
	EXPECT_EQ(getpgid(b.pid), a.pid, "getpgid of the second child");
	EXPECT_EQ(setpgid(b.pid, b.pid), 0, "setpgid(child, child)");
	EXPECT_EQ(getpgid(b.pid), b.pid, "its own group now");

	EXPECT_ERRNO(setpgid(0, -1), EINVAL, "a negative pgid");
	EXPECT_ERRNO(setpgid(getppid(), 0), ESRCH, "our parent is not ours to move");
	dead = job_dead_pid();
	EXPECT_ERRNO(setpgid(dead, 0), ESRCH, "no such process");
	EXPECT_ERRNO(getpgid(dead), ESRCH, "getpgid of no process");
	EXPECT_ERRNO(setpgid(b.pid, dead), EPERM, "no group with that number");
	EXPECT_ERRNO(setpgid(0, dead), EPERM, "not for the caller either");

	c = job_spawn(new_session);
	EXPECT_ERRNO(setpgid(c.pid, c.pid), EPERM, "a child in another session");
	EXPECT_ERRNO(setpgid(a.pid, c.pid), EPERM, "a group of another session");
	EXPECT_EQ(setpgid(0, a.pid), 0, "the caller joins a child's group");
	EXPECT_EQ(getpgrp(), a.pid, "getpgrp after joining");
	EXPECT_EQ(setpgid(0, parent_pgrp), 0, "and goes back");
	EXPECT_EQ(getpgrp(), parent_pgrp, "getpgrp after going back");

	EXPECT_EXITED(job_release(&a), 0, "the first child's checks");
	EXPECT_EXITED(job_release(&b), 0, "the second child");
	EXPECT_EXITED(job_release(&c), 0, "the session leader's checks");
	return test_done();
}
