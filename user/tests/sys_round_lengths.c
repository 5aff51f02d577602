/*
 * Lengths that are not page multiples are rounded up to whole pages:
 * mmap of 1 byte maps a page, munmap and mprotect of 1 byte act on the
 * whole page; mlock of a range inside a page rounds the start down too.
 * madvise and munmap at an unaligned start are EINVAL.
 */
#include "fault_util.h"
#include "mm_maps.h"

static void store_at(void *p)
{
	*(volatile char *)p = 1;
}

int main(void)
{
	char *a = mmap(NULL, 1, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *b;
	struct maps_line l[2];

	ASSERT_TRUE(a != MAP_FAILED, "mmap of 1 byte");
	a[4095] = 1;
	EXPECT_EQ(maps_in_range((unsigned long)a, (unsigned long)a + PAGE, l, 2), 1, "one mapping");
	EXPECT_EQ(l[0].end - (unsigned long)a >= PAGE, 1, "it covers a page");
	EXPECT_EQ(mprotect(a, 1, PROT_READ), 0, "mprotect of 1 byte");
	EXPECT_SIGNALED(test_run_child(store_at, a + 4000), SIGSEGV, "the whole page is read-only");
	EXPECT_EQ(mlock(a + 100, 10), 0, "mlock inside the page");
	EXPECT_EQ(munlock(a + 100, 10), 0, "munlock inside the page");
	EXPECT_ERRNO(madvise(a + 1, 10, MADV_DONTNEED), EINVAL, "madvise at an unaligned start");
	EXPECT_ERRNO(munmap(a + 1, 10), EINVAL, "munmap at an unaligned start");
	EXPECT_EQ(munmap(a, 1), 0, "munmap of 1 byte");
	EXPECT_EQ(maps_in_range((unsigned long)a, (unsigned long)a + PAGE, l, 2), 0, "the page is gone");

	b = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_TRUE(b != MAP_FAILED, "mmap 3 pages");
	EXPECT_EQ(munmap(b + PAGE, PAGE + 1), 0, "munmap of a page and a byte");
	EXPECT_EQ(maps_in_range((unsigned long)b, (unsigned long)b + 3 * PAGE, l, 2), 1, "only page 0 left");
	munmap(b, 3 * PAGE);
	return test_done();
}
