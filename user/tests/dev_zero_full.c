/*
 * /dev/zero reads as zero bytes and takes any write; /dev/full reads as
 * zeros too but every write fails with ENOSPC; /dev/null reads as empty.
 * All three are character devices with Linux's numbers (1:3, 1:5, 1:7) and
 * seek to 0 whatever is asked.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

static void expect_chr(const char *path, unsigned int minor)
{
	struct stat st;

	ASSERT_TRUE(stat(path, &st) == 0, path);
	EXPECT_TRUE(S_ISCHR(st.st_mode), "a character device");
	EXPECT_EQ(st.st_rdev, (1 << 8) | minor, "major 1 and its minor");
}

int main(void)
{
	char buf[10000];
	int fd, i, nonzero = 0;

	expect_chr("/dev/null", 3);
	expect_chr("/dev/zero", 5);
	expect_chr("/dev/full", 7);

	fd = open("/dev/zero", O_RDWR);
	ASSERT_TRUE(fd >= 0, "open /dev/zero");
	memset(buf, 'x', sizeof(buf));
	EXPECT_EQ(read(fd, buf, sizeof(buf)), (long)sizeof(buf), "a long read is whole");
	for (i = 0; i < (int)sizeof(buf); i++)
		nonzero += buf[i] != 0;
	EXPECT_EQ(nonzero, 0, "all zero");
	EXPECT_EQ(write(fd, buf, 1234), 1234, "writes are taken");
	EXPECT_EQ(lseek(fd, 4096, SEEK_SET), 0, "seeks stay at 0");
	EXPECT_ERRNO(read(fd, (void *)8, 10), EFAULT, "a bad buffer");
	close(fd);

	fd = open("/dev/full", O_RDWR);
	ASSERT_TRUE(fd >= 0, "open /dev/full");
	EXPECT_ERRNO(write(fd, "x", 1), ENOSPC, "/dev/full is full");
	buf[0] = 'x';
	EXPECT_EQ(read(fd, buf, 100), 100, "but reads as zeros");
	EXPECT_EQ(buf[0], 0, "zero bytes");
	close(fd);

	fd = open("/dev/null", O_RDWR);
	ASSERT_TRUE(fd >= 0, "open /dev/null");
	EXPECT_EQ(read(fd, buf, 100), 0, "/dev/null is empty");
	EXPECT_EQ(write(fd, buf, 100), 100, "and takes writes");
	close(fd);
	return test_done();
}
