/*
 * /proc/self/maps read one byte per read() call gives the same text as
 * one large read, as long as the mappings do not change in between
 * (Linux's seq_file keeps the position exactly); a read at the end
 * returns 0, and lseek back to 0 starts over.
 */
#include <fcntl.h>
#include <test.h>

static char whole[16384], bytewise[16384];

int main(void)
{
	int fd = open("/proc/self/maps", O_RDONLY);
	long n = 0, r, len;

	ASSERT_TRUE(fd >= 0, "open /proc/self/maps");
	/* Both buffers are touched first so that reading does not change the maps. */
	memset(whole, 0, sizeof(whole));
	memset(bytewise, 0, sizeof(bytewise));
	len = read(fd, whole, sizeof(whole) - 1);
	ASSERT_TRUE(len > 0, "one large read");
	while ((r = read(fd, whole + len, sizeof(whole) - 1 - len)) > 0)
		len += r;
	EXPECT_EQ(read(fd, bytewise, 1), 0, "read at the end");
	EXPECT_EQ(lseek(fd, 0, SEEK_SET), 0, "lseek to 0");
	while (n < (long)sizeof(bytewise) - 1 && (r = read(fd, bytewise + n, 1)) == 1)
		n++;
	EXPECT_EQ(n, len, "same length one byte at a time");
	EXPECT_TRUE(memcmp(whole, bytewise, len) == 0, "same text one byte at a time");
	if (memcmp(whole, bytewise, len) != 0)
		printf("whole:\n%s\nbytewise:\n%s\n", whole, bytewise);
	close(fd);
	return test_done();
}
