/*
 * Linux guarantees: mkdir makes a directory (EEXIST if the name exists),
 * chdir enters it and getcwd names it; rmdir removes only empty
 * directories (ENOTEMPTY otherwise, ENOTDIR on a file, EINVAL for ".");
 * getcwd with a too-small buffer is ERANGE.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

int main(void)
{
	char top[512], cwd[512], want[600];
	int fd;

	ASSERT_TRUE(getcwd(top, sizeof(top)) != NULL, "getcwd");
	EXPECT_EQ(mkdir("dirs-a", 0755), 0, "mkdir");
	EXPECT_ERRNO(mkdir("dirs-a", 0755), EEXIST, "mkdir again");
	EXPECT_ERRNO(mkdir("dirs-none/b", 0755), ENOENT, "mkdir in a missing dir");
	EXPECT_EQ(mkdir("dirs-a/b", 0755), 0, "mkdir nested");
	EXPECT_EQ(chdir("dirs-a/b"), 0, "chdir");
	EXPECT_TRUE(getcwd(cwd, sizeof(cwd)) != NULL, "getcwd inside");
	snprintf(want, sizeof(want), "%s/dirs-a/b", strcmp(top, "/") ? top : "");
	EXPECT_STREQ(cwd, want, "getcwd names the new directory");
	EXPECT_TRUE(getcwd(cwd, 2) == NULL && errno == ERANGE, "small buffer is ERANGE");
	fd = open("f", O_WRONLY | O_CREAT, 0644);
	close(fd);
	EXPECT_EQ(chdir("../.."), 0, "chdir ../..");
	EXPECT_TRUE(getcwd(cwd, sizeof(cwd)) != NULL, "getcwd back");
	EXPECT_STREQ(cwd, top, "back where we started");
	EXPECT_ERRNO(rmdir("dirs-a"), ENOTEMPTY, "rmdir non-empty");
	EXPECT_ERRNO(rmdir("dirs-a/b/f"), ENOTDIR, "rmdir a file");
	EXPECT_ERRNO(rmdir("dirs-a/b/."), EINVAL, "rmdir .");
	EXPECT_ERRNO(chdir("dirs-a/b/f"), ENOTDIR, "chdir to a file");
	EXPECT_ERRNO(chdir("dirs-none"), ENOENT, "chdir missing");
	EXPECT_EQ(unlink("dirs-a/b/f"), 0, "unlink the file");
	EXPECT_EQ(rmdir("dirs-a/b"), 0, "rmdir b");
	EXPECT_EQ(rmdir("dirs-a"), 0, "rmdir a");
	EXPECT_ERRNO(rmdir("dirs-a"), ENOENT, "rmdir again");
	return test_done();
}
