/*
 * Linux guarantees: bytes written to a regular file are read back exactly,
 * read() advances the offset by what it returned, and read() at the end of
 * the file returns 0.
 */
#include <fcntl.h>
#include <test.h>

int main(void)
{
	static char buf[10000], back[10000];
	int fd, i;

	for (i = 0; i < (int)sizeof(buf); i++)
		buf[i] = (char)(i * 31 + 7);
	fd = open("rw-contents", O_RDWR | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(fd >= 0, "open");
	EXPECT_EQ(write(fd, buf, sizeof(buf)), sizeof(buf), "write returns the count");
	EXPECT_EQ(lseek(fd, 0, SEEK_SET), 0, "rewind");
	EXPECT_EQ(read(fd, back, 4000), 4000, "first read");
	EXPECT_EQ(read(fd, back + 4000, 10000), 6000, "second read stops at EOF");
	EXPECT_EQ(memcmp(buf, back, sizeof(buf)), 0, "contents read back");
	EXPECT_EQ(read(fd, back, 100), 0, "read at EOF returns 0");
	EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 10000, "offset is at the end");
	close(fd);
	fd = open("rw-contents", O_RDONLY);
	EXPECT_EQ(read(fd, back, sizeof(back)), sizeof(back), "read after reopen");
	EXPECT_EQ(memcmp(buf, back, sizeof(buf)), 0, "contents after reopen");
	close(fd);
	unlink("rw-contents");
	return test_done();
}
