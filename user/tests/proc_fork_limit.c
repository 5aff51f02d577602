/*
 * Forking many processes that stay alive either succeeds or fails cleanly
 * with EAGAIN once a process limit is reached (this kernel's threads-max is
 * sized from memory as Linux's, over a thousand at 128 MiB; Linux has
 * RLIMIT_NPROC and its pid and memory limits too, far above the 200 tried
 * here). Nothing else breaks: the parent kills and reaps every child,
 * and afterwards fork works again.
 */
#include <signal.h>
#include <test.h>
#include <time.h>

#define TRIES 200

static void sleep_forever(void)
{
	struct timespec ts = { 1, 0 };

	for (;;)
		nanosleep(&ts, NULL);
}

int main(void)
{
	static pid_t pids[TRIES];
	int n, i, status, fork_errno = 0, reaped = 0;
	pid_t pid;

	for (n = 0; n < TRIES; n++) {
		pids[n] = fork();
		if (pids[n] == 0)
			sleep_forever();
		if (pids[n] < 0) {
			fork_errno = errno;
			break;
		}
	}
	dprintf(1, "%d children alive at once%s\n", n,
		n < TRIES ? " (then fork refused)" : "");
	if (n < TRIES)
		EXPECT_EQ(fork_errno, EAGAIN, "errno of the refused fork");
	EXPECT_TRUE(n >= 20, "at least 20 children at once");

	for (i = 0; i < n; i++)
		EXPECT_EQ(kill(pids[i], SIGKILL), 0, "kill a child");
	while ((pid = wait(&status)) > 0) {
		reaped++;
		EXPECT_SIGNALED(status, SIGKILL, "a killed child");
	}
	EXPECT_EQ(errno, ECHILD, "wait ends with ECHILD");
	EXPECT_EQ(reaped, n, "every child reaped");

	pid = fork();
	if (pid == 0)
		_exit(42);
	ASSERT_TRUE(pid > 0, "fork works again after reaping");
	waitpid(pid, &status, 0);
	EXPECT_EXITED(status, 42, "the new child");
	return test_done();
}
