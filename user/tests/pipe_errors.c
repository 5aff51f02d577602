/*
 * pipe's error paths, as Linux: a pointer that cannot be written is EFAULT
 * and leaves no descriptor open; pipe2 flags other than O_CLOEXEC,
 * O_NONBLOCK (and O_DIRECT) are EINVAL; O_CLOEXEC marks both descriptors
 * FD_CLOEXEC but is not a file status flag; lseek on a pipe is ESPIPE and
 * mmap of one is ENODEV; with too few descriptors free, EMFILE.
 * F_GETPIPE_SZ says 65536; on a file that is no pipe it is EBADF.
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <test.h>

int main(void)
{
	int *volatile unmapped = (int *)8, *volatile kernel = (int *)0xc0000000;
	int fds[2], fd, last = -1;

	EXPECT_ERRNO(pipe(unmapped), EFAULT, "pipe into an unmapped page");
	EXPECT_ERRNO(pipe(kernel), EFAULT, "pipe into kernel space");
	fd = dup(0);
	EXPECT_EQ(fd, 3, "no descriptor was left open by the failures");
	close(fd);
	EXPECT_ERRNO(pipe2(fds, O_APPEND), EINVAL, "pipe2 with O_APPEND");
	EXPECT_ERRNO(pipe2(fds, 0x40000000), EINVAL, "pipe2 with an unknown flag");

	ASSERT_TRUE(pipe2(fds, O_CLOEXEC) == 0, "pipe2(O_CLOEXEC)");
	EXPECT_EQ(fcntl(fds[0], F_GETFD), FD_CLOEXEC, "read end close-on-exec");
	EXPECT_EQ(fcntl(fds[1], F_GETFD), FD_CLOEXEC, "write end close-on-exec");
	EXPECT_EQ(fcntl(fds[0], F_GETFL) & O_CLOEXEC, 0, "not a status flag");
	EXPECT_EQ(fcntl(fds[0], F_GETFL) & O_ACCMODE, O_RDONLY, "read end is O_RDONLY");
	EXPECT_EQ(fcntl(fds[1], F_GETFL) & O_ACCMODE, O_WRONLY, "write end is O_WRONLY");
	EXPECT_ERRNO(lseek(fds[0], 0, SEEK_SET), ESPIPE, "lseek on a pipe");
	EXPECT_EQ(fcntl(fds[0], 1032 /* F_GETPIPE_SZ */), 65536, "F_GETPIPE_SZ");
	EXPECT_ERRNO(fcntl(0, 1032, 0), EBADF, "F_GETPIPE_SZ of no pipe");
	EXPECT_TRUE(mmap(NULL, 4096, PROT_READ, MAP_SHARED, fds[0], 0) == MAP_FAILED &&
		    errno == ENODEV, "mmap of a pipe is ENODEV");
	EXPECT_ERRNO(write(fds[0], "x", 1), EBADF, "write to the read end");
	EXPECT_ERRNO(read(fds[1], fds, 1), EBADF, "read from the write end");
	close(fds[0]);
	close(fds[1]);

	/* Fill the table but one slot: pipe needs two. */
	while ((fd = dup(0)) >= 0)
		last = fd;
	EXPECT_EQ(errno, EMFILE, "table full");
	close(last);
	EXPECT_ERRNO(pipe(fds), EMFILE, "one free slot is not enough");
	fd = dup(0);
	EXPECT_EQ(fd, last, "and the failed pipe left that slot free");
	return test_done();
}
