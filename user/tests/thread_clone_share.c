/*
 * Each of clone's sharing flags on its own, in a child process (SIGCHLD,
 * no CLONE_THREAD): CLONE_VM - the child's writes land in the parent's
 * memory; CLONE_FILES - a file the child opens is open in the parent, with
 * the same number; CLONE_FS - the child's chdir moves the parent too.
 * Without the flag each is the child's own copy.
 */
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <test.h>
#include "thread_util.h"

static volatile int word;
static volatile int child_fd = -1;

static int write_word(void *arg)
{
	word = 42;
	return 0;
}

static int open_file(void *arg)
{
	child_fd = open("/", O_RDONLY);
	return child_fd >= 0 ? 0 : 1;
}

static int change_dir(void *arg)
{
	return chdir("/proc") ? 1 : 0;
}

/* Run fn in a clone child with flags | SIGCHLD; its exit status (or -1). */
static int run(int (*fn)(void *), unsigned long flags)
{
	int status;
	long pid = __clone(fn, new_stack(), flags | SIGCHLD, NULL, NULL, NULL, NULL);

	if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
		return -1;
	return WEXITSTATUS(status);
}

int main(void)
{
	struct stat st;
	char cwd[64];

	EXPECT_EQ(run(write_word, 0), 0, "a child without CLONE_VM");
	EXPECT_EQ(word, 0, "without CLONE_VM the child wrote its own copy");
	EXPECT_EQ(run(write_word, CLONE_VM), 0, "a CLONE_VM child");
	EXPECT_EQ(word, 42, "with CLONE_VM the child wrote the parent's memory");

	EXPECT_EQ(run(open_file, CLONE_VM), 0, "a child opening a file, own table");
	EXPECT_ERRNO(fstat(child_fd, &st), EBADF, "without CLONE_FILES its fd is not ours");
	EXPECT_EQ(run(open_file, CLONE_VM | CLONE_FILES), 0, "a CLONE_FILES child");
	EXPECT_EQ(fstat(child_fd, &st), 0, "with CLONE_FILES its fd is open here too");
	EXPECT_TRUE(S_ISDIR(st.st_mode), "and is the directory it opened");
	close(child_fd);

	ASSERT_TRUE(chdir("/") == 0, "start in /");
	EXPECT_EQ(run(change_dir, 0), 0, "a child changing directory, own cwd");
	EXPECT_STREQ(getcwd(cwd, sizeof(cwd)), "/", "without CLONE_FS our cwd stays");
	EXPECT_EQ(run(change_dir, CLONE_FS), 0, "a CLONE_FS child");
	EXPECT_STREQ(getcwd(cwd, sizeof(cwd)), "/proc", "with CLONE_FS its chdir moved us");
	return test_done();
}
