/*
 * A "clone" child - one whose exit signal is not SIGCHLD - is invisible to
 * wait without __WCLONE (ECHILD if it is the only child), and visible with
 * __WCLONE or __WALL, as Linux's wait rules say. A child with exit signal
 * 0 sends nothing at exit but can be reaped.
 */
#include <errno.h>
#include <signal.h>
#include <sys/wait.h>
#include <test.h>
#include "thread_util.h"

static int quit(void *arg)
{
	return (int)(long)arg;
}

int main(void)
{
	int status;
	long pid = __clone(quit, new_stack(), 0, (void *)3, NULL, NULL, NULL);

	ASSERT_TRUE(pid > 0, "clone with exit signal 0");
	EXPECT_ERRNO(waitpid(pid, &status, 0), ECHILD, "plain wait does not see a clone child");
	EXPECT_EQ(waitpid(pid, &status, __WCLONE), pid, "__WCLONE reaps it");
	EXPECT_EXITED(status, 3, "its status");

	pid = __clone(quit, new_stack(), SIGUSR1, (void *)4, NULL, NULL, NULL);
	signal(SIGUSR1, SIG_IGN);
	ASSERT_TRUE(pid > 0, "clone with exit signal SIGUSR1");
	EXPECT_EQ(waitpid(pid, &status, __WALL), pid, "__WALL reaps it");
	EXPECT_EXITED(status, 4, "its status");
	return test_done();
}
