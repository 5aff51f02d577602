/*
 * clone3(args, size): clone with a struct clone_args. Without a stack it
 * makes a process as fork does, with the exit signal from its own field
 * and the tid stored at parent_tid; the block is checked as Linux checks
 * it: smaller than the first version (64 bytes) is EINVAL, bigger than a
 * page or with non-zero bytes past the known fields E2BIG, exit-signal
 * bits in flags, CLONE_DETACHED, an exit signal for a thread, a stack
 * address without a size are EINVAL.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <test.h>
#include "thread_util.h"

#define __NR_clone3	435

struct clone_args {
	unsigned long long flags, pidfd, child_tid, parent_tid, exit_signal;
	unsigned long long stack, stack_size, tls, set_tid, set_tid_size, cgroup;
};

static long clone3(struct clone_args *args, unsigned long size)
{
	return syscall(__NR_clone3, args, size);
}

int main(void)
{
	static unsigned char big[128];
	struct clone_args a;
	int ptid = 0, status;
	long pid;

	memset(&a, 0, sizeof(a));
	a.flags = CLONE_PARENT_SETTID;
	a.parent_tid = (unsigned long)&ptid;
	a.exit_signal = SIGCHLD;
	pid = clone3(&a, 64);
	if (pid == 0)
		_exit(9);
	ASSERT_TRUE(pid > 0, "clone3 of a process (version 0 block)");
	EXPECT_EQ(ptid, pid, "CLONE_PARENT_SETTID stored its tid");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "it is our child, with SIGCHLD");
	EXPECT_EXITED(status, 9, "its status");

	memset(&a, 0, sizeof(a));
	a.exit_signal = SIGCHLD;
	EXPECT_ERRNO(clone3(&a, 56), EINVAL, "a block below the first version");
	EXPECT_ERRNO(clone3(&a, 8192), E2BIG, "a block bigger than a page");
	memcpy(big, &a, sizeof(a));
	big[120] = 1;
	EXPECT_ERRNO(clone3((struct clone_args *)big, sizeof(big)), E2BIG,
		     "non-zero bytes past the fields the kernel knows");
	a.flags = SIGCHLD;
	EXPECT_ERRNO(clone3(&a, sizeof(a)), EINVAL, "the exit signal in flags");
	a.flags = CLONE_DETACHED;
	EXPECT_ERRNO(clone3(&a, sizeof(a)), EINVAL, "CLONE_DETACHED");
	a.flags = CLONE_THREAD | CLONE_SIGHAND | CLONE_VM;
	EXPECT_ERRNO(clone3(&a, sizeof(a)), EINVAL, "an exit signal for a thread");
	a.flags = 0;
	a.exit_signal = 65;
	EXPECT_ERRNO(clone3(&a, sizeof(a)), EINVAL, "an exit signal that does not exist");
	a.exit_signal = SIGCHLD;
	a.stack = (unsigned long)big;
	EXPECT_ERRNO(clone3(&a, sizeof(a)), EINVAL, "a stack without a size");
	a.stack = 0;
	a.flags = CLONE_SIGHAND;
	EXPECT_ERRNO(clone3(&a, sizeof(a)), EINVAL, "CLONE_SIGHAND without CLONE_VM, as clone");
	EXPECT_ERRNO(waitpid(-1, NULL, __WALL | WNOHANG), ECHILD, "no other child was made");
	return test_done();
}
