/*
 * statfs64 and fstatfs64 (the i386 calls with 64-bit counts, whose size
 * argument must be 84) describe the filesystem a path or descriptor lives
 * on: a block size, block counts with total >= free >= available, 255-byte
 * names, and f_flags marked valid; the old statfs agrees. A wrong size is
 * EINVAL, a missing path ENOENT, a bad descriptor EBADF.
 */
#include <fcntl.h>
#include <sys/syscall.h>
#include <test.h>

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

#define ST_VALID 0x20

int main(void)
{
	struct statfs64_i386 a, b;
	struct statfs_i386 old;
	int fd;

	ASSERT_TRUE(sizeof(a) == 84, "the i386 layout");
	ASSERT_TRUE(syscall(__NR_statfs64, ".", sizeof(a), &a) == 0, "statfs64 of the cwd");
	EXPECT_TRUE(a.f_bsize >= 512, "a block size");
	EXPECT_TRUE(a.f_blocks >= a.f_bfree && a.f_bfree >= a.f_bavail, "total >= free >= available");
	EXPECT_TRUE(a.f_blocks > 0, "some blocks");
	EXPECT_EQ(a.f_namelen, 255, "255-byte names");
	EXPECT_TRUE(a.f_flags & ST_VALID, "f_flags is filled in");
	EXPECT_EQ(a.f_frsize, a.f_bsize, "fragment size = block size");
	fd = open(".", O_RDONLY);
	ASSERT_TRUE(fd >= 0, "open the cwd");
	ASSERT_TRUE(syscall(__NR_fstatfs64, fd, sizeof(b), &b) == 0, "fstatfs64");
	EXPECT_TRUE(b.f_type == a.f_type && b.f_blocks == a.f_blocks, "the same filesystem");
	EXPECT_ERRNO(syscall(__NR_fstatfs64, 99, sizeof(b), &b), EBADF, "a bad fd");
	EXPECT_ERRNO(syscall(__NR_fstatfs64, fd, 64, &b), EINVAL, "a wrong size");
	close(fd);
	EXPECT_ERRNO(syscall(__NR_statfs64, ".", 88, &a), EINVAL, "statfs64 with a wrong size");
	EXPECT_ERRNO(syscall(__NR_statfs64, "no/such/dir", sizeof(a), &a), ENOENT, "a missing path");
	EXPECT_ERRNO(syscall(__NR_statfs64, ".", sizeof(a), (void *)8), EFAULT, "a bad buffer");
	if (a.f_blocks >> 32 == 0) {
		ASSERT_TRUE(syscall(__NR_statfs, ".", &old) == 0, "the old statfs");
		EXPECT_TRUE(old.f_type == a.f_type && old.f_blocks == a.f_blocks, "agrees");
	}
	return test_done();
}
