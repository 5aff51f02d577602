/*
 * mremap with MREMAP_FIXED | MREMAP_MAYMOVE moves a mapping to the address
 * given, replacing whatever was mapped there, and keeps its contents;
 * MREMAP_FIXED without MREMAP_MAYMOVE, or an unaligned new address, is
 * EINVAL; a new range overlapping the old one is EINVAL.
 */
#include <sys/mman.h>
#include <test.h>

#define PAGE 4096

int main(void)
{
	int prot = PROT_READ | PROT_WRITE, anon = MAP_PRIVATE | MAP_ANONYMOUS;
	char *a = mmap(NULL, 2 * PAGE, prot, anon, -1, 0);
	char *b = mmap(NULL, 4 * PAGE, prot, anon, -1, 0);
	char *n;

	ASSERT_TRUE(a != MAP_FAILED && b != MAP_FAILED, "two mappings");
	memset(a, 'a', 2 * PAGE);
	memset(b, 'b', 4 * PAGE);
	EXPECT_ERRNO(mremap(a, 2 * PAGE, 2 * PAGE, MREMAP_FIXED, b), EINVAL, "MREMAP_FIXED alone");
	EXPECT_ERRNO(mremap(a, 2 * PAGE, 2 * PAGE, MREMAP_FIXED | MREMAP_MAYMOVE, b + 1), EINVAL,
		     "an unaligned new address");
	EXPECT_ERRNO(mremap(a, 2 * PAGE, 2 * PAGE, MREMAP_FIXED | MREMAP_MAYMOVE, a + PAGE), EINVAL,
		     "a new range overlapping the old one");
	n = mremap(a, 2 * PAGE, 3 * PAGE, MREMAP_FIXED | MREMAP_MAYMOVE, b + PAGE);
	EXPECT_PTR_EQ(n, b + PAGE, "moved onto b's pages 1-3");
	if (n == b + PAGE) {
		EXPECT_EQ(n[0], 'a', "the moved bytes");
		EXPECT_EQ(n[2 * PAGE - 1], 'a', "up to the old end");
		EXPECT_EQ(n[2 * PAGE], 0, "the grown page reads zero");
		EXPECT_EQ(b[0], 'b', "b's page 0 untouched");
	}
	munmap(b, 4 * PAGE);
	return test_done();
}
