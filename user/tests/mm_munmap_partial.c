/*
 * munmap of part of a mapping: the front, the back or a hole in the middle
 * leaves the rest mapped with its contents, and the unmapped pages are
 * gone (touching one is SIGSEGV). Unmapping a range with nothing in it
 * succeeds.
 */
#include <sys/mman.h>
#include <test.h>
#include "mm_maps.h"

static void touch(void *p)
{
	*(volatile char *)p = 1;
}

int main(void)
{
	unsigned char *a = mmap(NULL, 6 * PAGE, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct maps_line m[8];
	int i, n;

	ASSERT_TRUE(a != MAP_FAILED, "mmap of 6 pages");
	for (i = 0; i < 6; i++)
		a[i * PAGE] = (unsigned char)('0' + i);
	EXPECT_EQ(munmap(a + 2 * PAGE, 2 * PAGE), 0, "munmap of pages 2-3 (a hole in the middle)");
	n = maps_in_range((unsigned long)a, (unsigned long)a + 6 * PAGE, m, 8);
	EXPECT_EQ(n, 2, "regions left in /proc/self/maps");
	if (n == 2) {
		EXPECT_EQ(m[0].end, (unsigned long)a + 2 * PAGE, "first piece ends at the hole");
		EXPECT_EQ(m[1].start, (unsigned long)a + 4 * PAGE, "second piece starts after it");
	}
	EXPECT_EQ(a[PAGE], '1', "page 1 keeps its contents");
	EXPECT_EQ(a[4 * PAGE], '4', "page 4 keeps its contents");
	EXPECT_SIGNALED(test_run_child(touch, a + 2 * PAGE), SIGSEGV, "touching an unmapped page");
	EXPECT_EQ(munmap(a, PAGE), 0, "munmap of the front page");
	EXPECT_EQ(munmap(a + 5 * PAGE, PAGE), 0, "munmap of the back page");
	EXPECT_EQ(a[PAGE], '1', "page 1 still there");
	EXPECT_EQ(a[4 * PAGE], '4', "page 4 still there");
	EXPECT_SIGNALED(test_run_child(touch, a), SIGSEGV, "touching the unmapped front page");
	EXPECT_EQ(munmap(a + 2 * PAGE, 2 * PAGE), 0, "munmap of a range already unmapped");
	EXPECT_EQ(munmap(a, 6 * PAGE), 0, "munmap spanning pieces and holes");
	EXPECT_EQ(maps_in_range((unsigned long)a, (unsigned long)a + 6 * PAGE, m, 8), 0,
		  "regions left after unmapping everything");
	return test_done();
}
