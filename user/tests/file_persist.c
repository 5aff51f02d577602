/*
 * Linux guarantees: data written and fsync'd is on the disk. This test
 * leaves two files behind in the current directory (the guest's /tmp),
 * which the host checks byte for byte in the image the guest leaves
 * (tools/test/31-image.sh): fs-persist.txt, one line of text, and
 * fs-persist.bin, 300000 bytes of a known pattern with a hole of 1 MiB
 * before its last 4 KiB.
 */
#include <fcntl.h>
#include <test.h>

#define BIN_SIZE 300000

int main(void)
{
	static unsigned char buf[BIN_SIZE];
	int fd, i;

	fd = open("fs-persist.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(fd >= 0, "open text");
	EXPECT_EQ(write(fd, "the kernel wrote this line\n", 27), 27, "write text");
	EXPECT_EQ(fsync(fd), 0, "fsync text");
	close(fd);
	for (i = 0; i < BIN_SIZE; i++)
		buf[i] = (unsigned char)(i % 251);
	fd = open("fs-persist.bin", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(fd >= 0, "open bin");
	EXPECT_EQ(write(fd, buf, BIN_SIZE), BIN_SIZE, "write bin");
	EXPECT_EQ(lseek(fd, 1 << 20, SEEK_CUR), BIN_SIZE + (1 << 20), "seek over a hole");
	EXPECT_EQ(write(fd, buf, 4096), 4096, "write after the hole");
	EXPECT_EQ(fsync(fd), 0, "fsync bin");
	close(fd);
	sync();
	return test_done();
}
