/*
 * Linux guarantees: statfs64 (268) and fstatfs64 (269) describe the
 * filesystem a path or an open file is on, in the 84-byte i386 struct
 * statfs64 (any other size is EINVAL): procfs has magic 0x9fa0 and no
 * blocks; a disk filesystem has f_bavail <= f_bfree <= f_blocks and
 * f_ffree <= f_files, a power-of-two block size, and the same answer for
 * a path and for a file open on it; f_flags has ST_VALID; two
 * filesystems have different fsids. The old statfs (99) gives the same
 * in 32-bit fields. ENOENT, EBADF and EFAULT as for stat.
 */
#include <fcntl.h>
#include "proc_fs_util.h"

#define PROC_SUPER_MAGIC	0x9fa0
#define ST_VALID		0x0020

struct statfs64_i386 {
	unsigned int f_type, f_bsize;
	unsigned long long f_blocks, f_bfree, f_bavail, f_files, f_ffree;
	int f_fsid[2];
	unsigned int f_namelen, f_frsize, f_flags, f_spare[4];
} __attribute__((packed, aligned(4)));

struct statfs_i386 {
	unsigned int f_type, f_bsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree;
	int f_fsid[2];
	unsigned int f_namelen, f_frsize, f_flags, f_spare[4];
};

static long statfs64(const char *path, struct statfs64_i386 *st)
{
	return syscall(__NR_statfs64, path, sizeof(*st), st);
}

int main(void)
{
	struct statfs64_i386 proc, here, fd_here;
	struct statfs_i386 old;
	int fd;

	EXPECT_EQ(sizeof(proc), 84, "struct statfs64 is 84 bytes");
	ASSERT_TRUE(statfs64("/proc", &proc) == 0, "statfs64 /proc");
	EXPECT_EQ(proc.f_type, PROC_SUPER_MAGIC, "procfs's magic");
	EXPECT_EQ(proc.f_blocks, 0, "procfs has no blocks");
	EXPECT_TRUE(proc.f_bsize > 0 && proc.f_namelen == 255, "a block size; names of 255");
	EXPECT_TRUE(proc.f_flags & ST_VALID, "ST_VALID");

	ASSERT_TRUE(statfs64(".", &here) == 0, "statfs64 of the current directory");
	EXPECT_TRUE(here.f_blocks > 0, "a disk filesystem has blocks");
	EXPECT_TRUE(here.f_bavail <= here.f_bfree && here.f_bfree <= here.f_blocks,
		    "f_bavail <= f_bfree <= f_blocks");
	EXPECT_TRUE(here.f_ffree <= here.f_files, "f_ffree <= f_files");
	EXPECT_TRUE(here.f_bsize >= 512 && !(here.f_bsize & (here.f_bsize - 1)),
		    "the block size is a power of two");
	EXPECT_EQ(here.f_frsize, here.f_bsize, "the fragment size is the block size");
	EXPECT_TRUE(here.f_flags & ST_VALID, "ST_VALID");
	EXPECT_TRUE(here.f_fsid[0] != proc.f_fsid[0] || here.f_fsid[1] != proc.f_fsid[1],
		    "two filesystems, two fsids");

	fd = open(".", O_RDONLY);
	ASSERT_TRUE(fd >= 0, "open .");
	ASSERT_TRUE(syscall(__NR_fstatfs64, fd, sizeof(fd_here), &fd_here) == 0, "fstatfs64");
	EXPECT_TRUE(fd_here.f_type == here.f_type && fd_here.f_bsize == here.f_bsize &&
		    fd_here.f_blocks == here.f_blocks && fd_here.f_fsid[0] == here.f_fsid[0] &&
		    fd_here.f_fsid[1] == here.f_fsid[1], "an open file answers as its path");
	EXPECT_ERRNO(syscall(__NR_fstatfs64, fd, 88, &fd_here), EINVAL, "a wrong size");
	close(fd);

	ASSERT_TRUE(syscall(__NR_statfs, "/proc", &old) == 0, "the old statfs");
	EXPECT_TRUE(old.f_type == PROC_SUPER_MAGIC && old.f_bsize == proc.f_bsize &&
		    old.f_blocks == 0, "the same in 32 bits");
	EXPECT_ERRNO(syscall(__NR_statfs64, "/proc", 64, &proc), EINVAL, "a wrong size");
	EXPECT_ERRNO(statfs64("no-such-file", &proc), ENOENT, "no such file");
	EXPECT_ERRNO(syscall(__NR_fstatfs64, 999, sizeof(proc), &proc), EBADF, "a bad fd");
	EXPECT_ERRNO(statfs64("/proc", NULL), EFAULT, "a NULL buffer");
	EXPECT_ERRNO(syscall(__NR_fstatfs, 999, &old), EBADF, "fstatfs: a bad fd");
	return test_done();
}
