/*
 * Linux guarantees: link gives a file a second name: both name one inode,
 * whose link count both show; data written through one is read through
 * the other; unlinking one name leaves the file to the other. A directory
 * cannot be linked (EPERM), an existing new name is EEXIST, a missing old
 * one ENOENT, and across filesystems it is EXDEV. link does not follow a
 * symbolic link in oldpath (it links the link); linkat follows it with
 * AT_SYMLINK_FOLLOW, links the file open at olddirfd with AT_EMPTY_PATH,
 * and takes no other flag (EINVAL).
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

static struct stat64 st;

static long nlink_of(const char *path)
{
	if (lstat64(path, &st))
		return -errno;
	return st.st_nlink;
}

int main(void)
{
	char buf[8] = { 0 };
	struct stat64 a;
	int fd = open("ln-a", O_RDWR | O_CREAT | O_TRUNC, 0644), dir;

	ASSERT_TRUE(fd >= 0, "create");
	EXPECT_EQ(link("ln-a", "ln-b"), 0, "link");
	EXPECT_EQ(nlink_of("ln-a"), 2, "two links (old name)");
	EXPECT_EQ(nlink_of("ln-b"), 2, "two links (new name)");
	EXPECT_EQ(lstat64("ln-a", &a), 0, "lstat a");
	EXPECT_EQ(lstat64("ln-b", &st), 0, "lstat b");
	EXPECT_EQ(st.st_ino, a.st_ino, "one inode");
	EXPECT_EQ(write(fd, "shared", 6), 6, "write through a");
	close(fd);
	fd = open("ln-b", O_RDONLY);
	EXPECT_EQ(read(fd, buf, sizeof(buf)), 6, "read through b");
	EXPECT_STREQ(buf, "shared", "the same data");
	close(fd);
	EXPECT_EQ(unlink("ln-a"), 0, "unlink a");
	EXPECT_EQ(nlink_of("ln-b"), 1, "one link left");
	EXPECT_EQ(st.st_size, 6, "the data stays");

	EXPECT_ERRNO(link("ln-b", "ln-b"), EEXIST, "onto itself");
	ASSERT_TRUE(mkdir("ln-dir", 0755) == 0, "mkdir");
	EXPECT_ERRNO(link("ln-dir", "ln-dir2"), EPERM, "a directory");
	EXPECT_ERRNO(link("ln-missing", "ln-c"), ENOENT, "a missing old name");
	EXPECT_ERRNO(link("ln-b", "ln-nodir/c"), ENOENT, "into a missing directory");
	EXPECT_ERRNO(link("ln-b", "ln-c/"), ENOENT, "a new name with a trailing slash");
	EXPECT_ERRNO(link("ln-b", "ln-dir"), EEXIST, "over a directory");
	EXPECT_ERRNO(link("/proc/meminfo", "ln-m"), EXDEV, "from another filesystem");

	EXPECT_EQ(symlink("ln-b", "ln-sym"), 0, "a symbolic link to b");
	EXPECT_EQ(link("ln-sym", "ln-hsym"), 0, "link the symbolic link");
	EXPECT_EQ(lstat64("ln-hsym", &st), 0, "lstat it");
	EXPECT_TRUE(S_ISLNK(st.st_mode), "a second name for the link itself");
	EXPECT_EQ(nlink_of("ln-sym"), 2, "the link has two names");
	EXPECT_EQ(nlink_of("ln-b"), 1, "b is untouched");
	EXPECT_EQ(linkat(AT_FDCWD, "ln-sym", AT_FDCWD, "ln-c", AT_SYMLINK_FOLLOW), 0,
		  "linkat AT_SYMLINK_FOLLOW");
	EXPECT_EQ(lstat64("ln-c", &st), 0, "lstat c");
	EXPECT_TRUE(S_ISREG(st.st_mode), "c names the file");
	EXPECT_EQ(nlink_of("ln-b"), 2, "b has two names again");

	dir = open("ln-dir", O_RDONLY | O_DIRECTORY);
	ASSERT_TRUE(dir >= 0, "open the directory");
	EXPECT_EQ(linkat(AT_FDCWD, "ln-b", dir, "d", 0), 0, "linkat into dirfd");
	EXPECT_EQ(nlink_of("ln-dir/d"), 3, "three names");
	fd = open("ln-b", O_RDONLY);
	EXPECT_EQ(linkat(fd, "", dir, "e", AT_EMPTY_PATH), 0, "linkat AT_EMPTY_PATH");
	EXPECT_EQ(nlink_of("ln-b"), 4, "four names");
	EXPECT_ERRNO(linkat(fd, "", dir, "f", 0), ENOENT, "an empty path without the flag");
	EXPECT_ERRNO(linkat(AT_FDCWD, "ln-b", dir, "f", 0x1), EINVAL, "an unknown flag");
	close(fd);
	close(dir);

	unlink("ln-dir/d");
	unlink("ln-dir/e");
	rmdir("ln-dir");
	unlink("ln-c");
	unlink("ln-hsym");
	unlink("ln-sym");
	unlink("ln-b");
	return test_done();
}
