/*
 * Linux's default layout on i386 is top-down (arch_pick_mmap_layout): mmap
 * without a hint hands out the highest free range below mmap_base, which
 * lies a gap below the stack, so mappings sit far above the 1/3 point of
 * the address space where the legacy layout starts, and below the stack.
 * A second mapping lies directly below the first; after the upper one is
 * unmapped a mapping of the same size takes its place again.
 * The expectations come from the stack's address and the break, not
 * from constants: the host's 32-bit processes see almost 4 GiB. (With
 * vm.legacy_va_layout set, as in the legacy test boot, there is nothing
 * top-down to check.)
 */
#include <sys/mman.h>
#include <sys/personality.h>
#include <test.h>
#include "mm_commit_meminfo.h"
#include "mm_maps.h"

int main(void)
{
	int prot = PROT_READ | PROT_WRITE, anon = MAP_PRIVATE | MAP_ANONYMOUS;
	unsigned long stack = (unsigned long)&prot, brk = (unsigned long)sbrk(0);
	unsigned long len = 64 * PAGE;
	unsigned char *a, *b, *c;

	if (sysctl_read("/proc/sys/vm/legacy_va_layout") > 0) {
		printf("vm.legacy_va_layout is set: no program gets the top-down layout\n");
		return test_done();
	}
	EXPECT_TRUE(!(personality(0xffffffff) & ADDR_COMPAT_LAYOUT), "the default personality");
	a = mmap(NULL, len, prot, anon, -1, 0);
	b = mmap(NULL, len, prot, anon, -1, 0);
	ASSERT_TRUE(a != MAP_FAILED && b != MAP_FAILED, "two mappings");
	EXPECT_TRUE((unsigned long)a > stack / 2, "the first mapping lies in the top half, near the stack");
	EXPECT_TRUE((unsigned long)a + len <= stack, "and below the stack");
	EXPECT_TRUE((unsigned long)b > brk, "both lie above the heap");
	EXPECT_PTR_EQ(b + len, a, "the second mapping lies directly below the first (top-down)");
	EXPECT_EQ(munmap(a, len), 0, "unmap the upper one");
	c = mmap(NULL, len, prot, anon, -1, 0);
	EXPECT_PTR_EQ(c, a, "a mapping of the same size takes the highest fit: the freed range");
	return test_done();
}
