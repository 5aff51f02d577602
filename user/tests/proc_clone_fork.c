/*
 * clone with the flags glibc's fork() passes makes a child process:
 * CLONE_PARENT_SETTID stores the child's pid in the parent,
 * CLONE_CHILD_SETTID stores it in the child's memory before the child
 * runs; the low byte, SIGCHLD, lets the parent wait as for fork. The word
 * here sits in a shared page, so the parent sees the write. The word that
 * CLONE_CHILD_CLEARTID and set_tid_address name is zeroed at exit only
 * when a thread still shares the address space, so a process leaves it.
 * Sharing flags without their prerequisites are EINVAL (CLONE_THREAD
 * needs CLONE_SIGHAND, CLONE_SIGHAND needs CLONE_VM).
 */
#include <signal.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <test.h>

#define CLONE_VM		0x00000100
#define CLONE_SIGHAND		0x00000800
#define CLONE_THREAD		0x00010000
#define CLONE_PARENT_SETTID	0x00100000
#define CLONE_CHILD_CLEARTID	0x00200000
#define CLONE_CHILD_SETTID	0x01000000

int main(void)
{
	volatile int *shared = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
				    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	int ptid = -1, status;
	long pid;

	ASSERT_TRUE(shared != MAP_FAILED, "a shared page");
	shared[0] = -1;		/* the child's tid word */
	shared[1] = 0;		/* what the child saw in it */
	pid = syscall(__NR_clone, CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID |
		      CLONE_PARENT_SETTID | SIGCHLD, 0, &ptid, 0, (int *)&shared[0]);
	if (pid == 0) {
		shared[1] = shared[0];
		shared[2] = getpid();
		_exit(7);
	}
	ASSERT_TRUE(pid > 0, "clone");
	EXPECT_EQ(ptid, pid, "CLONE_PARENT_SETTID: the pid in the parent");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid sees the child");
	EXPECT_EXITED(status, 7, "its exit status");
	EXPECT_EQ(shared[1], pid, "CLONE_CHILD_SETTID: the child found its tid there");
	EXPECT_EQ(shared[2], pid, "and it is its pid");
	EXPECT_EQ(shared[0], pid, "CLONE_CHILD_CLEARTID: a process alone leaves it at exit");

	shared[0] = -1;
	pid = fork();
	if (pid == 0) {
		_exit(syscall(__NR_set_tid_address, (int *)&shared[0]) == getpid() ? 0 : 1);
	}
	ASSERT_TRUE(pid > 0, "fork");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "reap");
	EXPECT_EXITED(status, 0, "set_tid_address returns the tid");
	EXPECT_EQ(shared[0], -1, "and its word is left at exit (no thread shares the mm)");

	EXPECT_ERRNO(syscall(__NR_clone, CLONE_THREAD | SIGCHLD, 0, NULL, 0, NULL), EINVAL,
		     "CLONE_THREAD without CLONE_SIGHAND");
	EXPECT_ERRNO(syscall(__NR_clone, CLONE_SIGHAND | SIGCHLD, 0, NULL, 0, NULL), EINVAL,
		     "CLONE_SIGHAND without CLONE_VM");
	return test_done();
}
