/*
 * sendfile copies a regular file's bytes to another file or a pipe inside
 * the kernel: without an offset it reads at the file position and moves
 * it; with one (sendfile64: 64-bit) it reads there, updates the offset and
 * leaves the position alone; at the end of the file it copies what there
 * is. EINVAL when the input is not a regular file (a pipe) or the output
 * is O_APPEND, EBADF for an output open read-only or a closed fd.
 */
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <test.h>

static char src[10000], got[10000];

int main(void)
{
	int in = open("sf_src", O_RDWR | O_CREAT | O_TRUNC, 0644), out, p[2], i, ro, ap;
	long off;
	long long off64;

	for (i = 0; i < (int)sizeof(src); i++)
		src[i] = 'a' + i % 23;
	ASSERT_TRUE(in >= 0 && write(in, src, sizeof(src)) == sizeof(src), "a 10000-byte file");
	lseek(in, 0, SEEK_SET);
	out = open("sf_dst", O_RDWR | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(out >= 0, "the output file");

	EXPECT_EQ(syscall(__NR_sendfile, out, in, NULL, 20000), 10000, "all of it, up to the end");
	EXPECT_EQ(lseek(in, 0, SEEK_CUR), 10000, "the input's position moved");
	EXPECT_TRUE(pread(out, got, sizeof(got), 0) == sizeof(got) && !memcmp(got, src, sizeof(src)),
		    "the output holds the same bytes");

	lseek(in, 123, SEEK_SET);
	off = 5000;
	EXPECT_EQ(syscall(__NR_sendfile, out, in, &off, 3000), 3000, "from an offset");
	EXPECT_EQ(off, 8000, "the offset is updated");
	EXPECT_EQ(lseek(in, 0, SEEK_CUR), 123, "the position is not");
	EXPECT_TRUE(pread(out, got, 3000, 10000) == 3000 && !memcmp(got, src + 5000, 3000),
		    "written at the output's position");

	ASSERT_TRUE(pipe(p) == 0, "a pipe");
	off64 = 9990;
	EXPECT_EQ(syscall(__NR_sendfile64, p[1], in, &off64, 100), 10, "sendfile64 to a pipe, 10 left");
	EXPECT_EQ(off64, 10000, "the 64-bit offset");
	memset(got, 0, 16);
	EXPECT_TRUE(read(p[0], got, 16) == 10 && !memcmp(got, src + 9990, 10), "the pipe has them");
	off64 = 10000;
	EXPECT_EQ(syscall(__NR_sendfile64, p[1], in, &off64, 100), 0, "at the end: 0");

	EXPECT_ERRNO(syscall(__NR_sendfile, out, p[0], NULL, 10), EINVAL, "a pipe as input");
	ro = open("sf_dst", O_RDONLY);
	EXPECT_ERRNO(syscall(__NR_sendfile, ro, in, NULL, 10), EBADF, "an output open read-only");
	ap = open("sf_dst", O_WRONLY | O_APPEND);
	EXPECT_ERRNO(syscall(__NR_sendfile, ap, in, NULL, 10), EINVAL, "an O_APPEND output");
	EXPECT_ERRNO(syscall(__NR_sendfile, out, 999, NULL, 10), EBADF, "a closed input");
	return test_done();
}
