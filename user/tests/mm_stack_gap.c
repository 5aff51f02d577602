/*
 * The top-down layout keeps a gap below the stack for it to grow into
 * (Linux's mmap_base): RLIMIT_STACK plus the stack's random offset and
 * guard gap, at least 128 MiB, at most 5/6 of the address space. Linux
 * picks it at execve, so the test sets RLIMIT_STACK and re-executes
 * itself: with 512 MiB the first mapping ends at least 512 MiB below the
 * stack; with no limit the layout stays top-down (Linux 2.6 switched to
 * bottom-up here; today's Linux does not) with the largest gap, so
 * mappings end below 1/4 of the stack's address yet above the program.
 * (With vm.legacy_va_layout set there is no top-down layout to check.)
 */
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <test.h>
#include "mm_commit_meminfo.h"

#define RLIMIT_STACK	3
#define RLIM_INFINITY	(~0UL)

struct rlim { unsigned long cur, max; };

static void reexec(char *self, char *how, unsigned long limit)
{
	struct rlim r = { limit, RLIM_INFINITY };
	char *args[] = { self, how, NULL };

	ASSERT_TRUE(syscall(__NR_setrlimit, RLIMIT_STACK, &r) == 0, "setrlimit(RLIMIT_STACK)");
	execv(self, args);
	test_fail(__FILE__, __LINE__, "execv of %s failed", self);
}

int main(int argc, char **argv)
{
	unsigned long stack = (unsigned long)&argc, brk = (unsigned long)sbrk(0);
	unsigned long len = 16 * 4096, a;

	if (sysctl_read("/proc/sys/vm/legacy_va_layout") > 0) {
		printf("vm.legacy_va_layout is set: no program gets the top-down layout\n");
		return test_done();
	}
	if (argc < 2) {
		reexec(argv[0], "big", 512UL << 20);
		return test_done();
	}
	a = (unsigned long)mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_TRUE(a != (unsigned long)MAP_FAILED, "mmap");
	EXPECT_TRUE(a > brk, "the mapping lies above the heap");
	if (!strcmp(argv[1], "big")) {
		EXPECT_TRUE(a + len <= stack - (512UL << 20), "a 512 MiB stack limit keeps 512 MiB free below the stack");
		EXPECT_TRUE(a > stack / 4, "and the layout is top-down");
		reexec(argv[0], "unlimited", RLIM_INFINITY);
		return test_done();
	}
	EXPECT_TRUE(a + len <= stack / 4, "an unlimited stack gets the largest gap, 5/6 of the space");
	return test_done();
}
