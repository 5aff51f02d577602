/*
 * Linux guarantees: fcntl F_DUPFD gives the lowest free fd at or above its
 * argument; F_GETFD/F_SETFD read and set FD_CLOEXEC; F_GETFL shows the
 * access mode and F_SETFL can turn O_APPEND on. _llseek stores the new
 * 64-bit offset through its pointer.
 */
#include <fcntl.h>
#include <sys/syscall.h>
#include <test.h>

int main(void)
{
	long long result = -1;
	char buf[8] = { 0 };
	int fd = open("fcntl-file", O_RDWR | O_CREAT | O_TRUNC, 0644), d;

	ASSERT_TRUE(fd >= 0, "open");
	d = syscall(__NR_fcntl, fd, F_DUPFD, 40);
	EXPECT_EQ(d, 40, "F_DUPFD from 40");
	EXPECT_EQ(syscall(__NR_fcntl, d, F_GETFD, 0), 0, "a dup is not close-on-exec");
	EXPECT_EQ(syscall(__NR_fcntl, d, F_SETFD, 1), 0, "F_SETFD");
	EXPECT_EQ(syscall(__NR_fcntl, d, F_GETFD, 0), 1, "F_GETFD sees FD_CLOEXEC");
	EXPECT_EQ(syscall(__NR_fcntl, fd, F_GETFL, 0) & O_ACCMODE, O_RDWR, "F_GETFL access mode");
	EXPECT_EQ(write(fd, "12345", 5), 5, "write");
	EXPECT_EQ(syscall(__NR_fcntl, fd, F_SETFL, O_APPEND), 0, "F_SETFL O_APPEND");
	EXPECT_TRUE(syscall(__NR_fcntl, fd, F_GETFL, 0) & O_APPEND, "O_APPEND is on");
	EXPECT_EQ(lseek(fd, 0, SEEK_SET), 0, "rewind");
	EXPECT_EQ(write(fd, "6", 1), 1, "appending write");
	EXPECT_EQ(syscall(__NR__llseek, fd, 0, 2, &result, SEEK_SET), 0, "_llseek");
	EXPECT_EQ(result, 2, "_llseek result");
	EXPECT_EQ(read(fd, buf, 8), 4, "read from 2");
	EXPECT_STREQ(buf, "3456", "the append went to the end");
	EXPECT_ERRNO(syscall(__NR_fcntl, 99, F_GETFD, 0), EBADF, "bad fd");
	close(d);
	close(fd);
	unlink("fcntl-file");
	return test_done();
}
