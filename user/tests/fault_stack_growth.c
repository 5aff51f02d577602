/*
 * The stack grows on demand. Linux maps only a little stack at exec; a
 * fault just below the stack VMA (a VM_GROWSDOWN region) extends it, up to
 * RLIMIT_STACK (8 MiB by default). So a program can use far more than the
 * initial stack, here 1 MiB of locals and a 4000-deep recursion, with
 * every byte readable back.
 */
#include "fault_util.h"

#define BIG (1024 * 1024)

/* Fill a 1 MiB local array from the top down, the way a stack is used. */
static __attribute__((noinline)) long big_frame(void)
{
	volatile char buf[BIG];
	long sum = 0;
	long i;

	for (i = BIG - 1; i >= 0; i -= 512)
		buf[i] = (char)(i >> 9);
	for (i = BIG - 1; i >= 0; i -= 512)
		sum += buf[i] == (char)(i >> 9);
	return sum;
}

/* 4000 frames of about 300 bytes: more than 1 MiB of stack in small steps. */
static __attribute__((noinline)) long recurse(int depth)
{
	volatile char pad[256];

	pad[0] = (char)depth;
	pad[255] = (char)depth;
	if (depth == 0)
		return 0;
	return recurse(depth - 1) + (pad[0] == (char)depth && pad[255] == (char)depth);
}

int main(void)
{
	EXPECT_EQ(big_frame(), BIG / 512, "bytes of a 1 MiB stack array read back");
	EXPECT_EQ(recurse(4000), 4000, "frames of a 4000-deep recursion intact");
	/* Once grown, the stack stays: the same again costs no new VMA. */
	EXPECT_EQ(big_frame(), BIG / 512, "the big frame a second time");
	return test_done();
}
