/*
 * A privileged instruction in user mode (cli, hlt: #GP) kills the process
 * with SIGSEGV, as Linux maps a general-protection fault.
 */
#include <test.h>

static void do_cli(void *arg)
{
	asm volatile("cli");
}

static void do_hlt(void *arg)
{
	asm volatile("hlt");
}

int main(void)
{
	EXPECT_SIGNALED(test_run_child(do_cli, NULL), SIGSEGV, "cli in user mode");
	EXPECT_SIGNALED(test_run_child(do_hlt, NULL), SIGSEGV, "hlt in user mode");
	return test_done();
}
