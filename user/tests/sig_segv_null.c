/*
 * A store to address 0 (never mapped) kills the process with SIGSEGV when
 * no handler is installed, and wait reports exactly that signal.
 */
#include <test.h>

static void store_null(void *arg)
{
	*(volatile int *)arg = 1;
}

int main(void)
{
	int status = test_run_child(store_null, NULL);

	EXPECT_SIGNALED(status, SIGSEGV, "store to NULL");
	return test_done();
}
