/*
 * Linux guarantees: fsync succeeds on a regular file (written or not) and
 * on a directory opened read-only, fails with EBADF on a bad descriptor,
 * and with EINVAL on /dev/null, which has nothing to write back. sync
 * cannot fail.
 */
#include <fcntl.h>
#include <test.h>

int main(void)
{
	int fd = open("fsync-file", O_RDWR | O_CREAT | O_TRUNC, 0644), dir, null;

	ASSERT_TRUE(fd >= 0, "open");
	EXPECT_EQ(fsync(fd), 0, "fsync of an unwritten file");
	EXPECT_EQ(write(fd, "data", 4), 4, "write");
	EXPECT_EQ(fsync(fd), 0, "fsync after a write");
	dir = open(".", O_RDONLY);
	EXPECT_EQ(fsync(dir), 0, "fsync of a directory");
	null = open("/dev/null", O_WRONLY);
	ASSERT_TRUE(null >= 0, "open /dev/null");
	EXPECT_ERRNO(fsync(null), EINVAL, "fsync of /dev/null");
	EXPECT_ERRNO(fsync(99), EBADF, "fsync of a bad fd");
	sync();
	close(null);
	close(dir);
	close(fd);
	unlink("fsync-file");
	return test_done();
}
