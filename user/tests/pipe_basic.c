/*
 * pipe() gives the two lowest free descriptors, fd[0] for reading and fd[1]
 * for writing; bytes come out in the order they went in, a read returns
 * what is queued (not more than asked), and once every write end is closed
 * a read of the drained pipe returns 0. Both ends are FIFOs to fstat, and
 * ioctl(FIONREAD) tells how many bytes are queued.
 */
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <test.h>

int main(void)
{
	int fds[2];
	char buf[16];
	struct stat st;
	int n;

	ASSERT_TRUE(pipe(fds) == 0, "pipe");
	EXPECT_EQ(fds[0], 3, "read end is the lowest free fd");
	EXPECT_EQ(fds[1], 4, "write end is the next one");
	EXPECT_EQ(write(fds[1], "hello", 5), 5, "write 5");
	EXPECT_EQ(write(fds[1], "world", 5), 5, "write 5 more");
	n = -1;
	EXPECT_EQ(ioctl(fds[0], 0x541B /* FIONREAD */, &n), 0, "FIONREAD");
	EXPECT_EQ(n, 10, "ten bytes queued");
	EXPECT_EQ(read(fds[0], buf, 3), 3, "read asks 3");
	EXPECT_TRUE(memcmp(buf, "hel", 3) == 0, "first bytes first");
	EXPECT_EQ(read(fds[0], buf, sizeof(buf)), 7, "read returns what is queued");
	EXPECT_TRUE(memcmp(buf, "loworld", 7) == 0, "in order");
	EXPECT_EQ(read(fds[0], buf, 0), 0, "read of 0 bytes");
	EXPECT_EQ(write(fds[1], "", 0), 0, "write of 0 bytes");

	ASSERT_TRUE(fstat(fds[0], &st) == 0, "fstat read end");
	EXPECT_TRUE(S_ISFIFO(st.st_mode), "read end is a FIFO");
	ASSERT_TRUE(fstat(fds[1], &st) == 0, "fstat write end");
	EXPECT_TRUE(S_ISFIFO(st.st_mode), "write end is a FIFO");

	EXPECT_EQ(write(fds[1], "x", 1), 1, "one more byte");
	EXPECT_EQ(close(fds[1]), 0, "close the write end");
	EXPECT_EQ(read(fds[0], buf, sizeof(buf)), 1, "queued byte survives the close");
	EXPECT_EQ(read(fds[0], buf, sizeof(buf)), 0, "then end of file");
	EXPECT_EQ(close(fds[0]), 0, "close the read end");
	return test_done();
}
