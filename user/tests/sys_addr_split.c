/*
 * The user/kernel split: user space runs from low addresses up to the top
 * of the stack and no further. Linux i386 gives user space 3 GiB (TASK_SIZE
 * 0xc0000000, the kernel above); a 32-bit process on a 64-bit kernel gets
 * nearly 4 GiB. Rather than assume either constant, the test finds the top
 * of its stack and checks that
 *  - it lies at 3 GiB or above, less the random offset of the stack top
 *    (at most 8 MiB on Linux);
 *  - no address from there to 4 GiB can be read by system calls (EFAULT)
 *    or by the program itself (SIGSEGV), although on i386 the kernel's own
 *    code and data are mapped right there.
 */
#include <test.h>

static void load(void *arg)
{
	volatile int v = *(volatile int *)arg;

	(void)v;
}

int main(void)
{
	unsigned long top = test_stack_top(), a;
	int readable = 0, probes = 0;
	char local;

	EXPECT_TRUE(top > (unsigned long)&local, "the stack top is above a local");
	EXPECT_TRUE(top >= 0xc0000000UL - 16 * 1024 * 1024, "user space spans about 3 GiB");
	dprintf(1, "stack top at %#lx\n", top);

	/* Every MiB from the stack top to the end of the address space. */
	for (a = top; a >= top && a < 0xfffff000UL; a += 0x100000, probes++)
		readable += test_user_readable((void *)a);
	readable += test_user_readable((void *)0xfffff000UL);
	EXPECT_EQ(readable, 0, "addresses above the stack that the kernel read for us");
	EXPECT_TRUE(probes > 0 || top >= 0xfff00000UL, "probed the range");

	EXPECT_SIGNALED(test_run_child(load, (void *)top), SIGSEGV, "load just above the stack");
	if (top + 0x100000 > top)
		EXPECT_SIGNALED(test_run_child(load, (void *)(top + 0x100000)), SIGSEGV,
				"load 1 MiB above the stack (kernel text on i386)");
	return test_done();
}
