/*
 * The original i386 mmap system call (number 90) takes one pointer to a
 * block of six arguments, with the file offset in bytes: it maps anonymous
 * memory and files like mmap2, and an offset that is not a multiple of the
 * page size is EINVAL.
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <test.h>
#include "mm_maps.h"

int main(void)
{
	static char page[PAGE];
	unsigned char *a, *f;
	int fd;

	a = old_mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_TRUE(a != MAP_FAILED, "old_mmap of 2 anonymous pages");
	EXPECT_EQ(a[PAGE + 7], 0, "anonymous memory reads as zero");
	a[PAGE + 7] = 'z';
	EXPECT_EQ(a[PAGE + 7], 'z', "and is writable");

	fd = open("mm_old_mmap.tmp", O_RDWR | O_CREAT | O_TRUNC, 0600);
	ASSERT_TRUE(fd >= 0, "create a scratch file");
	memset(page, 'a', PAGE);
	EXPECT_EQ(write(fd, page, PAGE), (long)PAGE, "write page 0 of 'a'");
	memset(page, 'b', PAGE);
	EXPECT_EQ(write(fd, page, PAGE), (long)PAGE, "write page 1 of 'b'");
	f = old_mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, PAGE);
	ASSERT_TRUE(f != MAP_FAILED, "old_mmap of the file at byte offset 4096");
	EXPECT_EQ(f[0], 'b', "the mapping starts at file page 1");
	EXPECT_EQ(f[PAGE - 1], 'b', "and covers all of it");
	EXPECT_ERRNO(old_mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, 100), EINVAL,
		     "an offset that is not page-aligned");
	close(fd);
	unlink("mm_old_mmap.tmp");
	return test_done();
}
