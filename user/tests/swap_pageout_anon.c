/*
 * Anonymous pages pushed out to swap come back with every byte intact.
 * Linux's MADV_PAGEOUT (5.4) reclaims the range at once: with swap, the
 * private anonymous pages are written to it and freed (mincore: not
 * resident) and the next touch reads them back (a major fault); without
 * swap they simply stay. swapoff then brings every page back into memory.
 */
#include "swap_util.h"

#define LEN	(64 * PAGE)

int main(void)
{
	int swap = swap_start();
	unsigned char *p = mmap(NULL, LEN, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	ASSERT_TRUE(p != MAP_FAILED, "mmap 64 pages");
	fill(p, LEN, 1);
	EXPECT_EQ(madvise(p, LEN, MADV_PAGEOUT), 0, "madvise(MADV_PAGEOUT)");
	if (swap == 2)
		EXPECT_EQ(resident_pages(p, LEN), 0, "pages resident after MADV_PAGEOUT with swap");
	EXPECT_EQ(check(p, LEN, 1), -1, "first wrong byte after paging out and in");
	EXPECT_EQ(resident_pages(p, LEN), LEN / PAGE, "pages resident after reading them");
	/* Out again, then swapoff brings them in without a touch. */
	fill(p, LEN, 2);
	EXPECT_EQ(madvise(p, LEN, MADV_PAGEOUT), 0, "MADV_PAGEOUT again");
	swap_stop(swap);
	if (swap == 2)
		EXPECT_EQ(resident_pages(p, LEN), LEN / PAGE, "pages resident after swapoff");
	EXPECT_EQ(check(p, LEN, 2), -1, "first wrong byte after swapoff");
	munmap(p, LEN);
	return test_done();
}
