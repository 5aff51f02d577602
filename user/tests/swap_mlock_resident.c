/*
 * mlock's promise: locked pages stay in memory. MADV_PAGEOUT of a locked
 * range is refused (EINVAL, as Linux), and paging out a range that holds
 * locked and unlocked pages leaves the locked ones resident.
 */
#include "swap_util.h"

#define LEN	(16 * PAGE)

int main(void)
{
	int swap = swap_start();
	unsigned char *p = mmap(NULL, LEN, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	ASSERT_TRUE(p != MAP_FAILED, "mmap");
	fill(p, LEN, 9);
	EXPECT_EQ(mlock(p, LEN / 2), 0, "mlock the first half");
	EXPECT_ERRNO(madvise(p, LEN / 2, MADV_PAGEOUT), EINVAL, "MADV_PAGEOUT of locked pages");
	EXPECT_EQ(madvise(p + LEN / 2, LEN / 2, MADV_PAGEOUT), 0, "MADV_PAGEOUT of the rest");
	EXPECT_EQ(resident_pages(p, LEN / 2), LEN / 2 / PAGE, "locked pages still resident");
	if (swap == 2)
		EXPECT_EQ(resident_pages(p + LEN / 2, LEN / 2), 0, "unlocked pages paged out");
	EXPECT_EQ(check(p, LEN, 9), -1, "first wrong byte");
	EXPECT_EQ(munlock(p, LEN / 2), 0, "munlock");
	swap_stop(swap);
	munmap(p, LEN);
	return test_done();
}
