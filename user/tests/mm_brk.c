/*
 * The brk system call (raw, as the kernel defines it): brk(0) returns the
 * current break; a higher value grows the heap (new memory reads as zero
 * and is writable) and is returned; a lower one shrinks it; on failure -
 * below the start of the heap, or into another mapping - the call returns
 * the unchanged old break instead of an error.
 */
#include <sys/mman.h>
#include <sys/syscall.h>
#include <test.h>
#include "mm_maps.h"

static unsigned long sys_brk(unsigned long addr)
{
	return (unsigned long)__syscall(__NR_brk, (long)addr, 0, 0, 0, 0, 0);
}

int main(void)
{
	unsigned long cur = sys_brk(0), top, end;
	unsigned char *heap;
	void *blocker;
	size_t i, nonzero = 0;

	ASSERT_TRUE(cur != 0, "brk(0) gives the current break");
	top = cur + 3 * PAGE + 5;
	EXPECT_EQ(sys_brk(top), top, "brk grows by 3 pages + 5 bytes");
	heap = (unsigned char *)cur;
	for (i = 0; i < 3 * PAGE + 5; i++)
		nonzero += heap[i] != 0;
	EXPECT_EQ(nonzero, 0, "non-zero bytes in the new heap");
	heap[3 * PAGE] = 'h';
	EXPECT_EQ(heap[3 * PAGE], 'h', "the heap is writable");
	EXPECT_EQ(sys_brk(cur + PAGE), cur + PAGE, "brk shrinks");
	EXPECT_EQ(sys_brk(0), cur + PAGE, "brk(0) after shrinking");
	EXPECT_EQ(sys_brk(0x1000), cur + PAGE, "brk far below the heap start fails: old break");

	/* A mapping 8 pages above the break: the heap may not grow into it. */
	end = (cur + PAGE + PAGE - 1) & ~(PAGE - 1);
	blocker = mmap((void *)(end + 8 * PAGE), PAGE, PROT_READ,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	ASSERT_TRUE(blocker == (void *)(end + 8 * PAGE), "a mapping above the break");
	EXPECT_EQ(sys_brk(end + 16 * PAGE), cur + PAGE, "brk across another mapping fails: old break");
	EXPECT_EQ(sys_brk(end + 4 * PAGE), end + 4 * PAGE, "brk up to below it works");
	munmap(blocker, PAGE);
	EXPECT_EQ(sys_brk(cur), cur, "brk back to where it started");
	return test_done();
}
