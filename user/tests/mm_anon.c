/*
 * An anonymous private mapping: mmap returns a page-aligned address, every
 * byte reads as zero, it can be written and read back, and two mappings
 * made one after the other do not overlap. munmap of it succeeds.
 */
#include <sys/mman.h>
#include <test.h>
#include "mm_maps.h"

int main(void)
{
	size_t len = 8 * PAGE;
	unsigned char *a = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char *b = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	size_t i, nonzero = 0;

	ASSERT_TRUE(a != MAP_FAILED && b != MAP_FAILED, "mmap of 8 anonymous pages");
	EXPECT_EQ((unsigned long)a % PAGE, 0, "first mapping is page-aligned");
	EXPECT_EQ((unsigned long)b % PAGE, 0, "second mapping is page-aligned");
	EXPECT_TRUE(a + len <= b || b + len <= a, "the two mappings do not overlap");
	for (i = 0; i < len; i++)
		nonzero += a[i] != 0;
	EXPECT_EQ(nonzero, 0, "bytes that are not zero in a fresh mapping");
	for (i = 0; i < len; i += 512)
		a[i] = (unsigned char)(i / 512 + 1);
	for (i = 0; i < len; i += 512)
		EXPECT_EQ(a[i], (unsigned char)(i / 512 + 1), "byte written reads back");
	EXPECT_EQ(munmap(a, len), 0, "munmap of the first mapping");
	EXPECT_EQ(munmap(b, len), 0, "munmap of the second mapping");
	return test_done();
}
