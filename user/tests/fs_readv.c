/*
 * Linux guarantees: writev writes the buffers of an iovec array in order
 * as one stretch of the file, and readv fills them in order, both from
 * and advancing the file position; preadv and pwritev do the same at an
 * offset and leave the position alone. A read stops short at the end of
 * the file. No buffers is a transfer of 0 bytes; more than 1024 buffers
 * (UIO_MAXIOV), a negative count or a buffer length that is negative as a
 * ssize_t is EINVAL; an unreadable iovec array is EFAULT.
 */
#include <fcntl.h>
#include <test.h>

int main(void)
{
	char a[4] = { 0 }, b[8] = { 0 }, c[2] = { 0 };
	struct iovec out[3] = { { "one", 3 }, { "", 0 }, { "twothree", 8 } };
	struct iovec in[3] = { { a, 3 }, { b, 8 }, { c, 2 } };
	static struct iovec many[UIO_MAXIOV + 1];
	int fd = open("readv-file", O_RDWR | O_CREAT | O_TRUNC, 0644), i;

	ASSERT_TRUE(fd >= 0, "create");
	EXPECT_EQ(writev(fd, out, 3), 11, "writev");
	EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 11, "the position moved");
	EXPECT_EQ(lseek(fd, 0, SEEK_SET), 0, "rewind");
	EXPECT_EQ(readv(fd, in, 3), 11, "readv stops at the end of the file");
	EXPECT_STREQ(a, "one", "first buffer");
	EXPECT_TRUE(!memcmp(b, "twothree", 8), "second buffer");
	EXPECT_EQ(c[0], 0, "third buffer untouched");
	EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 11, "the position moved");

	out[0] = (struct iovec){ "AB", 2 };
	EXPECT_EQ(pwritev(fd, out, 1, 3), 2, "pwritev at 3");
	memset(a, 0, sizeof(a));
	memset(b, 0, sizeof(b));
	EXPECT_EQ(preadv(fd, in, 2, 1), 10, "preadv at 1");
	EXPECT_STREQ(a, "neA", "preadv first buffer");
	EXPECT_TRUE(!memcmp(b, "Bothree", 7), "preadv second buffer");
	EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 11, "the position unchanged");

	EXPECT_EQ(readv(fd, in, 0), 0, "no buffers");
	EXPECT_EQ(writev(fd, out, 0), 0, "writev no buffers");
	for (i = 0; i <= UIO_MAXIOV; i++)
		many[i] = (struct iovec){ a, 1 };
	EXPECT_ERRNO(readv(fd, many, UIO_MAXIOV + 1), EINVAL, "UIO_MAXIOV + 1 buffers");
	EXPECT_EQ(lseek(fd, 0, SEEK_SET), 0, "rewind");
	EXPECT_EQ(readv(fd, many, UIO_MAXIOV), 11, "UIO_MAXIOV buffers");
	EXPECT_ERRNO(readv(fd, in, -1), EINVAL, "negative count");
	in[1].iov_len = (size_t)-1;
	EXPECT_ERRNO(readv(fd, in, 2), EINVAL, "a negative length");
	EXPECT_ERRNO(writev(fd, (struct iovec *)16, 1), EFAULT, "unreadable iovec array");
	EXPECT_ERRNO(readv(999, in, 1), EBADF, "bad fd");
	close(fd);
	unlink("readv-file");
	return test_done();
}
