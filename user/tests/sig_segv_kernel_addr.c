/*
 * User mode cannot touch addresses at the top of the 4 GiB space: a load
 * from 0xfffff000 kills the process with SIGSEGV. (Linux keeps the kernel
 * at 0xc0000000 and up on i386; a 32-bit process on a 64-bit kernel ends
 * its space at 0xffffe000. The last page is outside user space on both.)
 */
#include <test.h>

static void load(void *arg)
{
	volatile int v = *(volatile int *)arg;

	(void)v;
}

static void store(void *arg)
{
	*(volatile int *)arg = 0;
}

int main(void)
{
	void *top = (void *)0xfffff000UL;

	EXPECT_SIGNALED(test_run_child(load, top), SIGSEGV, "load from 0xfffff000");
	EXPECT_SIGNALED(test_run_child(store, top), SIGSEGV, "store to 0xfffff000");
	return test_done();
}
