/*
 * Linux guarantees: a path walk follows symbolic links in every component
 * before the last, and in the last for the calls that follow (stat, open,
 * chdir...). A relative target is walked from the directory holding the
 * link, an absolute one from the root; ".." after a link to a directory
 * goes to that directory's real parent; a link may lead to another link.
 * A trailing '/' after a link follows it and demands a directory (ENOTDIR
 * for a link to a file). getcwd after chdir through a link names the real
 * directory.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

static long long size_of(const char *path)
{
	struct stat64 st;

	if (stat64(path, &st))
		return -errno;
	return st.st_size;
}

int main(void)
{
	char top[512], cwd[600], want[600];
	struct stat64 st, real;
	int fd;

	ASSERT_TRUE(getcwd(top, sizeof(top)) != NULL, "getcwd");
	ASSERT_TRUE(mkdir("sw-a", 0755) == 0 && mkdir("sw-a/b", 0755) == 0, "mkdir a/b");
	fd = open("sw-a/b/file", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(fd >= 0, "create a/b/file");
	EXPECT_EQ(write(fd, "123", 3), 3, "write");
	close(fd);

	EXPECT_EQ(symlink("sw-a/b", "sw-tob"), 0, "a link to a directory");
	EXPECT_EQ(size_of("sw-tob/file"), 3, "through it as a middle component");
	EXPECT_EQ(symlink("b/file", "sw-a/tofile"), 0, "a relative link in a/");
	EXPECT_EQ(size_of("sw-a/tofile"), 3, "walked from the link's directory");
	snprintf(want, sizeof(want), "%s/sw-a/b/file", top);
	EXPECT_EQ(symlink(want, "sw-absfile"), 0, "an absolute link");
	EXPECT_EQ(size_of("sw-absfile"), 3, "walked from the root");
	EXPECT_EQ(symlink("sw-tob", "sw-chain"), 0, "a link to a link");
	EXPECT_EQ(size_of("sw-chain/file"), 3, "both followed");
	EXPECT_EQ(symlink("../b", "sw-a/b/up"), 0, "a link climbing with ..");
	EXPECT_EQ(size_of("sw-a/b/up/up/up/file"), 3, "followed again and again");

	EXPECT_EQ(stat64("sw-tob/..", &st), 0, "stat tob/..");
	EXPECT_EQ(stat64("sw-a", &real), 0, "stat a");
	EXPECT_EQ(st.st_ino, real.st_ino, "\"..\" after a link is the target's parent");

	EXPECT_EQ(lstat64("sw-tob/", &st), 0, "lstat64 with a trailing slash");
	EXPECT_TRUE(S_ISDIR(st.st_mode), "follows the link");
	EXPECT_ERRNO(lstat64("sw-a/tofile/", &st), ENOTDIR, "trailing slash, link to a file");
	EXPECT_ERRNO(stat64("sw-a/tofile/x", &st), ENOTDIR, "a link to a file as a directory");
	EXPECT_EQ(symlink("sw-a/", "sw-slash"), 0, "a target ending in a slash");
	EXPECT_EQ(stat64("sw-slash", &st), 0, "stat it");
	EXPECT_TRUE(S_ISDIR(st.st_mode), "a directory");
	EXPECT_EQ(symlink("sw-a/b/file/", "sw-fslash"), 0, "a file target ending in a slash");
	EXPECT_ERRNO(stat64("sw-fslash", &st), ENOTDIR, "ENOTDIR");

	fd = open("sw-chain/file", O_RDONLY);
	EXPECT_TRUE(fd >= 0, "open through two links");
	close(fd);
	EXPECT_EQ(chdir("sw-tob"), 0, "chdir through a link");
	EXPECT_TRUE(getcwd(cwd, sizeof(cwd)) != NULL, "getcwd");
	snprintf(want, sizeof(want), "%s/sw-a/b", strcmp(top, "/") ? top : "");
	EXPECT_STREQ(cwd, want, "the real directory");
	EXPECT_EQ(chdir(top), 0, "back");

	unlink("sw-fslash");
	unlink("sw-slash");
	unlink("sw-a/b/up");
	unlink("sw-chain");
	unlink("sw-absfile");
	unlink("sw-a/tofile");
	unlink("sw-tob");
	unlink("sw-a/b/file");
	rmdir("sw-a/b");
	rmdir("sw-a");
	return test_done();
}
