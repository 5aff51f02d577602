/*
 * Offsets near 2 GiB in a sparse file (on a 1 KiB-block ext2 that means
 * triple-indirect blocks). Without O_LARGEFILE Linux caps a file at
 * 2^31 - 1 bytes: a write is cut short at that limit and one starting at
 * it fails with EFBIG. The bytes written read back, the hole before them
 * reads as zeros, and truncating to 0 gives every block back.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

#define FAR 0x7ffffff0L

int main(void)
{
	char buf[32];
	struct stat64 st;
	int fd = open("far-file", O_RDWR | O_CREAT | O_TRUNC, 0644);

	ASSERT_TRUE(fd >= 0, "create the file");
	EXPECT_EQ(lseek(fd, FAR, SEEK_SET), FAR, "seek to 2 GiB - 16");
	EXPECT_EQ(write(fd, "0123456789", 10), 10, "write 10 bytes there");
	EXPECT_EQ(write(fd, "abcdefghij", 10), 5, "a write cut at 2^31 - 1");
	EXPECT_ERRNO(write(fd, "x", 1), EFBIG, "a write at 2^31 - 1");
	EXPECT_EQ(fstat64(fd, &st), 0, "fstat64");
	EXPECT_EQ(st.st_size, 0x7fffffffLL, "size is 2^31 - 1");
	EXPECT_TRUE(st.st_blocks > 0 && st.st_blocks <= 64, "only a few blocks allocated");
	EXPECT_EQ(lseek(fd, FAR - 6, SEEK_SET), FAR - 6, "seek back");
	memset(buf, 'z', sizeof(buf));
	EXPECT_EQ(read(fd, buf, sizeof(buf)), 21, "read to the end");
	EXPECT_TRUE(memcmp(buf, "\0\0\0\0\0\0" "0123456789abcde", 21) == 0,
		    "hole then the bytes written");
	EXPECT_EQ(lseek(fd, 1 << 20, SEEK_SET), 1 << 20, "seek to 1 MiB");
	EXPECT_EQ(read(fd, buf, 8), 8, "read in the hole");
	EXPECT_TRUE(memcmp(buf, "\0\0\0\0\0\0\0\0", 8) == 0, "the hole reads as zeros");
	EXPECT_EQ(ftruncate(fd, 0), 0, "truncate to 0");
	EXPECT_EQ(fstat64(fd, &st), 0, "fstat64 again");
	EXPECT_EQ(st.st_blocks, 0, "no blocks left");
	close(fd);
	unlink("far-file");
	return test_done();
}
