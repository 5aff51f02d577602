/*
 * Linux guarantees: statx fills struct statx with every basic field and
 * says so in stx_mask (STATX_BASIC_STATS), whatever mask asked for; the
 * values agree with stat64's (mode, links, owner, inode, size, blocks,
 * block size, the three times, the device as major and minor, and a
 * special file's rdev: /dev/null is 1:3). It takes a dirfd and AT_* flags
 * like fstatat64, and the AT_STATX_*_SYNC flags; both sync flags at once,
 * an unknown flag, or STATX__RESERVED in the mask is EINVAL.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

/* glibc's major() and minor() of a stat64 st_dev (Linux's new encoding). */
static unsigned int dev_major(unsigned long long dev)
{
	return ((dev >> 8) & 0xfff) | ((unsigned int)(dev >> 32) & ~0xfffU);
}

static unsigned int dev_minor(unsigned long long dev)
{
	return (dev & 0xff) | ((unsigned int)(dev >> 12) & ~0xffU);
}

/* Every basic field of stx against st. */
static void expect_same(const struct statx *stx, const struct stat64 *st, const char *what)
{
	char w[80];

#define SAME(field, want) do {						\
	snprintf(w, sizeof(w), "%s: %s", what, #field);			\
	EXPECT_EQ(stx->field, want, w);					\
} while (0)
	SAME(stx_mask & STATX_BASIC_STATS, STATX_BASIC_STATS);
	SAME(stx_mode, st->st_mode);
	SAME(stx_nlink, st->st_nlink);
	SAME(stx_uid, st->st_uid);
	SAME(stx_gid, st->st_gid);
	SAME(stx_ino, st->st_ino);
	SAME(stx_size, (unsigned long long)st->st_size);
	SAME(stx_blocks, st->st_blocks);
	SAME(stx_blksize, st->st_blksize);
	SAME(stx_atime.tv_sec, st->st_atime);
	SAME(stx_atime.tv_nsec, st->st_atime_nsec);
	SAME(stx_mtime.tv_sec, st->st_mtime);
	SAME(stx_mtime.tv_nsec, st->st_mtime_nsec);
	SAME(stx_ctime.tv_sec, st->st_ctime);
	SAME(stx_ctime.tv_nsec, st->st_ctime_nsec);
	SAME(stx_dev_major, dev_major(st->st_dev));
	SAME(stx_dev_minor, dev_minor(st->st_dev));
	SAME(stx_rdev_major, dev_major(st->st_rdev));
	SAME(stx_rdev_minor, dev_minor(st->st_rdev));
#undef SAME
}

int main(void)
{
	static char data[5000];
	struct statx stx;
	struct stat64 st;
	int fd = open("statx-file", O_RDWR | O_CREAT | O_TRUNC, 0604), dir;

	ASSERT_TRUE(fd >= 0, "create");
	EXPECT_EQ(write(fd, data, sizeof(data)), (long)sizeof(data), "write");
	EXPECT_EQ(fsync(fd), 0, "fsync");

	memset(&stx, 0xff, sizeof(stx));
	EXPECT_EQ(statx(AT_FDCWD, "statx-file", 0, STATX_BASIC_STATS, &stx), 0, "statx");
	EXPECT_EQ(stat64("statx-file", &st), 0, "stat64");
	expect_same(&stx, &st, "file");
	EXPECT_EQ(stx.stx_mode, S_IFREG | 0604, "file type and mode");
	EXPECT_EQ(stx.stx_size, 5000, "size");
	EXPECT_EQ(stx.stx_nlink, 1, "one link");
	EXPECT_TRUE(stx.stx_blocks >= 10, "5000 bytes take at least ten 512-byte blocks");
	EXPECT_EQ(stx.stx_uid, 0, "owned by root");

	memset(&stx, 0, sizeof(stx));
	EXPECT_EQ(statx(AT_FDCWD, "statx-file", 0, STATX_SIZE, &stx), 0, "statx, mask size only");
	EXPECT_TRUE(stx.stx_mask & STATX_SIZE, "the size is there");
	EXPECT_EQ(stx.stx_size, 5000, "the size");
	EXPECT_EQ(stx.stx_mode & S_IFMT, S_IFREG, "the type is there too");

	EXPECT_EQ(statx(fd, "", AT_EMPTY_PATH, STATX_BASIC_STATS, &stx), 0, "AT_EMPTY_PATH");
	expect_same(&stx, &st, "AT_EMPTY_PATH");
	dir = open(".", O_RDONLY | O_DIRECTORY);
	ASSERT_TRUE(dir >= 0, "open .");
	EXPECT_EQ(statx(dir, "statx-file", AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &stx), 0,
		  "from dirfd, AT_SYMLINK_NOFOLLOW");
	expect_same(&stx, &st, "dirfd");
	EXPECT_EQ(statx(dir, "statx-file", AT_STATX_FORCE_SYNC, STATX_BASIC_STATS, &stx), 0,
		  "AT_STATX_FORCE_SYNC");
	EXPECT_EQ(statx(dir, "statx-file", AT_STATX_DONT_SYNC, STATX_BASIC_STATS, &stx), 0,
		  "AT_STATX_DONT_SYNC");

	EXPECT_EQ(statx(AT_FDCWD, ".", 0, STATX_BASIC_STATS, &stx), 0, "statx .");
	EXPECT_EQ(stat64(".", &st), 0, "stat64 .");
	expect_same(&stx, &st, "directory");
	EXPECT_TRUE(S_ISDIR(stx.stx_mode), "a directory");

	EXPECT_EQ(statx(AT_FDCWD, "/dev/null", 0, STATX_BASIC_STATS, &stx), 0, "statx /dev/null");
	EXPECT_EQ(stat64("/dev/null", &st), 0, "stat64 /dev/null");
	expect_same(&stx, &st, "/dev/null");
	EXPECT_TRUE(S_ISCHR(stx.stx_mode), "a character device");
	EXPECT_EQ(stx.stx_rdev_major, 1, "rdev major");
	EXPECT_EQ(stx.stx_rdev_minor, 3, "rdev minor");

	EXPECT_ERRNO(statx(dir, "statx-file", AT_STATX_FORCE_SYNC | AT_STATX_DONT_SYNC,
			   STATX_BASIC_STATS, &stx), EINVAL, "both sync flags");
	EXPECT_ERRNO(statx(dir, "statx-file", 0x1, STATX_BASIC_STATS, &stx), EINVAL,
		     "unknown flag");
	EXPECT_ERRNO(statx(dir, "statx-file", 0, STATX__RESERVED, &stx), EINVAL,
		     "STATX__RESERVED");
	EXPECT_ERRNO(statx(dir, "statx-missing", 0, STATX_BASIC_STATS, &stx), ENOENT, "missing");
	EXPECT_ERRNO(statx(dir, "", 0, STATX_BASIC_STATS, &stx), ENOENT, "empty path");
	EXPECT_ERRNO(statx(fd, "x", 0, STATX_BASIC_STATS, &stx), ENOTDIR, "dirfd a file");
	EXPECT_ERRNO(statx(AT_FDCWD, "statx-file", 0, STATX_BASIC_STATS, (void *)16), EFAULT,
		     "bad buffer");
	close(dir);
	close(fd);
	unlink("statx-file");
	return test_done();
}
