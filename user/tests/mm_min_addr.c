/*
 * vm.mmap_min_addr (/proc/sys/vm/mmap_min_addr) is the lowest address mmap
 * hands out by itself and the lowest an unprivileged MAP_FIXED may name:
 * below it the answer is EPERM. A privileged process (Linux:
 * CAP_SYS_RAWIO; root here) may map page 0, and then a NULL pointer reads
 * what it wrote there.
 */
#include <errno.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <test.h>
#include "mm_commit_meminfo.h"

static void unprivileged(void *arg)
{
	long min = *(long *)arg;
	void *p;

	ASSERT_TRUE(syscall(__NR_setresuid32, 65534, 65534, 65534) == 0, "drop to nobody");
	errno = 0;
	p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	EXPECT_TRUE(p == MAP_FAILED && errno == EPERM, "MAP_FIXED at 0 below mmap_min_addr is EPERM");
	p = mmap((void *)4096, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	EXPECT_TRUE(p != MAP_FAILED && (unsigned long)p >= (unsigned long)min,
		    "a hint below it gives an address at or above it");
	_exit(test_done());
}

int main(void)
{
	long min = sysctl_read("/proc/sys/vm/mmap_min_addr");
	volatile int *zero;

	ASSERT_TRUE(min >= 0, "vm.mmap_min_addr is a number");
	if (min > 0)
		EXPECT_EXITED(test_run_child(unprivileged, &min), 0, "the unprivileged checks");
	zero = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	ASSERT_TRUE(zero != MAP_FAILED, "root may map page 0");
	EXPECT_PTR_EQ((void *)zero, NULL, "at address 0");
	zero[1] = 42;
	EXPECT_EQ(zero[1], 42, "and use it");
	EXPECT_EQ(munmap((void *)zero, 4096), 0, "unmap page 0 again");
	return test_done();
}
