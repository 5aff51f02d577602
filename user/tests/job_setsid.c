/*
 * setsid() makes the caller the leader of a new session and of a new
 * process group in it, both numbered by its pid, and leaves it without a
 * controlling terminal. It fails with EPERM for a process group leader -
 * so a session leader cannot do it twice - and for a process whose pid
 * still numbers a group, even one it has left. getsid(pid) names the
 * session of any process (0: the caller), ESRCH for no process; a child
 * starts in its parent's session. /dev/tty, the controlling terminal,
 * cannot be opened (ENXIO) by a process without one.
 */
#include "job_util.h"

static pid_t parent_sid, parent_pgrp;

static void become_leader(void)
{
	pid_t me = getpid();

	EXPECT_EQ(getsid(0), parent_sid, "a child starts in its parent's session");
	EXPECT_EQ(setsid(), me, "setsid returns the new session, numbered by the caller's pid");
	EXPECT_EQ(getsid(0), me, "getsid(0) after setsid");
	EXPECT_EQ(getpgrp(), me, "the caller leads a new process group too");
	EXPECT_ERRNO(setsid(), EPERM, "a session leader cannot setsid again");
	EXPECT_ERRNO(open("/dev/tty", O_RDWR), ENXIO, "no controlling terminal after setsid");
}

static void lead_group(void)
{
	EXPECT_EQ(setpgid(0, 0), 0, "setpgid(0, 0)");
	EXPECT_ERRNO(setsid(), EPERM, "a process group leader cannot setsid");
}

/* Leave our own group while a child of ours keeps it alive. */
static void leave_own_group(void)
{
	int release[2];
	pid_t child;
	char c;

	EXPECT_EQ(setpgid(0, 0), 0, "setpgid(0, 0)");
	ASSERT_TRUE(pipe(release) == 0, "pipe");
	child = fork();
	ASSERT_TRUE(child >= 0, "fork");
	if (child == 0) {
		close(release[1]);
		read(release[0], &c, 1);
		_exit(0);
	}
	close(release[0]);
	EXPECT_EQ(setpgid(0, parent_pgrp), 0, "back into the parent's group");
	EXPECT_ERRNO(setsid(), EPERM, "setsid while a group still has our number");
	close(release[1]);
	waitpid(child, NULL, 0);
}

static int run_checks(void)
{
	struct job_kid kid;
	pid_t dead;

	parent_sid = getsid(0);
	parent_pgrp = getpgrp();
	ASSERT_TRUE(parent_sid > 0, "getsid(0)");
	EXPECT_EQ(getsid(getpid()), parent_sid, "getsid(getpid()) is getsid(0)");

	kid = job_spawn(become_leader);
	EXPECT_EQ(getsid(kid.pid), kid.pid, "getsid of the new leader, seen by its parent");
	EXPECT_EQ(getpgid(kid.pid), kid.pid, "its process group");
	EXPECT_EQ(getsid(0), parent_sid, "the parent stays in its session");
	EXPECT_EXITED(job_release(&kid), 0, "the leader's own checks");

	kid = job_spawn(lead_group);
	EXPECT_EQ(getsid(kid.pid), parent_sid, "a failed setsid changes nothing");
	EXPECT_EXITED(job_release(&kid), 0, "a group leader's setsid");

	kid = job_spawn(leave_own_group);
	EXPECT_EXITED(job_release(&kid), 0, "setsid with our number in use as a group");

	dead = job_dead_pid();
	EXPECT_ERRNO(getsid(dead), ESRCH, "getsid of no process");
	return test_done();
}

/*
 * The checks run in a session of their own: the session the test was
 * started in may be led by a process outside its pid namespace (a
 * container), and getsid then says 0 on Linux.
 */
int main(void)
{
	pid_t pid = fork();
	int status;

	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0) {
		ASSERT_TRUE(setsid() == getpid(), "setsid for the checks");
		_exit(run_checks());
	}
	ASSERT_TRUE(waitpid(pid, &status, 0) == pid, "waitpid");
	EXPECT_EXITED(status, 0, "the checks, in a session of their own");
	return test_done();
}
