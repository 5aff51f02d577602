/*
 * With the legacy bottom-up layout (personality ADDR_COMPAT_LAYOUT, which
 * is the only layout this kernel has) mmap without a hint hands out
 * addresses from the bottom of the mmap area upwards, lowest fit first:
 * a second mapping lies above the first, and after the first is unmapped
 * a mapping of the same size takes its place again.
 * The test sets the personality and re-executes itself, since Linux picks
 * the layout at execve.
 */
#include <sys/mman.h>
#include <sys/personality.h>
#include <test.h>
#include "mm_maps.h"

int main(int argc, char **argv)
{
	int prot = PROT_READ | PROT_WRITE, anon = MAP_PRIVATE | MAP_ANONYMOUS;
	unsigned char *a, *b, *c;

	if (argc < 2) {
		char *args[] = { argv[0], "again", NULL };

		personality(ADDR_COMPAT_LAYOUT);
		execv(argv[0], args);
		test_fail(__FILE__, __LINE__, "execv of %s failed", argv[0]);
		return test_done();
	}
	EXPECT_TRUE(personality(0xffffffff) & ADDR_COMPAT_LAYOUT, "ADDR_COMPAT_LAYOUT survived execve");
	a = mmap(NULL, 64 * PAGE, prot, anon, -1, 0);
	b = mmap(NULL, 64 * PAGE, prot, anon, -1, 0);
	ASSERT_TRUE(a != MAP_FAILED && b != MAP_FAILED, "two mappings");
	EXPECT_TRUE(b > a, "the second mapping lies above the first (bottom-up)");
	EXPECT_EQ(munmap(a, 64 * PAGE), 0, "unmap the first");
	c = mmap(NULL, 64 * PAGE, prot, anon, -1, 0);
	EXPECT_PTR_EQ(c, a, "a mapping of the same size takes the lowest fit: the freed range");
	return test_done();
}
