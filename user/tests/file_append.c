/*
 * Linux guarantees: with O_APPEND every write goes to the current end of
 * the file, wherever the offset was moved.
 */
#include <fcntl.h>
#include <test.h>

int main(void)
{
	char buf[32] = { 0 };
	int fd = open("append-file", O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, 0644);

	ASSERT_TRUE(fd >= 0, "open");
	EXPECT_EQ(write(fd, "abc", 3), 3, "first write");
	EXPECT_EQ(lseek(fd, 0, SEEK_SET), 0, "seek to 0");
	EXPECT_EQ(write(fd, "def", 3), 3, "second write");
	EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 6, "offset at the new end");
	close(fd);
	fd = open("append-file", O_RDONLY);
	EXPECT_EQ(read(fd, buf, sizeof(buf)), 6, "read");
	EXPECT_STREQ(buf, "abcdef", "appended, not overwritten");
	close(fd);
	unlink("append-file");
	return test_done();
}
