/*
 * An undefined opcode (ud2, #UD) kills the process with SIGILL.
 */
#include <test.h>

static void undefined_opcode(void *arg)
{
	asm volatile("ud2");
}

int main(void)
{
	int status = test_run_child(undefined_opcode, NULL);

	EXPECT_SIGNALED(status, SIGILL, "ud2");
	return test_done();
}
