/*
 * clone refuses the flag combinations Linux's copy_process refuses, with
 * EINVAL and no child made: a thread (CLONE_THREAD) must share the
 * handlers (CLONE_SIGHAND), shared handlers need a shared address space
 * (CLONE_VM), a new mount namespace cannot share the filesystem
 * information (CLONE_NEWNS | CLONE_FS), and the old clone cannot return a
 * pidfd in the same word as the tid (CLONE_PIDFD | CLONE_PARENT_SETTID)
 * or with CLONE_DETACHED.
 */
#include <errno.h>
#include <signal.h>
#include <sys/wait.h>
#include <test.h>
#include "thread_util.h"

static long clone_flags(unsigned long flags)
{
	int ptid;

	return syscall(__NR_clone, flags, 0, &ptid, 0, NULL);
}

int main(void)
{
	EXPECT_ERRNO(clone_flags(CLONE_THREAD | SIGCHLD), EINVAL, "CLONE_THREAD alone");
	EXPECT_ERRNO(clone_flags(CLONE_THREAD | CLONE_VM), EINVAL,
		     "CLONE_THREAD | CLONE_VM without CLONE_SIGHAND");
	EXPECT_ERRNO(clone_flags(CLONE_SIGHAND | SIGCHLD), EINVAL, "CLONE_SIGHAND without CLONE_VM");
	EXPECT_ERRNO(clone_flags(CLONE_THREAD | CLONE_SIGHAND), EINVAL,
		     "CLONE_THREAD | CLONE_SIGHAND without CLONE_VM");
	EXPECT_ERRNO(clone_flags(CLONE_NEWNS | CLONE_FS | SIGCHLD), EINVAL, "CLONE_NEWNS | CLONE_FS");
	EXPECT_ERRNO(clone_flags(CLONE_PIDFD | CLONE_PARENT_SETTID | SIGCHLD), EINVAL,
		     "CLONE_PIDFD | CLONE_PARENT_SETTID");
	EXPECT_ERRNO(clone_flags(CLONE_PIDFD | CLONE_DETACHED | SIGCHLD), EINVAL,
		     "CLONE_PIDFD | CLONE_DETACHED");
	EXPECT_ERRNO(waitpid(-1, NULL, __WALL | WNOHANG), ECHILD, "no child was made");
	return test_done();
}
