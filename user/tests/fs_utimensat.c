/*
 * Linux guarantees: utimensat sets a file's access and modification times
 * (times[0], times[1]), which stat reports; UTIME_NOW sets one to the
 * current time and UTIME_OMIT leaves it alone; NULL times set both to now.
 * Both UTIME_OMIT is a success that does not even look at the path. A NULL
 * path applies to dirfd's file (futimens) and then takes no flags. A
 * tv_nsec outside 0..999999999 that is neither UTIME_NOW nor UTIME_OMIT,
 * or an unknown flag, is EINVAL. Times survive the file being closed.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <test.h>

static struct stat64 st;

/* The wall clock in seconds (time(2)). */
static long now(void)
{
	return syscall(__NR_time, 0);
}

static void times_of(const char *path)
{
	memset(&st, 0, sizeof(st));
	stat64(path, &st);
}

/* t lies in [lo - 1, hi + 1]: file and process clocks may differ by a tick. */
#define EXPECT_NEAR_NOW(t, lo, hi, what) \
	EXPECT_TRUE((long)(t) >= (long)(lo) - 1 && (long)(t) <= (long)(hi) + 1, what)

int main(void)
{
	struct timespec ts[2];
	long before, after;
	int fd = open("utime-file", O_RDWR | O_CREAT | O_TRUNC, 0644);

	ASSERT_TRUE(fd >= 0, "create");
	close(fd);
	ts[0] = (struct timespec){ 1000000000, 0 };
	ts[1] = (struct timespec){ 1100000000, 0 };
	EXPECT_EQ(utimensat(AT_FDCWD, "utime-file", ts, 0), 0, "utimensat");
	times_of("utime-file");
	EXPECT_EQ(st.st_atime, 1000000000, "the access time");
	EXPECT_EQ(st.st_mtime, 1100000000, "the modification time");

	ts[0] = (struct timespec){ 1200000000, UTIME_OMIT };
	ts[1] = (struct timespec){ 1300000000, 0 };
	EXPECT_EQ(utimensat(AT_FDCWD, "utime-file", ts, 0), 0, "UTIME_OMIT atime");
	times_of("utime-file");
	EXPECT_EQ(st.st_atime, 1000000000, "the access time left alone");
	EXPECT_EQ(st.st_mtime, 1300000000, "the modification time set");

	before = now();
	ts[0] = (struct timespec){ 0, UTIME_NOW };
	ts[1] = (struct timespec){ 0, UTIME_OMIT };
	EXPECT_EQ(utimensat(AT_FDCWD, "utime-file", ts, 0), 0, "UTIME_NOW atime");
	after = now();
	times_of("utime-file");
	EXPECT_NEAR_NOW(st.st_atime, before, after, "UTIME_NOW is now");
	EXPECT_EQ(st.st_mtime, 1300000000, "UTIME_OMIT mtime left alone");
	EXPECT_NEAR_NOW(st.st_ctime, before, after, "the change time is now");

	ts[0] = (struct timespec){ 1000000000, 0 };
	ts[1] = ts[0];
	EXPECT_EQ(utimensat(AT_FDCWD, "utime-file", ts, 0), 0, "set both back");
	before = now();
	EXPECT_EQ(utimensat(AT_FDCWD, "utime-file", NULL, 0), 0, "NULL times");
	after = now();
	times_of("utime-file");
	EXPECT_NEAR_NOW(st.st_atime, before, after, "NULL: atime now");
	EXPECT_NEAR_NOW(st.st_mtime, before, after, "NULL: mtime now");

	ts[0] = (struct timespec){ 0, UTIME_OMIT };
	ts[1] = ts[0];
	EXPECT_EQ(utimensat(AT_FDCWD, "utime-missing", ts, 0), 0,
		  "both UTIME_OMIT: success without looking at the path");

	fd = open("utime-file", O_RDONLY);
	ASSERT_TRUE(fd >= 0, "open");
	ts[0] = (struct timespec){ 1400000000, 0 };
	ts[1] = (struct timespec){ 1500000000, 0 };
	EXPECT_EQ(futimens(fd, ts), 0, "futimens (NULL path)");
	EXPECT_EQ(utimensat(fd, "", ts, AT_EMPTY_PATH), 0, "AT_EMPTY_PATH");
	close(fd);
	times_of("utime-file");
	EXPECT_EQ(st.st_atime, 1400000000, "futimens' access time");
	EXPECT_EQ(st.st_mtime, 1500000000, "futimens' modification time");
	fd = open("utime-file", O_RDONLY);
	EXPECT_ERRNO(syscall(__NR_utimensat, fd, NULL, ts, AT_SYMLINK_NOFOLLOW), EINVAL,
		     "NULL path with a flag");
	close(fd);

	ts[1] = (struct timespec){ 0, 1000000000 };
	EXPECT_ERRNO(utimensat(AT_FDCWD, "utime-file", ts, 0), EINVAL, "tv_nsec 10^9");
	ts[1] = (struct timespec){ 0, -1 };
	EXPECT_ERRNO(utimensat(AT_FDCWD, "utime-file", ts, 0), EINVAL, "tv_nsec -1");
	EXPECT_ERRNO(utimensat(AT_FDCWD, "utime-file", NULL, 0x1), EINVAL, "unknown flag");
	EXPECT_ERRNO(utimensat(AT_FDCWD, "utime-missing", NULL, 0), ENOENT, "missing name");
	EXPECT_ERRNO(utimensat(999, "x", NULL, 0), EBADF, "bad dirfd");
	unlink("utime-file");
	return test_done();
}
