/*
 * mincore's contract. Linux fills one byte per page (bit 0: resident),
 * rounds the length up to whole pages, and fails with EINVAL for an
 * unaligned start and ENOMEM when part of the range is not mapped (also
 * below or across a hole); a bad vector pointer is EFAULT.
 */
#include "fault_util.h"

int main(void)
{
	char *p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char vec[8];

	ASSERT_TRUE(p != MAP_FAILED, "mmap");
	p[PAGE] = 1;
	memset(vec, 0xee, sizeof(vec));
	EXPECT_EQ(mincore(p, 2 * PAGE + 1, vec), 0, "mincore of 2 pages and a byte");
	EXPECT_EQ(vec[0] & 1, 0, "page 0 (untouched)");
	EXPECT_EQ(vec[1] & 1, 1, "page 1 (stored to)");
	EXPECT_EQ(vec[2] & 1, 0, "page 2 (untouched, counted by rounding up)");
	EXPECT_EQ(vec[3], 0xee, "the byte after the vector is not written");

	EXPECT_EQ(mincore(p, 0, vec), 0, "mincore of zero bytes");
	EXPECT_ERRNO(mincore(p + 1, PAGE, vec), EINVAL, "mincore at an unaligned address");
	EXPECT_ERRNO(mincore(test_unmapped_page(), PAGE, vec), ENOMEM, "mincore of an unmapped page");
	EXPECT_EQ(munmap(p + 2 * PAGE, PAGE), 0, "punch a hole at page 2");
	EXPECT_ERRNO(mincore(p, 4 * PAGE, vec), ENOMEM, "mincore across the hole");
	EXPECT_ERRNO(mincore(p, PAGE, (unsigned char *)0xc0000000), EFAULT,
		     "mincore into a kernel-space vector");
	munmap(p, 4 * PAGE);
	return test_done();
}
