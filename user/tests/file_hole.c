/*
 * Linux guarantees: writing after seeking past the end of a file leaves a
 * hole that reads as zeros, the size counts up to the last byte written,
 * and (on ext2 and tmpfs alike) the hole takes no disk blocks.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

int main(void)
{
	static char buf[4096];
	struct stat st;
	int fd = open("hole-file", O_RDWR | O_CREAT | O_TRUNC, 0644), i, zeros = 1;

	ASSERT_TRUE(fd >= 0, "open");
	EXPECT_EQ(write(fd, "head", 4), 4, "write head");
	EXPECT_EQ(lseek(fd, 3 << 20, SEEK_SET), 3 << 20, "seek 3 MiB");
	EXPECT_EQ(write(fd, "tail", 4), 4, "write tail");
	EXPECT_EQ(fstat(fd, &st), 0, "fstat");
	EXPECT_EQ(st.st_size, (3 << 20) + 4, "size counts the hole");
	EXPECT_TRUE(st.st_blocks < 256, "the hole takes no blocks");
	EXPECT_EQ(lseek(fd, 1 << 20, SEEK_SET), 1 << 20, "seek into the hole");
	EXPECT_EQ(read(fd, buf, sizeof(buf)), sizeof(buf), "read the hole");
	for (i = 0; i < (int)sizeof(buf); i++)
		zeros &= buf[i] == 0;
	EXPECT_TRUE(zeros, "the hole reads as zeros");
	close(fd);
	unlink("hole-file");
	return test_done();
}
