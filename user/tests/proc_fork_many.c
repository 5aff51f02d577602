/*
 * Many children at once: 50 forked children, each exiting with its own
 * code, are all reaped with the right status, and none is left behind
 * (wait then reports ECHILD). A fork that fails must fail with EAGAIN (the
 * process limit; this kernel has a fixed task limit, Linux RLIMIT_NPROC),
 * never crash anything; the test stops forking at the first failure.
 */
#include <test.h>

#define CHILDREN 50

int main(void)
{
	pid_t pids[CHILDREN];
	int n, i, status, seen[CHILDREN] = { 0 };

	for (n = 0; n < CHILDREN; n++) {
		pids[n] = fork();
		if (pids[n] == 0)
			_exit(n);
		if (pids[n] < 0) {
			EXPECT_EQ(errno, EAGAIN, "errno of a refused fork");
			break;
		}
	}
	EXPECT_TRUE(n >= 20, "at least 20 simultaneous children");
	for (i = 0; i < n; i++) {
		pid_t r = wait(&status);
		int j;

		for (j = 0; j < n && pids[j] != r; j++)
			;
		if (j == n) {
			test_fail(__FILE__, __LINE__, "wait returned %d, not a child", r);
			continue;
		}
		EXPECT_EXITED(status, j % 256, "a child's exit code");
		seen[j]++;
	}
	for (i = 0; i < n; i++)
		EXPECT_EQ(seen[i], 1, "each child reaped once");
	EXPECT_ERRNO(wait(&status), ECHILD, "nothing left after reaping all");
	return test_done();
}
