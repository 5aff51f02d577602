/*
 * lseek's SEEK_DATA and SEEK_HOLE on a file with a hole: one byte at 0,
 * one at 64 KiB, the size 128 KiB. SEEK_DATA of a byte in data is that
 * byte; SEEK_HOLE from 0 lands at the end of the first block (whatever
 * size the filesystem's blocks are, at most 64 KiB) and SEEK_DATA from
 * there finds the second byte's block; past the last data, SEEK_HOLE is
 * in the trailing hole and SEEK_DATA is ENXIO; at or past the end both
 * are ENXIO, and so is a negative offset.
 */
#include <fcntl.h>
#include <unistd.h>
#include <test.h>

#define SEEK_DATA	3
#define SEEK_HOLE	4
#define K64		65536

int main(void)
{
	int fd = open("holes", O_RDWR | O_CREAT | O_TRUNC, 0644);
	off_t hole, data;

	ASSERT_TRUE(fd >= 0, "open");
	ASSERT_TRUE(write(fd, "A", 1) == 1 && pwrite(fd, "B", 1, K64) == 1, "two bytes");
	ASSERT_TRUE(ftruncate(fd, 2 * K64) == 0, "a 128 KiB file");

	EXPECT_EQ(lseek(fd, 0, SEEK_DATA), 0, "SEEK_DATA at data");
	hole = lseek(fd, 0, SEEK_HOLE);
	EXPECT_TRUE(hole >= 1024 && hole <= K64 && hole % 1024 == 0, "the first hole starts at a block end");
	EXPECT_EQ(lseek(fd, 0, SEEK_CUR), hole, "and the offset is there");
	data = lseek(fd, hole, SEEK_DATA);
	EXPECT_EQ(data, K64, "SEEK_DATA from the hole finds the second block");
	EXPECT_EQ(lseek(fd, K64, SEEK_DATA), K64, "the second byte is data");
	hole = lseek(fd, K64, SEEK_HOLE);
	EXPECT_TRUE(hole > K64 && hole <= 2 * K64, "the trailing hole after it");
	EXPECT_ERRNO(lseek(fd, K64 + K64 / 2, SEEK_DATA), ENXIO, "no data after the last byte");
	EXPECT_EQ(lseek(fd, K64 + K64 / 2, SEEK_HOLE), K64 + K64 / 2, "inside the hole, SEEK_HOLE stays");
	EXPECT_ERRNO(lseek(fd, 2 * K64, SEEK_DATA), ENXIO, "SEEK_DATA at the end");
	EXPECT_ERRNO(lseek(fd, 2 * K64, SEEK_HOLE), ENXIO, "SEEK_HOLE at the end");
	EXPECT_ERRNO(lseek(fd, -1, SEEK_DATA), ENXIO, "a negative offset");
	close(fd);
	return test_done();
}
