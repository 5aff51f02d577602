/*
 * pipe2(O_NONBLOCK): a read of an empty pipe and a write to a full one fail
 * with EAGAIN instead of waiting. The pipe is 16 page-sized buffers: 16
 * writes of 4096 bytes fill it (65,536 bytes). A write appends to the last
 * page only when its tail fits there whole, so 1000-byte writes fit four to
 * a page (64,000 bytes in all); then a 5000-byte write finds no free buffer
 * (EAGAIN) while a 1-byte one still fits the last page. F_GETFL shows
 * O_NONBLOCK on both ends.
 */
#include <fcntl.h>
#include <test.h>

int main(void)
{
	static char buf[70000];
	int fds[2];
	long n, total = 0;

	ASSERT_TRUE(pipe2(fds, O_NONBLOCK) == 0, "pipe2(O_NONBLOCK)");
	EXPECT_TRUE(fcntl(fds[0], F_GETFL) & O_NONBLOCK, "read end is O_NONBLOCK");
	EXPECT_TRUE(fcntl(fds[1], F_GETFL) & O_NONBLOCK, "write end is O_NONBLOCK");
	EXPECT_ERRNO(read(fds[0], buf, 10), EAGAIN, "read of an empty pipe");

	while ((n = write(fds[1], buf, 4096)) > 0)
		total += n;
	EXPECT_ERRNO(write(fds[1], buf, 1), EAGAIN, "a full pipe takes no byte more");
	EXPECT_EQ(total, 65536, "16 pages of 4096 bytes");
	EXPECT_EQ(read(fds[0], buf, sizeof(buf)), 65536, "a read takes every buffer");
	EXPECT_ERRNO(read(fds[0], buf, 1), EAGAIN, "empty again");

	total = 0;
	while ((n = write(fds[1], buf, 1000)) > 0)
		total += n;
	EXPECT_ERRNO(write(fds[1], buf, 1000), EAGAIN, "write to a full pipe");
	EXPECT_EQ(total, 64000, "1000-byte writes fill pages four at a time");
	EXPECT_ERRNO(write(fds[1], buf, 5000), EAGAIN, "no free buffer for 5000 bytes");
	EXPECT_EQ(write(fds[1], buf, 1), 1, "one byte still fits the last page");
	EXPECT_EQ(read(fds[0], buf, sizeof(buf)), 64001, "everything queued comes out");
	EXPECT_ERRNO(read(fds[0], buf, 1), EAGAIN, "and the pipe is empty");
	close(fds[1]);
	EXPECT_EQ(read(fds[0], buf, 1), 0, "no writer: end of file, not EAGAIN");
	close(fds[0]);
	return test_done();
}
