/*
 * Without MAP_FIXED the address is a hint: Linux uses it when the whole
 * range there is free, and otherwise picks another address that overlaps
 * nothing (it never replaces an existing mapping). An unaligned hint is
 * rounded to one of the page boundaries around it.
 */
#include <sys/mman.h>
#include <test.h>
#include "mm_maps.h"

int main(void)
{
	int prot = PROT_READ | PROT_WRITE, flags = MAP_PRIVATE | MAP_ANONYMOUS;
	unsigned char *hole = mmap(NULL, 16 * PAGE, prot, flags, -1, 0);
	unsigned char *busy, *got;

	ASSERT_TRUE(hole != MAP_FAILED, "mmap of a 16-page area");
	/* Free the middle: a hole we know is free. */
	EXPECT_EQ(munmap(hole + 4 * PAGE, 8 * PAGE), 0, "munmap of the middle 8 pages");
	got = mmap(hole + 6 * PAGE, 2 * PAGE, prot, flags, -1, 0);
	EXPECT_PTR_EQ(got, hole + 6 * PAGE, "a free hint is used as is");
	busy = hole;	/* still mapped */
	busy[0] = 'B';
	got = mmap(busy, 2 * PAGE, prot, flags, -1, 0);
	ASSERT_TRUE(got != MAP_FAILED, "mmap with an occupied hint still succeeds");
	EXPECT_TRUE(got != busy, "an occupied hint is not used");
	EXPECT_TRUE(got + 2 * PAGE <= busy || got >= busy + 4 * PAGE,
		    "the new mapping does not overlap the occupied one");
	EXPECT_EQ(busy[0], 'B', "the occupied mapping keeps its contents");
	got = mmap(hole + 8 * PAGE + 100, PAGE, prot, flags, -1, 0);
	/* Linux rounds down in its top-down layout and up in the bottom-up one. */
	EXPECT_TRUE(got == hole + 8 * PAGE || got == hole + 9 * PAGE,
		    "an unaligned free hint is rounded to a page boundary next to it");
	return test_done();
}
