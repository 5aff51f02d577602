/*
 * O_PATH: an fd that names a file and nothing more. It opens without read
 * permission being asked and without ->open (a FIFO does not wait for a
 * writer); read, write, lseek, fchmod, fchown, ftruncate, fsync, ioctl,
 * fgetxattr and mmap through it are EBADF, also through a dup of it, and
 * fcntl allows
 * only the fd commands and F_GETFL (which shows O_PATH). What works: fstat,
 * fstatat with AT_EMPTY_PATH, dup, close, the *at calls with it as the
 * directory, and fchdir. With O_NOFOLLOW it names a symbolic link itself.
 * fchdir needs a directory (ENOTDIR) and a valid fd (EBADF).
 */
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <test.h>

#define FIONREAD	0x541B

static void check_no_io(int fd, const char *which)
{
	char c;
	int n;

	EXPECT_ERRNO(read(fd, &c, 1), EBADF, which);
	EXPECT_ERRNO(write(fd, "w", 1), EBADF, which);
	EXPECT_ERRNO(lseek(fd, 0, SEEK_SET), EBADF, which);
	EXPECT_ERRNO(fchmod(fd, 0666), EBADF, which);
	EXPECT_ERRNO(fchown(fd, 0, 0), EBADF, which);
	EXPECT_ERRNO(ftruncate(fd, 0), EBADF, which);
	EXPECT_ERRNO(fsync(fd), EBADF, which);
	EXPECT_ERRNO(ioctl(fd, FIONREAD, &n), EBADF, which);
	EXPECT_ERRNO(syscall(__NR_fgetxattr, fd, "user.x", &c, 1), EBADF, which);
	EXPECT_TRUE(mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0) == MAP_FAILED && errno == EBADF,
		    which);
}

int main(void)
{
	struct stat64 st;
	int fd, dup_fd, dir, f;

	f = open("f", O_RDWR | O_CREAT, 0644);
	ASSERT_TRUE(f >= 0 && write(f, "data", 4) == 4, "a file of 4 bytes");
	close(f);

	fd = open("f", O_PATH);
	ASSERT_TRUE(fd >= 0, "open(O_PATH)");
	check_no_io(fd, "no I/O through an O_PATH fd");
	dup_fd = dup(fd);
	ASSERT_TRUE(dup_fd >= 0, "dup of it");
	check_no_io(dup_fd, "nor through its dup");
	EXPECT_TRUE(fcntl(fd, F_GETFL) & O_PATH, "F_GETFL shows O_PATH");
	EXPECT_EQ(fcntl(fd, F_SETFD, FD_CLOEXEC), 0, "F_SETFD works");
	EXPECT_ERRNO(fcntl(fd, F_SETFL, O_NONBLOCK), EBADF, "F_SETFL does not");
	EXPECT_TRUE(fstat64(fd, &st) == 0 && st.st_size == 4, "fstat works");
	EXPECT_TRUE(fstatat64(fd, "", &st, AT_EMPTY_PATH) == 0 && S_ISREG(st.st_mode),
		    "fstatat with AT_EMPTY_PATH works");
	EXPECT_ERRNO(syscall(__NR_fchdir, fd), ENOTDIR, "fchdir to a file");
	EXPECT_EQ(close(dup_fd), 0, "close works");
	close(fd);

	ASSERT_TRUE(mkdir("d", 0755) == 0, "mkdir");
	f = open("d/inner", O_WRONLY | O_CREAT, 0644);
	ASSERT_TRUE(f >= 0, "a file in it");
	close(f);
	dir = open("d", O_PATH | O_DIRECTORY);
	ASSERT_TRUE(dir >= 0, "O_PATH on a directory");
	f = openat(dir, "inner", O_RDONLY);
	EXPECT_TRUE(f >= 0, "openat relative to it");
	close(f);
	EXPECT_EQ(syscall(__NR_fchdir, dir), 0, "fchdir to it");
	EXPECT_EQ(access("inner", F_OK), 0, "the cwd is now d");
	EXPECT_EQ(chdir(".."), 0, "back");
	close(dir);
	EXPECT_ERRNO(syscall(__NR_fchdir, 999), EBADF, "fchdir of a bad fd");

	ASSERT_TRUE(symlink("f", "l") == 0, "a symbolic link");
	fd = open("l", O_PATH | O_NOFOLLOW);
	EXPECT_TRUE(fd >= 0 && fstat64(fd, &st) == 0 && S_ISLNK(st.st_mode),
		    "O_PATH | O_NOFOLLOW names the link itself");
	close(fd);
	EXPECT_ERRNO(open("l", O_RDONLY | O_NOFOLLOW), ELOOP, "which a plain O_NOFOLLOW refuses");

	ASSERT_TRUE(syscall(__NR_mknod, "fifo", S_IFIFO | 0644, 0) == 0, "a FIFO");
	fd = open("fifo", O_PATH);
	EXPECT_TRUE(fd >= 0, "O_PATH on a FIFO does not wait for a writer");
	close(fd);
	return test_done();
}
