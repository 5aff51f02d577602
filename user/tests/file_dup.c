/*
 * Linux guarantees: dup returns the lowest free descriptor, dup2 the one
 * asked for (closing what was there); both share the open file, so they
 * share its offset. dup2(fd, fd) returns fd.
 */
#include <fcntl.h>
#include <test.h>

int main(void)
{
	char buf[8] = { 0 };
	int fd = open("dup-file", O_RDWR | O_CREAT | O_TRUNC, 0644), d, other;

	ASSERT_TRUE(fd >= 0, "open");
	EXPECT_EQ(write(fd, "abcdef", 6), 6, "write");
	d = dup(fd);
	EXPECT_EQ(d, fd + 1, "dup gives the lowest free fd");
	EXPECT_EQ(lseek(fd, 2, SEEK_SET), 2, "seek one");
	EXPECT_EQ(read(d, buf, 2), 2, "read the other");
	EXPECT_STREQ(buf, "cd", "shared offset");
	other = open("dup-file", O_RDONLY);
	EXPECT_EQ(dup2(fd, other), other, "dup2 onto an open fd");
	EXPECT_EQ(lseek(other, 0, SEEK_CUR), 4, "dup2 shares the offset");
	EXPECT_EQ(dup2(fd, fd), fd, "dup2 to itself");
	EXPECT_EQ(dup2(fd, 50), 50, "dup2 to a high fd");
	EXPECT_EQ(close(50), 0, "close it");
	close(fd);
	EXPECT_EQ(read(d, buf, 2), 2, "dup stays usable after close of the original");
	close(d);
	close(other);
	unlink("dup-file");
	return test_done();
}
