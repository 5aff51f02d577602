/*
 * The errors Linux gives for bad mmap, munmap, mprotect and mremap
 * arguments (checked here against Linux itself):
 *   mmap: length 0, MAP_FIXED at an unaligned address, neither MAP_SHARED
 *   nor MAP_PRIVATE -> EINVAL; a closed fd -> EBADF; MAP_SHARED|PROT_WRITE
 *   of a file opened O_RDONLY -> EACCES; a length beyond the address space
 *   -> ENOMEM.
 *   munmap: unaligned address or length 0 -> EINVAL.
 *   mprotect: unaligned address -> EINVAL; a range with unmapped pages ->
 *   ENOMEM; length 0 -> success.
 *   mremap: unaligned address or new length 0 -> EINVAL; growing with no
 *   room and no MREMAP_MAYMOVE -> ENOMEM; an unmapped old address -> EFAULT.
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <test.h>
#include "mm_maps.h"

int main(void)
{
	int prot = PROT_READ | PROT_WRITE, anon = MAP_PRIVATE | MAP_ANONYMOUS;
	unsigned char *a = mmap(NULL, 4 * PAGE, prot, anon, -1, 0);
	unsigned char *gone;
	int fd;

	ASSERT_TRUE(a != MAP_FAILED, "mmap of 4 pages");
	EXPECT_ERRNO(mmap(NULL, 0, prot, anon, -1, 0), EINVAL, "mmap of length 0");
	EXPECT_ERRNO(mmap(a + 1, PAGE, prot, anon | MAP_FIXED, -1, 0), EINVAL,
		     "MAP_FIXED at an unaligned address");
	EXPECT_ERRNO(mmap(NULL, PAGE, prot, MAP_ANONYMOUS, -1, 0), EINVAL,
		     "neither MAP_SHARED nor MAP_PRIVATE");
	EXPECT_ERRNO(mmap(NULL, PAGE, prot, MAP_PRIVATE, 99, 0), EBADF, "mmap of a closed fd");
	EXPECT_ERRNO(mmap(NULL, 0xfffff000UL, prot, anon, -1, 0), ENOMEM,
		     "mmap longer than the address space");

	fd = open("mm_errors.tmp", O_RDWR | O_CREAT | O_TRUNC, 0600);
	ASSERT_TRUE(fd >= 0, "create a scratch file");
	EXPECT_EQ(write(fd, a, PAGE), (long)PAGE, "write a page to it");
	close(fd);
	fd = open("mm_errors.tmp", O_RDONLY);
	ASSERT_TRUE(fd >= 0, "open it read-only");
	EXPECT_ERRNO(mmap(NULL, PAGE, prot, MAP_SHARED, fd, 0), EACCES,
		     "MAP_SHARED|PROT_WRITE of an O_RDONLY file");
	gone = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, fd, 0);
	EXPECT_TRUE(gone != MAP_FAILED, "MAP_SHARED|PROT_READ of it works");
	if (gone != MAP_FAILED) {
		EXPECT_ERRNO(mprotect(gone, PAGE, prot), EACCES,
			     "mprotect PROT_WRITE of that shared read-only mapping");
		munmap(gone, PAGE);
	}
	close(fd);
	unlink("mm_errors.tmp");

	EXPECT_ERRNO(munmap(a + 1, PAGE), EINVAL, "munmap at an unaligned address");
	EXPECT_ERRNO(munmap(a, 0), EINVAL, "munmap of length 0");
	EXPECT_ERRNO(mprotect(a + 1, PAGE, PROT_READ), EINVAL, "mprotect at an unaligned address");
	EXPECT_EQ(mprotect(a, 0, PROT_READ), 0, "mprotect of length 0 succeeds");
	EXPECT_EQ(munmap(a + 2 * PAGE, PAGE), 0, "make a hole at page 2");
	EXPECT_ERRNO(mprotect(a, 4 * PAGE, PROT_READ), ENOMEM, "mprotect over a hole");
	EXPECT_ERRNO(mprotect(a + 2 * PAGE, PAGE, PROT_READ), ENOMEM, "mprotect of an unmapped page");

	EXPECT_ERRNO(mremap(a + 1, PAGE, 2 * PAGE, 0), EINVAL, "mremap at an unaligned address");
	EXPECT_ERRNO(mremap(a, PAGE, 0, 0), EINVAL, "mremap to length 0");
	EXPECT_ERRNO(mremap(a, PAGE, 2 * PAGE, 0), ENOMEM,
		     "mremap growing into the next page with no MREMAP_MAYMOVE");
	EXPECT_ERRNO(mremap(a + 2 * PAGE, PAGE, 2 * PAGE, MREMAP_MAYMOVE), EFAULT,
		     "mremap of an unmapped address");
	return test_done();
}
