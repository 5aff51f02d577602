/*
 * Reading memory nobody wrote. Linux guarantees zeros for anonymous
 * mappings and for brk heap growth, and a read fault makes the page
 * resident (Linux maps its shared zero page read-only) without changing
 * what a later store and load see.
 */
#include "fault_util.h"

#define NPAGES 64

int main(void)
{
	char *p = mmap(NULL, NPAGES * PAGE, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned long i, sum = 0;
	char *heap;

	ASSERT_TRUE(p != MAP_FAILED, "mmap 64 anonymous pages");
	for (i = 0; i < NPAGES * PAGE; i += 64)
		sum += (unsigned char)p[i];
	EXPECT_EQ(sum, 0, "sum of bytes read from untouched pages");
	EXPECT_EQ(resident_pages(p, NPAGES), NPAGES, "pages resident after reading all of them");

	/* A store after a read fault gets a private page, zeros elsewhere. */
	p[10 * PAGE + 100] = 7;
	EXPECT_EQ(p[10 * PAGE + 100], 7, "byte stored after reading the page");
	EXPECT_EQ(p[10 * PAGE + 99], 0, "its neighbour");
	EXPECT_EQ(p[11 * PAGE + 100], 0, "the same offset on the next page");

	/* The heap: growing the break gives zeroed memory too. */
	heap = sbrk(8 * PAGE);
	ASSERT_TRUE(heap != (char *)-1, "sbrk 8 pages");
	for (sum = 0, i = 0; i < 8 * PAGE; i += 128)
		sum += (unsigned char)heap[i];
	EXPECT_EQ(sum, 0, "sum of bytes read from new heap pages");
	heap[5 * PAGE] = 3;
	EXPECT_EQ(heap[5 * PAGE], 3, "store into the heap");

	munmap(p, NPAGES * PAGE);
	return test_done();
}
