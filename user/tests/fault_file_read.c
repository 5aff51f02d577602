/*
 * A file mapping shows the file. Linux guarantees that the bytes of a
 * mapping equal what read() returns at the same file offset, for mappings
 * at any page-aligned offset, and that the part of the last page past the
 * end of the file reads as zeros.
 */
#include "fault_util.h"

#define SIZE (5 * PAGE + 1000)	/* the last page is partly past EOF */

static char buf[PAGE];

/* Compare npages pages of map (file offset off) with read(). */
static int compare_with_read(int fd, const char *map, unsigned long off, unsigned long len)
{
	unsigned long done;

	for (done = 0; done < len; done += PAGE) {
		unsigned long n = len - done < PAGE ? len - done : PAGE;

		if (read_at(fd, off + done, buf, n) != 0 || memcmp(buf, map + done, n) != 0)
			return -1;
	}
	return 0;
}

int main(void)
{
	int fd = make_test_file("fault_file_read.dat", SIZE);
	char *whole, *mid;
	unsigned long i;

	whole = mmap(NULL, 6 * PAGE, PROT_READ, MAP_SHARED, fd, 0);
	ASSERT_TRUE(whole != MAP_FAILED, "mmap the whole file");
	EXPECT_EQ(compare_with_read(fd, whole, 0, SIZE), 0, "whole mapping vs read()");
	for (i = SIZE; i < 6 * PAGE; i++)
		if (whole[i] != 0)
			break;
	EXPECT_EQ(i, 6 * PAGE, "first non-zero byte past EOF in the last page");

	/* Pages read back to front: each fault finds the right file page. */
	for (i = 5; i + 1 > 0; i--)
		EXPECT_EQ(whole[i * PAGE + 3], file_byte(i * PAGE + 3), "first bytes of a page");

	mid = mmap(NULL, 2 * PAGE, PROT_READ, MAP_PRIVATE, fd, 3 * PAGE);
	ASSERT_TRUE(mid != MAP_FAILED, "mmap 2 pages at file offset 3 pages");
	EXPECT_EQ(compare_with_read(fd, mid, 3 * PAGE, 2 * PAGE), 0, "offset mapping vs read()");
	EXPECT_EQ(mid[0], whole[3 * PAGE], "two mappings of one file page");

	EXPECT_ERRNO(mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE, fd, 100), EINVAL,
		     "mmap at an unaligned file offset");

	munmap(whole, 6 * PAGE);
	munmap(mid, 2 * PAGE);
	close(fd);
	unlink("fault_file_read.dat");
	return test_done();
}
