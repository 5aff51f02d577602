/*
 * Linux guarantees: openat walks a relative path from the directory open
 * at dirfd, or from the current directory for AT_FDCWD; an absolute path
 * ignores dirfd altogether, even a bad one. With a relative path a dirfd
 * that is not open is EBADF, and one open on a file is ENOTDIR. O_CREAT
 * creates the file in dirfd's directory.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

int main(void)
{
	char buf[8] = { 0 };
	struct stat64 a, b;
	int dir, file, fd;

	ASSERT_TRUE(mkdir("openat-d", 0755) == 0, "mkdir");
	dir = open("openat-d", O_RDONLY | O_DIRECTORY);
	ASSERT_TRUE(dir >= 0, "open the directory");
	fd = openat(dir, "f", O_RDWR | O_CREAT | O_EXCL, 0644);
	EXPECT_TRUE(fd >= 0, "openat O_CREAT in the directory");
	EXPECT_EQ(write(fd, "at", 2), 2, "write");
	close(fd);
	fd = open("openat-d/f", O_RDONLY);
	EXPECT_TRUE(fd >= 0, "the file is in the directory");
	EXPECT_EQ(read(fd, buf, sizeof(buf)), 2, "read it back");
	EXPECT_STREQ(buf, "at", "contents");
	close(fd);

	fd = openat(AT_FDCWD, "openat-d/f", O_RDONLY);
	EXPECT_TRUE(fd >= 0, "AT_FDCWD walks from the cwd");
	close(fd);
	fd = openat(dir, "../openat-d/./f", O_RDONLY);
	EXPECT_TRUE(fd >= 0, "\"..\" climbs out of dirfd");
	close(fd);
	fd = openat(dir, ".", O_RDONLY);
	EXPECT_TRUE(fd >= 0 && fstat64(fd, &a) == 0 && fstat64(dir, &b) == 0 &&
		    a.st_ino == b.st_ino, "\".\" is dirfd's directory");
	close(fd);

	fd = openat(12345, "/", O_RDONLY);
	EXPECT_TRUE(fd >= 0, "an absolute path ignores a bad dirfd");
	close(fd);
	EXPECT_ERRNO(openat(12345, "f", O_RDONLY), EBADF, "relative path, dirfd not open");
	EXPECT_ERRNO(openat(-1, "f", O_RDONLY), EBADF, "relative path, dirfd -1");
	file = openat(dir, "f", O_RDONLY);
	ASSERT_TRUE(file >= 0, "open the file");
	EXPECT_ERRNO(openat(file, "x", O_RDONLY), ENOTDIR, "relative path, dirfd a file");
	EXPECT_ERRNO(openat(dir, "missing", O_RDONLY), ENOENT, "missing name");
	EXPECT_ERRNO(openat(dir, "", O_RDONLY), ENOENT, "empty path");
	close(file);

	EXPECT_EQ(unlink("openat-d/f"), 0, "unlink");
	close(dir);
	EXPECT_EQ(rmdir("openat-d"), 0, "rmdir");
	return test_done();
}
