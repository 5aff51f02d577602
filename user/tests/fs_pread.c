/*
 * Linux guarantees: pread64 and pwrite64 read and write at the offset they
 * are given (64 bits, in two halves on i386) and leave the file position
 * where it was. An offset past 4 GiB works on a file opened with
 * O_LARGEFILE; without it a write at 2 GiB or more is EFBIG. A negative
 * offset is EINVAL, a pipe ESPIPE, an fd not open for the direction EBADF,
 * a directory EISDIR. On a file opened with O_APPEND, pwrite64 appends,
 * whatever the offset (a documented Linux quirk).
 */
#include <fcntl.h>
#include <test.h>

int main(void)
{
	char buf[16] = { 0 };
	int fd = open("pread-file", O_RDWR | O_CREAT | O_TRUNC | O_LARGEFILE, 0644), p[2], dir;

	ASSERT_TRUE(fd >= 0, "create");
	EXPECT_EQ(write(fd, "abcdef", 6), 6, "write");
	EXPECT_EQ(pread64(fd, buf, 3, 2), 3, "pread64 at 2");
	EXPECT_STREQ(buf, "cde", "the bytes at 2");
	EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 6, "the position unchanged");
	EXPECT_EQ(pwrite64(fd, "XY", 2, 1), 2, "pwrite64 at 1");
	EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 6, "the position unchanged");
	memset(buf, 0, sizeof(buf));
	EXPECT_EQ(pread(fd, buf, sizeof(buf), 0), 6, "pread the whole file");
	EXPECT_STREQ(buf, "aXYdef", "pwrite64's bytes");
	EXPECT_EQ(pread(fd, buf, sizeof(buf), 6), 0, "pread at the end");
	EXPECT_EQ(pread(fd, buf, sizeof(buf), 100), 0, "pread past the end");

	EXPECT_EQ(pwrite64(fd, "far", 3, (5LL << 30) + 1), 3, "pwrite64 past 4 GiB");
	memset(buf, 0, sizeof(buf));
	EXPECT_EQ(pread64(fd, buf, 8, 5LL << 30), 4, "pread64 past 4 GiB");
	EXPECT_TRUE(!memcmp(buf, "\0far", 4), "the bytes there");
	EXPECT_EQ(pread64(fd, buf, 2, 1LL << 32), 2, "pread64 in the hole at 4 GiB");
	EXPECT_TRUE(!buf[0] && !buf[1], "zeros");
	EXPECT_EQ(ftruncate(fd, 6), 0, "cut it back");

	EXPECT_ERRNO(pread64(fd, buf, 1, -1), EINVAL, "negative offset");
	EXPECT_ERRNO(pwrite64(fd, buf, 1, -1), EINVAL, "pwrite64 negative offset");
	EXPECT_ERRNO(pread64(999, buf, 1, 0), EBADF, "bad fd");
	ASSERT_TRUE(pipe(p) == 0, "pipe");
	EXPECT_ERRNO(pread64(p[0], buf, 1, 0), ESPIPE, "pread64 on a pipe");
	EXPECT_ERRNO(pwrite64(p[1], "x", 1, 0), ESPIPE, "pwrite64 on a pipe");
	close(p[0]);
	close(p[1]);
	dir = open(".", O_RDONLY | O_DIRECTORY);
	EXPECT_ERRNO(pread64(dir, buf, 1, 0), EISDIR, "pread64 on a directory");
	close(dir);
	close(fd);

	fd = open("pread-file", O_RDONLY);
	EXPECT_ERRNO(pwrite64(fd, "x", 1, 0), EBADF, "pwrite64 on a read-only fd");
	close(fd);
	fd = open("pread-file", O_RDWR);
	EXPECT_ERRNO(pwrite64(fd, "x", 1, 0x80000000LL), EFBIG, "2 GiB without O_LARGEFILE");
	close(fd);
	fd = open("pread-file", O_WRONLY | O_APPEND);
	EXPECT_ERRNO(pread64(fd, buf, 1, 0), EBADF, "pread64 on a write-only fd");
	EXPECT_EQ(pwrite64(fd, "Z", 1, 0), 1, "pwrite64 at 0 with O_APPEND");
	close(fd);
	fd = open("pread-file", O_RDONLY);
	memset(buf, 0, sizeof(buf));
	EXPECT_EQ(read(fd, buf, sizeof(buf)), 7, "read it all");
	EXPECT_STREQ(buf, "aXYdefZ", "O_APPEND: appended, not at 0");
	close(fd);
	unlink("pread-file");
	return test_done();
}
