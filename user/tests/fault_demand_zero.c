/*
 * Demand paging of anonymous memory. Linux guarantees that a fresh
 * MAP_PRIVATE|MAP_ANONYMOUS mapping reads as zeros, and (what mincore makes
 * visible) that no page of it is resident until it is first touched: mmap
 * only promises the memory, the page fault delivers it page by page.
 */
#include "fault_util.h"

#define NPAGES 16

int main(void)
{
	char *p = mmap(NULL, NPAGES * PAGE, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned long i;

	ASSERT_TRUE(p != MAP_FAILED, "mmap 16 anonymous pages");
	EXPECT_EQ(resident_pages(p, NPAGES), 0, "resident pages right after mmap");

	p[3 * PAGE + 5] = 42;
	EXPECT_EQ(page_resident(p + 3 * PAGE), 1, "page 3 resident after a store");
	EXPECT_EQ(resident_pages(p, NPAGES), 1, "resident pages after one store");
	EXPECT_EQ(p[3 * PAGE + 5], 42, "the stored byte");

	for (i = 0; i < PAGE; i++)
		if (p[3 * PAGE + i] != (i == 5 ? 42 : 0))
			break;
	EXPECT_EQ(i, PAGE, "first byte of page 3 that is not zero (except the store)");

	for (i = 8; i < NPAGES; i++)
		p[i * PAGE] = (char)i;
	EXPECT_EQ(resident_pages(p, NPAGES), 1 + NPAGES - 8, "resident after storing to pages 8..15");
	EXPECT_EQ(resident_pages(p, 3), 0, "pages 0..2 still untouched");
	for (i = 8; i < NPAGES; i++)
		EXPECT_EQ(p[i * PAGE], (char)i, "byte stored at the start of a page");

	EXPECT_EQ(munmap(p, NPAGES * PAGE), 0, "munmap");
	return test_done();
}
