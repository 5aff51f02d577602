/*
 * vm.legacy_va_layout = 1 gives every program exec'd afterwards Linux's
 * legacy bottom-up layout, whatever its personality: mappings go upward,
 * a second one above the first. The test sets it, re-executes itself,
 * puts the old value back at once, and checks the layout it got; a
 * value below 0 is refused.
 */
#include <sys/mman.h>
#include <test.h>
#include "mm_commit_meminfo.h"

#define LEGACY	"/proc/sys/vm/legacy_va_layout"

int main(int argc, char **argv)
{
	int prot = PROT_READ | PROT_WRITE, anon = MAP_PRIVATE | MAP_ANONYMOUS;
	unsigned char *a, *b;
	long old;

	if (argc < 2) {
		char *args[] = { argv[0], "0", NULL };

		old = sysctl_read(LEGACY);
		ASSERT_TRUE(old >= 0, "vm.legacy_va_layout is a number");
		EXPECT_TRUE(sysctl_write(LEGACY, -1) == -1, "a negative value is refused");
		args[1] = old ? "1" : "0";
		ASSERT_TRUE(sysctl_write(LEGACY, 1) == 0, "vm.legacy_va_layout set to 1");
		execv(argv[0], args);
		sysctl_write(LEGACY, old);
		test_fail(__FILE__, __LINE__, "execv of %s failed", argv[0]);
		return test_done();
	}
	EXPECT_EQ(sysctl_write(LEGACY, argv[1][0] - '0'), 0, "the old value put back");
	a = mmap(NULL, 16 * 4096, prot, anon, -1, 0);
	b = mmap(NULL, 16 * 4096, prot, anon, -1, 0);
	ASSERT_TRUE(a != MAP_FAILED && b != MAP_FAILED, "two mappings");
	EXPECT_TRUE(b > a, "the second lies above the first: bottom-up");
	EXPECT_TRUE((unsigned long)a < (unsigned long)&prot / 2, "in the lower half, far below the stack");
	return test_done();
}
