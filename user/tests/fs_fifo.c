/*
 * mknod makes FIFOs (and, for root, device nodes): a FIFO opened for
 * reading and for writing is a pipe between the openers. O_WRONLY with
 * O_NONBLOCK and no reader is ENXIO; a blocking open waits for the other
 * side; O_RDWR never waits; lseek is ESPIPE. A second mknod of the name
 * is EEXIST, a directory type EPERM, an unknown type EINVAL. A character
 * device made by mknod works as the device (1:3 is /dev/null); an
 * unprivileged process may not make one (EPERM).
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <test.h>

static long mknod_(const char *path, unsigned int mode, unsigned int dev)
{
	return syscall(__NR_mknod, path, mode, dev);
}

int main(void)
{
	struct stat st;
	char buf[8] = { 0 };
	int r, w, status;
	pid_t pid;

	ASSERT_TRUE(mknod_("fifo", S_IFIFO | 0644, 0) == 0, "mknod a FIFO");
	ASSERT_TRUE(stat("fifo", &st) == 0, "stat");
	EXPECT_TRUE(S_ISFIFO(st.st_mode), "it is a FIFO");
	EXPECT_ERRNO(mknod_("fifo", S_IFIFO | 0644, 0), EEXIST, "twice");
	EXPECT_ERRNO(mknod_("dir", S_IFDIR | 0755, 0), EPERM, "a directory");
	EXPECT_ERRNO(mknod_("odd", 0170000 | 0644, 0), EINVAL, "an unknown type");

	EXPECT_ERRNO(open("fifo", O_WRONLY | O_NONBLOCK), ENXIO, "a writer without a reader");
	r = open("fifo", O_RDONLY | O_NONBLOCK);
	ASSERT_TRUE(r >= 0, "a non-blocking reader opens at once");
	EXPECT_EQ(read(r, buf, sizeof(buf)), 0, "no writer: end of file");
	w = open("fifo", O_WRONLY | O_NONBLOCK);
	ASSERT_TRUE(w >= 0, "now a writer may open");
	EXPECT_EQ(write(w, "abc", 3), 3, "write");
	EXPECT_EQ(read(r, buf, sizeof(buf)), 3, "the reader gets it");
	EXPECT_ERRNO(lseek(r, 0, SEEK_SET), ESPIPE, "lseek");
	close(w);
	close(r);

	pid = fork();
	if (pid == 0) {
		int fd = open("fifo", O_WRONLY);	/* waits for the reader */

		_exit(fd >= 0 && write(fd, "hi", 2) == 2 ? 0 : 1);
	}
	ASSERT_TRUE(pid > 0, "fork");
	r = open("fifo", O_RDONLY);		/* waits for the writer */
	ASSERT_TRUE(r >= 0, "a blocking reader");
	memset(buf, 0, sizeof(buf));
	EXPECT_EQ(read(r, buf, sizeof(buf)), 2, "gets the child's bytes");
	EXPECT_STREQ(buf, "hi", "in order");
	close(r);
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "reap");
	EXPECT_EXITED(status, 0, "the writer");
	r = open("fifo", O_RDWR);
	EXPECT_TRUE(r >= 0, "O_RDWR does not wait");
	close(r);
	EXPECT_EQ(unlink("fifo"), 0, "unlink");

	ASSERT_TRUE(mknod_("nulldev", S_IFCHR | 0666, (1 << 8) | 3) == 0, "mknod 1:3 as root");
	ASSERT_TRUE(stat("nulldev", &st) == 0, "stat");
	EXPECT_TRUE(S_ISCHR(st.st_mode) && st.st_rdev == ((1 << 8) | 3), "a character device 1:3");
	w = open("nulldev", O_WRONLY);
	EXPECT_EQ(write(w, "gone", 4), 4, "it swallows writes as /dev/null");
	close(w);
	unlink("nulldev");
	ASSERT_TRUE(mkdir("open", 0777) == 0 && chmod("open", 0777) == 0, "a directory anyone may write");
	pid = fork();
	if (pid == 0) {
		syscall(__NR_setresuid32, 65534, 65534, 65534);
		_exit(mknod_("open/dev2", S_IFCHR | 0666, 0x103) == -1 && errno == EPERM ? 0 : 1);
	}
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "reap");
	EXPECT_EXITED(status, 0, "an unprivileged mknod of a device is EPERM");
	rmdir("open");
	return test_done();
}
