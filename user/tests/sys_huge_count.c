/*
 * Absurd counts that Linux handles without trouble: read() of 2 GiB - 1
 * bytes from a 100-byte file into a small buffer (low in the address
 * space) returns the 100 bytes; read() with the file position near 2^63
 * or past the end returns 0; write() of count 0 from NULL returns 0;
 * lseek to a negative position is EINVAL; a negative fd is EBADF.
 */
#include <fcntl.h>
#include <sys/syscall.h>
#include <test.h>

static char buf[256];

int main(void)
{
	char data[100];
	int fd = open("huge-file", O_RDWR | O_CREAT | O_TRUNC, 0644);

	ASSERT_TRUE(fd >= 0, "create the file");
	memset(data, 'q', sizeof(data));
	EXPECT_EQ(write(fd, data, sizeof(data)), 100, "write 100 bytes");
	EXPECT_EQ(lseek(fd, 0, SEEK_SET), 0, "seek 0");
	EXPECT_EQ(read(fd, buf, 0x7fffffff), 100, "read with count 2 GiB - 1");
	EXPECT_EQ(buf[99], 'q', "last byte read");
	EXPECT_EQ(buf[100], 0, "nothing past the file's end");
	EXPECT_EQ(read(fd, buf, 0x7fffffff), 0, "again at the end");
	EXPECT_EQ(write(fd, NULL, 0), 0, "write of 0 bytes from NULL");
	EXPECT_EQ(read(fd, NULL, 0), 0, "read of 0 bytes into NULL");
	EXPECT_ERRNO(lseek(fd, -1, SEEK_SET), EINVAL, "lseek to -1");
	EXPECT_ERRNO(lseek(fd, -200, SEEK_END), EINVAL, "lseek to end - 200");
	EXPECT_EQ(lseek(fd, 0x7ffff000, SEEK_SET), 0x7ffff000, "lseek far past the end");
	EXPECT_EQ(read(fd, buf, sizeof(buf)), 0, "read far past the end");
	EXPECT_EQ(__syscall(__NR_read, -1, (long)buf, 1, 0, 0, 0), -EBADF, "read fd -1");
	EXPECT_EQ(__syscall(__NR_write, -100, (long)buf, 1, 0, 0, 0), -EBADF, "write fd -100");
	EXPECT_EQ(__syscall(__NR_close, 0x7fffffff, 0, 0, 0, 0, 0), -EBADF, "close fd 2^31-1");
	EXPECT_EQ(__syscall(__NR_dup2, fd, -1, 0, 0, 0, 0), -EBADF, "dup2 to fd -1");
	close(fd);
	unlink("huge-file");
	return test_done();
}
