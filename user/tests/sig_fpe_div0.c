/*
 * An integer division by zero (#DE) kills the process with SIGFPE; so does
 * INT_MIN / -1, which overflows and raises the same exception.
 */
#include <limits.h>
#include <test.h>

static void divide(void *arg)
{
	volatile int num = *(int *)arg, den = num == INT_MIN ? -1 : 0;
	volatile int q = num / den;

	(void)q;
}

int main(void)
{
	int one = 1, min = INT_MIN;

	EXPECT_SIGNALED(test_run_child(divide, &one), SIGFPE, "1 / 0");
	EXPECT_SIGNALED(test_run_child(divide, &min), SIGFPE, "INT_MIN / -1");
	return test_done();
}
