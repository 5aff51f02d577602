/*
 * Linux guarantees: dup3 makes newfd share oldfd's open file, closing
 * what newfd held, like dup2; with O_CLOEXEC newfd is close-on-exec, and
 * without it it is not. Unlike dup2, oldfd == newfd is EINVAL, and so is
 * any flag but O_CLOEXEC; a bad oldfd or a newfd beyond the table is
 * EBADF.
 */
#include <fcntl.h>
#include <test.h>

int main(void)
{
	int fd = open("dup3-file", O_RDWR | O_CREAT | O_TRUNC, 0644);
	char c = 0;

	ASSERT_TRUE(fd >= 0, "create");
	EXPECT_EQ(dup3(fd, 20, O_CLOEXEC), 20, "dup3 O_CLOEXEC");
	EXPECT_EQ(fcntl(20, F_GETFD), FD_CLOEXEC, "newfd is close-on-exec");
	EXPECT_EQ(write(20, "q", 1), 1, "write through the copy");
	EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 1, "one file position");
	EXPECT_EQ(dup3(fd, 20, 0), 20, "dup3 over an open newfd");
	EXPECT_EQ(fcntl(20, F_GETFD), 0, "not close-on-exec without the flag");
	EXPECT_EQ(pread(20, &c, 1, 0), 1, "still the same file");
	EXPECT_EQ(c, 'q', "its byte");
	EXPECT_ERRNO(dup3(fd, fd, 0), EINVAL, "oldfd == newfd");
	EXPECT_ERRNO(dup3(999, 999, 0), EINVAL, "oldfd == newfd, both bad");
	EXPECT_ERRNO(dup3(fd, 21, O_APPEND), EINVAL, "a flag other than O_CLOEXEC");
	EXPECT_ERRNO(dup3(999, 21, 0), EBADF, "bad oldfd");
	EXPECT_ERRNO(dup3(fd, 100000, 0), EBADF, "newfd beyond the table");
	EXPECT_ERRNO(fcntl(21, F_GETFD), EBADF, "nothing made on failure");
	close(20);
	close(fd);
	unlink("dup3-file");
	return test_done();
}
