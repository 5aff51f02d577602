/*
 * mremap works on part of a mapping: growing a page from the middle of a
 * 4-page mapping with MREMAP_MAYMOVE moves just that page (with its
 * contents) and leaves a hole behind, the pages around it untouched; a
 * range spanning two mappings (here split by mprotect) is EFAULT.
 */
#include "fault_util.h"

static void touch_at(void *p)
{
	(void)*(volatile char *)p;
}

int main(void)
{
	char *a = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *n;
	int i;

	ASSERT_TRUE(a != MAP_FAILED, "mmap 4 pages");
	for (i = 0; i < 4; i++)
		memset(a + i * PAGE, 'a' + i, PAGE);
	n = mremap(a + PAGE, PAGE, 3 * PAGE, MREMAP_MAYMOVE);
	ASSERT_TRUE(n != MAP_FAILED, "grow page 1 by moving it");
	EXPECT_TRUE(n != a + PAGE, "it moved");
	EXPECT_EQ(n[0], 'b', "the moved page keeps its bytes");
	EXPECT_EQ(n[PAGE], 0, "the new pages read zero");
	EXPECT_EQ(n[2 * PAGE + 4095], 0, "up to the end");
	EXPECT_EQ(a[0], 'a', "page 0 untouched");
	EXPECT_EQ(a[2 * PAGE], 'c', "page 2 untouched");
	EXPECT_EQ(a[3 * PAGE], 'd', "page 3 untouched");
	EXPECT_SIGNALED(test_run_child(touch_at, a + PAGE), SIGSEGV, "a hole where page 1 was");

	ASSERT_TRUE(mprotect(a + 3 * PAGE, PAGE, PROT_READ) == 0, "split pages 2 and 3");
	EXPECT_ERRNO(mremap(a + 2 * PAGE, 2 * PAGE, 4 * PAGE, MREMAP_MAYMOVE), EFAULT,
		     "mremap across two mappings");
	EXPECT_EQ(a[2 * PAGE], 'c', "page 2 still there");
	munmap(a, 4 * PAGE);
	munmap(n, 3 * PAGE);
	return test_done();
}
