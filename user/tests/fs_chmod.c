/*
 * Linux guarantees: chmod, fchmod and fchmodat set all twelve permission
 * bits of a file (set-user-ID, set-group-ID and sticky too) and leave its
 * type alone; root may change any file's mode. fchmodat walks from a dirfd.
 * A missing name is ENOENT, a bad fd EBADF.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <test.h>

static long mode_of(const char *path)
{
	struct stat64 st;

	if (stat64(path, &st))
		return -1;
	return st.st_mode;
}

int main(void)
{
	int fd = open("chmod-file", O_RDWR | O_CREAT | O_TRUNC, 0600), dir;
	struct stat64 st;

	ASSERT_TRUE(fd >= 0, "create");
	EXPECT_EQ(chmod("chmod-file", 0754), 0, "chmod");
	EXPECT_EQ(mode_of("chmod-file"), S_IFREG | 0754, "the new mode, the type kept");
	EXPECT_EQ(chmod("chmod-file", 07777), 0, "chmod every bit");
	EXPECT_EQ(mode_of("chmod-file"), S_IFREG | 07777, "set-id and sticky bits too");
	EXPECT_EQ(chmod("chmod-file", S_IFDIR | 0640), 0, "type bits in the mode");
	EXPECT_EQ(mode_of("chmod-file"), S_IFREG | 0640, "are ignored");
	EXPECT_EQ(chmod("chmod-file", 0), 0, "chmod 0");
	EXPECT_EQ(mode_of("chmod-file"), S_IFREG, "no permission at all");
	EXPECT_EQ(write(fd, "x", 1), 1, "an open fd still writes");

	EXPECT_EQ(fchmod(fd, 0711), 0, "fchmod");
	EXPECT_EQ(fstat64(fd, &st), 0, "fstat64");
	EXPECT_EQ(st.st_mode, S_IFREG | 0711, "fchmod's mode");
	EXPECT_ERRNO(fchmod(999, 0644), EBADF, "fchmod on a bad fd");

	ASSERT_TRUE(mkdir("chmod-dir", 0755) == 0, "mkdir");
	EXPECT_EQ(chmod("chmod-dir", 01777), 0, "chmod a directory");
	EXPECT_EQ(mode_of("chmod-dir"), S_IFDIR | 01777, "the directory's mode");
	dir = open("chmod-dir", O_RDONLY | O_DIRECTORY);
	ASSERT_TRUE(dir >= 0, "open the directory");
	close(openat(dir, "f", O_WRONLY | O_CREAT, 0600));
	EXPECT_EQ(syscall(__NR_fchmodat, dir, "f", 0604), 0, "fchmodat from dirfd");
	EXPECT_EQ(mode_of("chmod-dir/f"), S_IFREG | 0604, "fchmodat's mode");
	EXPECT_EQ(fchmodat(AT_FDCWD, "chmod-dir/f", 0606, 0), 0, "fchmodat AT_FDCWD");
	EXPECT_EQ(mode_of("chmod-dir/f"), S_IFREG | 0606, "AT_FDCWD's mode");
	EXPECT_ERRNO(syscall(__NR_fchmodat, 999, "f", 0644), EBADF, "fchmodat bad dirfd");
	EXPECT_ERRNO(chmod("chmod-missing", 0644), ENOENT, "chmod a missing name");
	EXPECT_ERRNO(chmod("chmod-file/x", 0644), ENOTDIR, "chmod through a file");

	close(dir);
	close(fd);
	unlink("chmod-dir/f");
	rmdir("chmod-dir");
	unlink("chmod-file");
	return test_done();
}
