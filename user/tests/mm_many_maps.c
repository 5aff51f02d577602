/*
 * 60000 separate mappings (alternating protections, so none can merge)
 * can exist at once - Linux's limit is 65530 per process - at distinct,
 * non-overlapping addresses; all of them can be unmapped again, and mmap
 * still works afterwards.
 */
#include <sys/mman.h>
#include <test.h>
#include "mm_maps.h"

#define N 60000

static unsigned long addrs[N];

static int cmp(const void *x, const void *y)
{
	unsigned long a = *(const unsigned long *)x, b = *(const unsigned long *)y;

	return a < b ? -1 : a > b;
}

int main(void)
{
	int i, failed = 0, overlaps = 0, unmap_failed = 0;
	void *p;

	for (i = 0; i < N; i++) {
		p = mmap(NULL, PAGE, i % 2 ? PROT_READ : PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED) {
			failed++;
			break;
		}
		addrs[i] = (unsigned long)p;
	}
	EXPECT_EQ(failed, 0, "mmaps that failed before 60000");
	if (failed)
		return test_done();
	qsort(addrs, N, sizeof(addrs[0]), cmp);
	for (i = 1; i < N; i++)
		overlaps += addrs[i] < addrs[i - 1] + PAGE;
	EXPECT_EQ(overlaps, 0, "mappings that overlap another");
	for (i = 0; i < N; i++)
		unmap_failed += munmap((void *)addrs[i], PAGE) != 0;
	EXPECT_EQ(unmap_failed, 0, "munmaps that failed");
	p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	EXPECT_TRUE(p != MAP_FAILED, "mmap after destroying them all");
	return test_done();
}
