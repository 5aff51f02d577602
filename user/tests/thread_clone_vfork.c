/*
 * CLONE_VFORK: clone returns in the parent only once the child has exited
 * or exec'd (the child borrows the parent's memory with CLONE_VM, as
 * posix_spawn does). A child that sleeps and then writes a word before
 * exiting has written it when clone returns; a child that execs lets the
 * parent go while the new program still runs.
 */
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <test.h>
#include <time.h>
#include "thread_util.h"

static volatile int word;
static char *self;

static int sleep_then_write(void *arg)
{
	struct timespec ts = { 0, 50 * 1000 * 1000 };

	nanosleep(&ts, NULL);
	word = 1;
	return 0;
}

static int exec_sleeper(void *arg)
{
	char *argv[] = { self, "sleeper", NULL };

	execve("/proc/self/exe", argv, NULL);
	return 99;
}

int main(int argc, char **argv)
{
	int status;
	long pid;

	if (argc == 2 && !strcmp(argv[1], "sleeper")) {
		struct timespec ts = { 0, 200 * 1000 * 1000 };

		nanosleep(&ts, NULL);
		return 5;
	}
	self = argv[0];
	pid = __clone(sleep_then_write, new_stack(), CLONE_VM | CLONE_VFORK | SIGCHLD, NULL,
		      NULL, NULL, NULL);
	ASSERT_TRUE(pid > 0, "clone(CLONE_VM | CLONE_VFORK)");
	EXPECT_EQ(word, 1, "the parent waited for the child to exit");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "reap it");
	EXPECT_EXITED(status, 0, "its status");

	pid = __clone(exec_sleeper, new_stack(), CLONE_VM | CLONE_VFORK | SIGCHLD, NULL,
		      NULL, NULL, NULL);
	ASSERT_TRUE(pid > 0, "clone(CLONE_VM | CLONE_VFORK) of a child that execs");
	EXPECT_EQ(waitpid(pid, &status, WNOHANG), 0, "the parent goes on once the child exec'd");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "reap it");
	EXPECT_EXITED(status, 5, "the new program's status");
	return test_done();
}
