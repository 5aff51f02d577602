/*
 * Linux guarantees: truncate sets the size of the file a path names,
 * cutting off its tail or extending it with zeros; truncate64 and
 * ftruncate64 take a 64-bit length (two halves on i386), so a file can
 * reach 5 GiB without data. A negative length is EINVAL, a directory
 * EISDIR, a missing name ENOENT, and a program some process is running
 * ETXTBSY. ftruncate64 needs an fd open for writing (EINVAL otherwise),
 * and past 2 GiB - 1 one opened with O_LARGEFILE (EINVAL otherwise, as
 * for a 32-bit program on a 64-bit Linux).
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

static long long size_of(const char *path)
{
	struct stat64 st;

	if (stat64(path, &st))
		return -1;
	return st.st_size;
}

int main(int argc, char **argv)
{
	char buf[16] = { 0 };
	int fd = open("trunc-file", O_RDWR | O_CREAT | O_TRUNC | O_LARGEFILE, 0644), small;

	ASSERT_TRUE(fd >= 0, "create");
	EXPECT_EQ(write(fd, "0123456789", 10), 10, "write");
	EXPECT_EQ(truncate("trunc-file", 4), 0, "truncate to 4");
	EXPECT_EQ(size_of("trunc-file"), 4, "size 4");
	EXPECT_EQ(truncate("trunc-file", 8), 0, "truncate up to 8");
	EXPECT_EQ(size_of("trunc-file"), 8, "size 8");
	EXPECT_EQ(pread(fd, buf, sizeof(buf), 0), 8, "read it");
	EXPECT_TRUE(!memcmp(buf, "0123\0\0\0\0", 8), "the tail is zeros");

	EXPECT_EQ(truncate64("trunc-file", 5LL << 30), 0, "truncate64 to 5 GiB");
	EXPECT_EQ(size_of("trunc-file"), 5LL << 30, "size 5 GiB");
	EXPECT_EQ(ftruncate64(fd, (5LL << 30) + 7), 0, "ftruncate64");
	EXPECT_EQ(size_of("trunc-file"), (5LL << 30) + 7, "size 5 GiB + 7");
	EXPECT_EQ(ftruncate64(fd, 2), 0, "ftruncate64 down");
	EXPECT_EQ(size_of("trunc-file"), 2, "size 2");

	small = open("trunc-file", O_WRONLY);
	ASSERT_TRUE(small >= 0, "open without O_LARGEFILE");
	EXPECT_EQ(ftruncate64(small, 0x7fffffff), 0, "ftruncate64 to 2 GiB - 1");
	EXPECT_ERRNO(ftruncate64(small, 0x80000000LL), EINVAL, "2 GiB without O_LARGEFILE");
	EXPECT_EQ(truncate64("trunc-file", 0x80000000LL), 0, "truncate64 has no such limit");
	EXPECT_EQ(ftruncate64(small, 2), 0, "back to 2");
	close(small);

	EXPECT_ERRNO(truncate("trunc-file", -1), EINVAL, "negative length");
	EXPECT_ERRNO(truncate64("trunc-file", -1), EINVAL, "negative 64-bit length");
	EXPECT_ERRNO(ftruncate64(fd, -1), EINVAL, "ftruncate64 negative");
	EXPECT_ERRNO(truncate(".", 0), EISDIR, "a directory");
	EXPECT_ERRNO(truncate("trunc-missing", 0), ENOENT, "missing name");
	EXPECT_ERRNO(truncate("trunc-file/x", 0), ENOTDIR, "through a file");
	EXPECT_ERRNO(truncate(argv[0], size_of(argv[0])), ETXTBSY, "a running program");
	close(fd);
	fd = open("trunc-file", O_RDONLY);
	EXPECT_ERRNO(ftruncate64(fd, 0), EINVAL, "ftruncate64 on a read-only fd");
	EXPECT_ERRNO(ftruncate64(999, 0), EBADF, "ftruncate64 on a bad fd");
	close(fd);
	EXPECT_EQ(size_of("trunc-file"), 2, "size still 2");
	unlink("trunc-file");
	return test_done();
}
