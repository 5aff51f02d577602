/*
 * Linux guarantees: fcntl64 (221), the call 32-bit C libraries use for
 * fcntl, behaves as fcntl for the descriptor and status commands: F_DUPFD
 * and F_DUPFD_CLOEXEC, F_GETFD/F_SETFD, F_GETFL/F_SETFL; an unknown
 * command is EINVAL and a bad fd EBADF. fdatasync (148) writes a file's
 * data back like fsync: 0 on a file, EINVAL on a pipe or /dev/null,
 * EBADF on a bad fd.
 */
#include <fcntl.h>
#include <test.h>

int main(void)
{
	int fd = open("fcntl64-file", O_RDWR | O_CREAT | O_TRUNC, 0644), d, p[2], null;

	ASSERT_TRUE(fd >= 0, "create");
	d = fcntl64(fd, F_DUPFD, 30);
	EXPECT_EQ(d, 30, "F_DUPFD from 30");
	EXPECT_EQ(fcntl64(d, F_GETFD), 0, "not close-on-exec");
	EXPECT_EQ(fcntl64(d, F_SETFD, FD_CLOEXEC), 0, "F_SETFD");
	EXPECT_EQ(fcntl64(d, F_GETFD), FD_CLOEXEC, "F_GETFD");
	close(d);
	d = fcntl64(fd, F_DUPFD_CLOEXEC, 30);
	EXPECT_EQ(d, 30, "F_DUPFD_CLOEXEC");
	EXPECT_EQ(fcntl64(d, F_GETFD), FD_CLOEXEC, "it is close-on-exec");
	close(d);
	EXPECT_EQ(fcntl64(fd, F_GETFL) & O_ACCMODE, O_RDWR, "F_GETFL");
	EXPECT_EQ(fcntl64(fd, F_SETFL, O_APPEND), 0, "F_SETFL");
	EXPECT_TRUE(fcntl64(fd, F_GETFL) & O_APPEND, "O_APPEND set");
	EXPECT_ERRNO(fcntl64(fd, 12345), EINVAL, "unknown command");
	EXPECT_ERRNO(fcntl64(999, F_GETFD), EBADF, "bad fd");

	EXPECT_EQ(write(fd, "data", 4), 4, "write");
	EXPECT_EQ(fdatasync(fd), 0, "fdatasync a file");
	ASSERT_TRUE(pipe(p) == 0, "pipe");
	EXPECT_ERRNO(fdatasync(p[0]), EINVAL, "fdatasync a pipe");
	null = open("/dev/null", O_WRONLY);
	EXPECT_ERRNO(fdatasync(null), EINVAL, "fdatasync /dev/null");
	EXPECT_ERRNO(fdatasync(999), EBADF, "fdatasync a bad fd");
	close(null);
	close(p[0]);
	close(p[1]);
	close(fd);
	unlink("fcntl64-file");
	return test_done();
}
