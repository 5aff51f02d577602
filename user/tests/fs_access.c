/*
 * Linux guarantees (for root, who is every user here): access and
 * faccessat say whether a name exists (F_OK, else ENOENT) and grant read
 * and write whatever the mode bits say; execute (X_OK) needs at least one
 * x bit on a file (else EACCES) but is always granted on a directory. A
 * mode outside F_OK|R_OK|W_OK|X_OK is EINVAL. faccessat (307) walks from a
 * dirfd; faccessat2 (439) also takes AT_EACCESS, AT_SYMLINK_NOFOLLOW and
 * AT_EMPTY_PATH, and EINVAL for any other flag.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <test.h>

/* Make name with exactly these mode bits (the caller cleared the umask). */
static void make(const char *name, int mode, int dir)
{
	int fd;

	if (dir) {
		ASSERT_TRUE(mkdir(name, mode) == 0, "mkdir");
	} else {
		fd = open(name, O_WRONLY | O_CREAT | O_EXCL, mode);
		ASSERT_TRUE(fd >= 0, "create");
		close(fd);
	}
}

int main(void)
{
	int dir, fd;

	umask(0);
	make("access-none", 0, 0);
	make("access-gx", 010, 0);
	make("access-dir", 0, 1);

	EXPECT_EQ(access("access-none", F_OK), 0, "F_OK on an existing file");
	EXPECT_ERRNO(access("access-missing", F_OK), ENOENT, "F_OK on a missing name");
	EXPECT_ERRNO(access("access-none/x", F_OK), ENOTDIR, "through a file");
	EXPECT_EQ(access("access-none", R_OK), 0, "root reads a mode-0 file");
	EXPECT_EQ(access("access-none", W_OK), 0, "root writes a mode-0 file");
	EXPECT_EQ(access("access-none", R_OK | W_OK), 0, "R_OK|W_OK");
	EXPECT_ERRNO(access("access-none", X_OK), EACCES, "X_OK without any x bit");
	EXPECT_ERRNO(access("access-none", R_OK | X_OK), EACCES, "R_OK|X_OK without any x bit");
	EXPECT_EQ(access("access-gx", X_OK), 0, "X_OK with a group x bit");
	EXPECT_EQ(access("access-dir", X_OK), 0, "X_OK on a mode-0 directory");
	EXPECT_EQ(access("access-dir", R_OK | W_OK | X_OK), 0, "everything on a directory");
	EXPECT_ERRNO(access("access-none", 8), EINVAL, "mode 8");
	EXPECT_ERRNO(access("access-none", -1), EINVAL, "mode -1");

	dir = open(".", O_RDONLY | O_DIRECTORY);
	ASSERT_TRUE(dir >= 0, "open .");
	EXPECT_EQ(syscall(__NR_faccessat, dir, "access-gx", X_OK), 0, "faccessat from dirfd");
	EXPECT_ERRNO(syscall(__NR_faccessat, dir, "access-none", X_OK), EACCES,
		     "faccessat X_OK without an x bit");
	EXPECT_ERRNO(syscall(__NR_faccessat, 999, "access-gx", F_OK), EBADF, "bad dirfd");
	EXPECT_EQ(syscall(__NR_faccessat2, dir, "access-none", R_OK | W_OK, AT_EACCESS), 0,
		  "faccessat2 AT_EACCESS");
	EXPECT_EQ(syscall(__NR_faccessat2, dir, "access-gx", X_OK, AT_SYMLINK_NOFOLLOW), 0,
		  "faccessat2 AT_SYMLINK_NOFOLLOW");
	fd = open("access-gx", O_RDONLY);
	ASSERT_TRUE(fd >= 0, "open");
	EXPECT_EQ(syscall(__NR_faccessat2, fd, "", X_OK, AT_EMPTY_PATH), 0,
		  "faccessat2 AT_EMPTY_PATH");
	EXPECT_ERRNO(syscall(__NR_faccessat2, fd, "", F_OK, 0), ENOENT, "empty path, no flag");
	EXPECT_ERRNO(syscall(__NR_faccessat2, dir, "access-gx", F_OK, 0x1), EINVAL,
		     "faccessat2 unknown flag");
	EXPECT_EQ(faccessat(dir, "access-none", W_OK, AT_EACCESS), 0, "libc faccessat");
	close(fd);
	close(dir);

	unlink("access-none");
	unlink("access-gx");
	rmdir("access-dir");
	return test_done();
}
