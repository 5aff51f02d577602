/*
 * Linux guarantees: lseek sets the offset from the start, the current
 * offset or the end and returns it; a resulting negative offset or an
 * unknown whence is EINVAL and leaves the offset alone; seeking past the
 * end is allowed and reads there return 0.
 */
#include <fcntl.h>
#include <test.h>

int main(void)
{
	char c = 0;
	int fd = open("lseek-file", O_RDWR | O_CREAT | O_TRUNC, 0644);

	ASSERT_TRUE(fd >= 0, "open");
	EXPECT_EQ(write(fd, "0123456789", 10), 10, "write");
	EXPECT_EQ(lseek(fd, 3, SEEK_SET), 3, "SEEK_SET");
	EXPECT_EQ(read(fd, &c, 1), 1, "read at 3");
	EXPECT_EQ(c, '3', "byte at 3");
	EXPECT_EQ(lseek(fd, 2, SEEK_CUR), 6, "SEEK_CUR");
	EXPECT_EQ(lseek(fd, -1, SEEK_END), 9, "SEEK_END");
	EXPECT_EQ(read(fd, &c, 1), 1, "read last");
	EXPECT_EQ(c, '9', "last byte");
	EXPECT_ERRNO(lseek(fd, -20, SEEK_CUR), EINVAL, "negative result");
	EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 10, "offset unchanged after EINVAL");
	EXPECT_ERRNO(lseek(fd, 0, 42), EINVAL, "bad whence");
	EXPECT_EQ(lseek(fd, 1000, SEEK_SET), 1000, "past the end");
	EXPECT_EQ(read(fd, &c, 1), 0, "read past the end returns 0");
	EXPECT_ERRNO(lseek(1000, 0, SEEK_SET), EBADF, "bad fd");
	close(fd);
	unlink("lseek-file");
	return test_done();
}
