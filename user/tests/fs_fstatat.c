/*
 * Linux guarantees: fstatat64 fills a struct stat64 for a path walked from
 * dirfd (AT_FDCWD: the cwd), the same as stat64 does; with AT_EMPTY_PATH an
 * empty path stats dirfd itself, whatever file it is open on (and the cwd
 * for AT_FDCWD); an empty path without it is ENOENT; an unknown flag is
 * EINVAL.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

int main(void)
{
	struct stat64 st, want;
	int dir, fd;

	ASSERT_TRUE(mkdir("fstatat-d", 0750) == 0, "mkdir");
	fd = open("fstatat-d/f", O_WRONLY | O_CREAT | O_TRUNC, 0640);
	ASSERT_TRUE(fd >= 0, "create");
	EXPECT_EQ(write(fd, "123456", 6), 6, "write");
	dir = open("fstatat-d", O_RDONLY | O_DIRECTORY);
	ASSERT_TRUE(dir >= 0, "open the directory");

	EXPECT_EQ(stat64("fstatat-d/f", &want), 0, "stat64");
	EXPECT_EQ(fstatat64(dir, "f", &st, 0), 0, "fstatat64 from dirfd");
	EXPECT_EQ(st.st_ino, want.st_ino, "same inode as stat64");
	EXPECT_EQ(st.st_size, 6, "size");
	EXPECT_EQ(st.st_mode, S_IFREG | 0640, "mode");
	EXPECT_EQ(st.st_nlink, 1, "links");
	EXPECT_EQ(fstatat64(AT_FDCWD, "fstatat-d/f", &st, 0), 0, "AT_FDCWD");
	EXPECT_EQ(st.st_ino, want.st_ino, "AT_FDCWD: same inode");
	EXPECT_EQ(fstatat64(dir, "f", &st, AT_SYMLINK_NOFOLLOW), 0, "AT_SYMLINK_NOFOLLOW");
	EXPECT_EQ(st.st_ino, want.st_ino, "AT_SYMLINK_NOFOLLOW on a file: the file");

	EXPECT_EQ(fstatat64(fd, "", &st, AT_EMPTY_PATH), 0, "AT_EMPTY_PATH on a file fd");
	EXPECT_EQ(st.st_ino, want.st_ino, "AT_EMPTY_PATH: the fd's file");
	EXPECT_EQ(fstatat64(dir, "", &st, AT_EMPTY_PATH), 0, "AT_EMPTY_PATH on a directory fd");
	EXPECT_TRUE(S_ISDIR(st.st_mode) && (st.st_mode & 07777) == 0750, "the directory");
	EXPECT_EQ(stat64(".", &want), 0, "stat64 .");
	EXPECT_EQ(fstatat64(AT_FDCWD, "", &st, AT_EMPTY_PATH), 0, "AT_EMPTY_PATH, AT_FDCWD");
	EXPECT_EQ(st.st_ino, want.st_ino, "AT_EMPTY_PATH with AT_FDCWD: the cwd");

	EXPECT_ERRNO(fstatat64(dir, "", &st, 0), ENOENT, "empty path without AT_EMPTY_PATH");
	EXPECT_ERRNO(fstatat64(dir, "missing", &st, 0), ENOENT, "missing name");
	EXPECT_ERRNO(fstatat64(fd, "x", &st, 0), ENOTDIR, "dirfd a file");
	EXPECT_ERRNO(fstatat64(999, "x", &st, 0), EBADF, "dirfd not open");
	EXPECT_ERRNO(fstatat64(999, "", &st, AT_EMPTY_PATH), EBADF, "AT_EMPTY_PATH, fd not open");
	EXPECT_ERRNO(fstatat64(dir, "f", &st, 0x1), EINVAL, "unknown flag");
	EXPECT_ERRNO(fstatat64(dir, "f", &st, AT_REMOVEDIR), EINVAL, "another call's flag");

	close(fd);
	close(dir);
	EXPECT_EQ(unlink("fstatat-d/f"), 0, "unlink");
	EXPECT_EQ(rmdir("fstatat-d"), 0, "rmdir");
	return test_done();
}
