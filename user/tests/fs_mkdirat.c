/*
 * Linux guarantees: mkdirat makes a directory at a path walked from dirfd;
 * unlinkat removes a file there, and with AT_REMOVEDIR a directory (as
 * rmdir: ENOTEMPTY if it holds entries). Without AT_REMOVEDIR a directory
 * is EISDIR; with it a file is ENOTDIR; any other flag is EINVAL. A new
 * directory keeps the sticky bit of its mode but never set-user-ID or
 * set-group-ID (in a parent without set-group-ID).
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

int main(void)
{
	struct stat64 st;
	int dir, fd;

	ASSERT_TRUE(mkdir("mkdirat-top", 0755) == 0, "mkdir");
	dir = open("mkdirat-top", O_RDONLY | O_DIRECTORY);
	ASSERT_TRUE(dir >= 0, "open the directory");
	EXPECT_EQ(mkdirat(dir, "sub", 0700), 0, "mkdirat");
	EXPECT_EQ(stat64("mkdirat-top/sub", &st), 0, "it is there");
	EXPECT_TRUE(S_ISDIR(st.st_mode), "a directory");
	EXPECT_EQ(st.st_mode & 07777, 0700, "its mode");
	EXPECT_ERRNO(mkdirat(dir, "sub", 0700), EEXIST, "again");
	EXPECT_ERRNO(mkdirat(999, "sub", 0700), EBADF, "bad dirfd");
	EXPECT_EQ(mkdirat(AT_FDCWD, "mkdirat-top/sub2", 0755), 0, "mkdirat AT_FDCWD");
	umask(0);
	EXPECT_EQ(mkdirat(dir, "bits", 07777), 0, "mkdirat with every mode bit");
	EXPECT_EQ(fstatat64(dir, "bits", &st, 0), 0, "stat it");
	EXPECT_EQ(st.st_mode & 07777, 01777, "sticky kept, set-id bits dropped");
	EXPECT_EQ(unlinkat(dir, "bits", AT_REMOVEDIR), 0, "remove it");

	fd = openat(dir, "sub/f", O_WRONLY | O_CREAT, 0644);
	ASSERT_TRUE(fd >= 0, "create a file");
	close(fd);
	EXPECT_ERRNO(unlinkat(dir, "sub", 0), EISDIR, "unlinkat a directory");
	EXPECT_ERRNO(unlinkat(dir, "sub/f", AT_REMOVEDIR), ENOTDIR, "AT_REMOVEDIR on a file");
	EXPECT_ERRNO(unlinkat(dir, "sub", AT_REMOVEDIR), ENOTEMPTY, "AT_REMOVEDIR, not empty");
	EXPECT_ERRNO(unlinkat(dir, "sub/f", 0x1), EINVAL, "unknown flag");
	EXPECT_ERRNO(unlinkat(dir, "sub/f", AT_SYMLINK_NOFOLLOW), EINVAL, "another call's flag");
	EXPECT_EQ(unlinkat(dir, "sub/f", 0), 0, "unlinkat the file");
	EXPECT_ERRNO(stat64("mkdirat-top/sub/f", &st), ENOENT, "the file is gone");
	EXPECT_EQ(unlinkat(dir, "sub", AT_REMOVEDIR), 0, "AT_REMOVEDIR");
	EXPECT_ERRNO(stat64("mkdirat-top/sub", &st), ENOENT, "the directory is gone");
	EXPECT_EQ(unlinkat(AT_FDCWD, "mkdirat-top/sub2", AT_REMOVEDIR), 0, "AT_FDCWD");
	EXPECT_ERRNO(unlinkat(dir, "missing", 0), ENOENT, "missing name");

	close(dir);
	EXPECT_EQ(rmdir("mkdirat-top"), 0, "rmdir");
	return test_done();
}
