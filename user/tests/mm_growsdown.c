/*
 * MAP_GROWSDOWN gives a mapping that grows down on demand like a stack:
 * touching the page just below it extends the mapping (it stays one
 * region, and the new page reads as zero).
 */
#include "fault_util.h"
#include "mm_maps.h"

#define GUARD	(256 * PAGE)

int main(void)
{
	/*
	 * 64 pages, with 1 MiB (Linux's stack guard gap) of free room below
	 * them: a region below within the gap (the vDSO, say) would stop the
	 * growth.
	 */
	char *low = mmap(NULL, 64 * PAGE + GUARD, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *base = low + GUARD;
	char *g;
	struct maps_line l[4];
	int n;

	ASSERT_TRUE(low != MAP_FAILED, "reserve 64 pages and the guard gap below");
	munmap(low, 64 * PAGE + GUARD);
	g = mmap(base + 60 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_GROWSDOWN | MAP_FIXED, -1, 0);
	ASSERT_TRUE(g == base + 60 * PAGE, "MAP_GROWSDOWN of 2 pages");
	g[0] = 7;
	EXPECT_EQ(g[-PAGE + 5], 0, "the page below reads as zero");
	g[-PAGE] = 3;
	EXPECT_EQ(g[-PAGE], 3, "and holds a store");
	n = maps_in_range((unsigned long)base, (unsigned long)base + 64 * PAGE, l, 4);
	EXPECT_EQ(n, 1, "still one mapping");
	if (n >= 1) {
		EXPECT_EQ(l[0].start, (unsigned long)g - PAGE, "it grew by one page");
		EXPECT_EQ(l[0].end, (unsigned long)g + 2 * PAGE, "its end is unchanged");
	}
	EXPECT_EQ(g[0], 7, "the old page keeps its store");
	munmap(base, 64 * PAGE);
	return test_done();
}
