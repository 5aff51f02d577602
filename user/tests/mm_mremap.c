/*
 * mremap: shrinking keeps the address and unmaps the tail; growing keeps
 * the address when the pages after the mapping are free; when they are
 * not, it fails with ENOMEM unless MREMAP_MAYMOVE lets it move, and a
 * moved mapping keeps its contents; MREMAP_FIXED moves it to the address
 * given.
 */
#include <sys/mman.h>
#include <test.h>
#include "mm_maps.h"

int main(void)
{
	int prot = PROT_READ | PROT_WRITE, anon = MAP_PRIVATE | MAP_ANONYMOUS;
	unsigned char *a = mmap(NULL, 16 * PAGE, prot, anon, -1, 0), *r, *dst;
	struct maps_line m[4];

	ASSERT_TRUE(a != MAP_FAILED, "mmap of 16 pages");
	memset(a, 'm', 4 * PAGE);
	/* Keep a 4-page mapping at a, leave 4 pages free after it, block page 8. */
	EXPECT_EQ(munmap(a + 4 * PAGE, 4 * PAGE), 0, "free pages 4-7");
	EXPECT_EQ(munmap(a + 9 * PAGE, 7 * PAGE), 0, "free pages 9-15");
	r = mremap(a, 4 * PAGE, 2 * PAGE, 0);
	EXPECT_PTR_EQ(r, a, "shrinking keeps the address");
	EXPECT_EQ(maps_in_range((unsigned long)a, (unsigned long)a + 8 * PAGE, m, 4) == 1 ? m[0].end : 0,
		  (unsigned long)a + 2 * PAGE, "after shrinking the region ends 2 pages in");
	r = mremap(a, 2 * PAGE, 8 * PAGE, 0);
	EXPECT_PTR_EQ(r, a, "growing into free pages keeps the address");
	EXPECT_EQ(a[7 * PAGE], 0, "the new pages read as zero");
	EXPECT_EQ(a[PAGE], 'm', "the old pages keep their contents");
	EXPECT_ERRNO(mremap(a, 8 * PAGE, 10 * PAGE, 0), ENOMEM,
		     "growing into another mapping without MREMAP_MAYMOVE");
	r = mremap(a, 8 * PAGE, 10 * PAGE, MREMAP_MAYMOVE);
	ASSERT_TRUE(r != MAP_FAILED, "growing with MREMAP_MAYMOVE");
	EXPECT_TRUE(r != a, "the mapping moved");
	EXPECT_EQ(r[0], 'm', "the moved mapping keeps its first byte");
	EXPECT_EQ(r[2 * PAGE - 1], 'm', "and its contents up to the old size");
	EXPECT_EQ(maps_in_range((unsigned long)a, (unsigned long)a + 8 * PAGE, m, 4), 0,
		  "regions left at the old address");
	dst = mmap(NULL, 4 * PAGE, PROT_READ, anon, -1, 0);
	ASSERT_TRUE(dst != MAP_FAILED, "a destination mapping");
	r = mremap(r, 10 * PAGE, 4 * PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, dst);
	EXPECT_PTR_EQ(r, dst, "MREMAP_FIXED moves to the address given, replacing what was there");
	EXPECT_EQ(r[PAGE], 'm', "contents after the fixed move");
	EXPECT_EQ(maps_in_range((unsigned long)dst, (unsigned long)dst + 4 * PAGE, m, 4) == 1
		  ? strcmp(m[0].perms, "rw-p") : -1, 0, "the destination now has the moved rw-p region");
	return test_done();
}
