/*
 * MAP_FIXED replaces whatever was mapped in its range: mapping one page in
 * the middle of a four-page mapping gives a fresh zero page there (and its
 * new protection), while the pages around it keep their contents.
 */
#include <sys/mman.h>
#include <test.h>
#include "mm_maps.h"

int main(void)
{
	unsigned char *a = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char *r;
	struct maps_line m[8];
	int n;

	ASSERT_TRUE(a != MAP_FAILED, "mmap of 4 pages");
	memset(a, 'A', 4 * PAGE);
	r = mmap(a + PAGE, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	EXPECT_PTR_EQ(r, a + PAGE, "MAP_FIXED returns exactly the address asked for");
	EXPECT_EQ(a[PAGE], 0, "the replaced page reads as zero");
	EXPECT_EQ(a[2 * PAGE - 1], 0, "the end of the replaced page reads as zero");
	EXPECT_EQ(a[0], 'A', "the page before keeps its contents");
	EXPECT_EQ(a[2 * PAGE], 'A', "the page after keeps its contents");
	n = maps_in_range((unsigned long)a, (unsigned long)a + 4 * PAGE, m, 8);
	EXPECT_EQ(n, 3, "regions in /proc/self/maps over the four pages");
	if (n == 3) {
		EXPECT_STREQ(m[1].perms, "r--p", "the replaced page is read-only now");
		EXPECT_EQ(m[1].start, (unsigned long)a + PAGE, "its region starts at the fixed address");
		EXPECT_EQ(m[1].end, (unsigned long)a + 2 * PAGE, "and is one page long");
	}
	EXPECT_EQ(munmap(a, 4 * PAGE), 0, "munmap of the whole range");
	return test_done();
}
