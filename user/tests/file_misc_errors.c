/*
 * More of Linux's errors for file calls: read() of a directory is EISDIR;
 * ftruncate of an fd not open for writing or of a negative length is
 * EINVAL; unlink of a directory is EISDIR; lseek with an unknown whence is
 * EINVAL; write() to a read-only fd and read() from a write-only one are
 * EBADF; a failed dup2 from a bad fd leaves the target open; dup2 of an
 * fd onto itself returns it.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

int main(void)
{
	char buf[16];
	int dir = open(".", O_RDONLY | O_DIRECTORY);
	int wr = open("me-file", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	int rd;

	ASSERT_TRUE(dir >= 0 && wr >= 0, "open . and a file");
	EXPECT_EQ(write(wr, "abc", 3), 3, "write");
	rd = open("me-file", O_RDONLY);
	ASSERT_TRUE(rd >= 0, "open the file read-only");
	EXPECT_ERRNO(read(dir, buf, sizeof(buf)), EISDIR, "read of a directory");
	EXPECT_ERRNO(ftruncate(rd, 0), EINVAL, "ftruncate of a read-only fd");
	EXPECT_ERRNO(ftruncate(wr, -1), EINVAL, "ftruncate to -1");
	EXPECT_ERRNO(ftruncate(dir, 0), EINVAL, "ftruncate of a directory");
	EXPECT_ERRNO(mkdir("me-dir", 0755) == 0 ? unlink("me-dir") : 0, EISDIR, "unlink of a directory");
	rmdir("me-dir");
	EXPECT_ERRNO(lseek(rd, 0, 7), EINVAL, "lseek whence 7");
	EXPECT_ERRNO(write(rd, "x", 1), EBADF, "write to a read-only fd");
	EXPECT_ERRNO(read(wr, buf, 1), EBADF, "read from a write-only fd");
	EXPECT_ERRNO(dup2(200, rd), EBADF, "dup2 from a closed fd");
	EXPECT_EQ(read(rd, buf, 3), 3, "the target fd is still open");
	EXPECT_EQ(dup2(rd, rd), rd, "dup2 onto itself");
	EXPECT_EQ(lseek(rd, 0, SEEK_CUR), 3, "and keeps its position");
	EXPECT_ERRNO(open("me-file/", O_RDONLY), ENOTDIR, "a file with a trailing slash");
	EXPECT_ERRNO(open("me-new/", O_RDWR | O_CREAT, 0644), EISDIR, "creat with a trailing slash");
	close(dir);
	close(wr);
	close(rd);
	unlink("me-file");
	return test_done();
}
