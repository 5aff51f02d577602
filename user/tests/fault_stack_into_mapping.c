/*
 * A growing stack never runs into the mapping below it: with a mapping
 * placed 2 MiB under the stack pointer, a runaway recursion dies of
 * SIGSEGV before it reaches it (Linux keeps a gap of 256 pages between a
 * stack and the mapping below), and that mapping's contents are intact.
 */
#include "fault_util.h"

static volatile int max_depth = 1 << 30;
static volatile unsigned char *below;

static __attribute__((noinline)) int runaway(int depth)
{
	volatile char frame[4000];

	frame[0] = (char)depth;
	frame[3999] = (char)depth;
	if (depth >= max_depth)
		return frame[0];
	return runaway(depth + 1) + frame[3999];
}

static void recurse(void *arg)
{
	(void)arg;
	runaway(0);
}

int main(void)
{
	unsigned long sp = (unsigned long)&sp & ~(PAGE - 1);
	unsigned long at = sp - (2UL << 20);
	unsigned char *m;
	int i, bad = 0;

	m = mmap((void *)at, 16 * PAGE, PROT_READ | PROT_WRITE,
		 MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	ASSERT_TRUE(m == (unsigned char *)at, "map 16 pages 2 MiB below the stack");
	memset(m, 0x5a, 16 * PAGE);
	below = m;
	EXPECT_SIGNALED(test_run_child(recurse, NULL), SIGSEGV, "runaway recursion");
	for (i = 0; i < (int)(16 * PAGE); i++)
		if (m[i] != 0x5a)
			bad++;
	EXPECT_EQ(bad, 0, "bytes of the mapping below changed");
	munmap(m, 16 * PAGE);
	return test_done();
}
