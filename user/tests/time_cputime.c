/*
 * CPU time is counted: CLOCK_PROCESS_CPUTIME_ID advances while a process
 * spins, and the 300 ms it spun show in CLOCK_THREAD_CPUTIME_ID, times()
 * and getrusage(RUSAGE_SELF), while sleeping uses next to none; a reaped
 * child's CPU time shows in times()'s tms_cutime and in
 * getrusage(RUSAGE_CHILDREN).
 */
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <test.h>

struct tms_abi {
	long utime, stime, cutime, cstime;	/* clock ticks, 100 a second */
};

static long long ns(clockid_t clock)
{
	struct timespec ts;

	clock_gettime(clock, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/*
 * Spin until the process clock has advanced by how_long, or 20 s of wall
 * time have passed (then the clock does not count and the checks fail).
 * By CPU time, not wall time: on a busy machine a spin gets less CPU
 * than the time it takes.
 */
static void spin(long long how_long)
{
	long long end = ns(CLOCK_PROCESS_CPUTIME_ID) + how_long;
	long long give_up = ns(CLOCK_MONOTONIC) + 20000000000LL;

	while (ns(CLOCK_PROCESS_CPUTIME_ID) < end && ns(CLOCK_MONOTONIC) < give_up)
		;
}

int main(void)
{
	struct timespec nap = { 0, 200000000 };
	struct tms_abi t;
	struct rusage ru;
	long long before, used;
	int status;
	pid_t child;

	before = ns(CLOCK_PROCESS_CPUTIME_ID);
	spin(300000000);
	used = ns(CLOCK_PROCESS_CPUTIME_ID) - before;
	EXPECT_TRUE(used >= 200000000, "spinning for 300 ms of CPU advances the process clock");
	EXPECT_TRUE(ns(CLOCK_THREAD_CPUTIME_ID) >= 200000000, "the thread clock too");
	ASSERT_TRUE(syscall(__NR_times, &t) != -1, "times");
	EXPECT_TRUE(t.utime + t.stime >= 20, "times() counts at least 20 ticks");
	ASSERT_TRUE(getrusage(RUSAGE_SELF, &ru) == 0, "getrusage");
	EXPECT_TRUE(ru.ru_utime.tv_sec * 1000000 + ru.ru_utime.tv_usec +
		    ru.ru_stime.tv_sec * 1000000 + ru.ru_stime.tv_usec >= 200000,
		    "getrusage counts it");

	before = ns(CLOCK_PROCESS_CPUTIME_ID);
	nanosleep(&nap, NULL);
	EXPECT_TRUE(ns(CLOCK_PROCESS_CPUTIME_ID) - before < 100000000, "sleeping uses no CPU");

	child = fork();
	ASSERT_TRUE(child >= 0, "fork");
	if (child == 0) {
		spin(200000000);
		_exit(0);
	}
	ASSERT_TRUE(waitpid(child, &status, 0) == child, "reap the child");
	ASSERT_TRUE(syscall(__NR_times, &t) != -1, "times after the child");
	EXPECT_TRUE(t.cutime + t.cstime >= 10, "the child's ticks are in tms_cutime");
	ASSERT_TRUE(getrusage(RUSAGE_CHILDREN, &ru) == 0, "getrusage(RUSAGE_CHILDREN)");
	EXPECT_TRUE(ru.ru_utime.tv_sec * 1000000 + ru.ru_utime.tv_usec +
		    ru.ru_stime.tv_sec * 1000000 + ru.ru_stime.tv_usec >= 100000,
		    "and in the children's rusage");
	return test_done();
}
