/*
 * clock_nanosleep sleeps at least as long as asked on the clock named, or
 * with TIMER_ABSTIME until that clock reads the time given (at once if it
 * is past). It returns the error number itself: EINVAL for a bad time or
 * an unknown clock, EOPNOTSUPP for a clock that cannot be slept on (the
 * thread CPU clock, CLOCK_MONOTONIC_COARSE), EFAULT for a bad pointer. The
 * 64-bit form (407) behaves the same.
 */
#include <sys/syscall.h>
#include <time.h>
#include <test.h>

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(void)
{
	struct timespec req = { 0, 150000000 }, target;
	struct __kernel_timespec req64 = { 0, 50000000 };
	long long t0, t1;

	t0 = now_ns();
	EXPECT_EQ(clock_nanosleep(CLOCK_MONOTONIC, 0, &req, NULL), 0, "relative sleep");
	t1 = now_ns();
	EXPECT_TRUE(t1 - t0 >= 150000000, "slept at least 150 ms");
	EXPECT_TRUE(t1 - t0 < 5000000000LL, "and not for seconds");

	clock_gettime(CLOCK_MONOTONIC, &target);
	target.tv_nsec += 120000000;
	if (target.tv_nsec >= 1000000000) {
		target.tv_nsec -= 1000000000;
		target.tv_sec++;
	}
	EXPECT_EQ(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &target, NULL), 0,
		  "absolute sleep");
	t1 = now_ns();
	EXPECT_TRUE(t1 >= target.tv_sec * 1000000000LL + target.tv_nsec, "woke at the target");

	target.tv_sec = 0;	/* 1 ns after boot */
	target.tv_nsec = 1;
	t0 = now_ns();
	EXPECT_EQ(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &target, NULL), 0,
		  "a target in the past");
	EXPECT_TRUE(now_ns() - t0 < 1000000000, "returns at once");
	clock_gettime(CLOCK_REALTIME, &target);
	EXPECT_EQ(clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &target, NULL), 0,
		  "absolute on the wall clock");

	req.tv_nsec = 1000000000;
	EXPECT_EQ(clock_nanosleep(CLOCK_MONOTONIC, 0, &req, NULL), EINVAL, "tv_nsec too big");
	req.tv_nsec = -1;
	EXPECT_EQ(clock_nanosleep(CLOCK_MONOTONIC, 0, &req, NULL), EINVAL, "tv_nsec negative");
	req.tv_sec = -1;
	req.tv_nsec = 0;
	EXPECT_EQ(clock_nanosleep(CLOCK_MONOTONIC, 0, &req, NULL), EINVAL, "tv_sec negative");
	req.tv_sec = 0;
	EXPECT_EQ(clock_nanosleep(CLOCK_THREAD_CPUTIME_ID, 0, &req, NULL), EOPNOTSUPP,
		  "the thread CPU clock");
	EXPECT_EQ(clock_nanosleep(CLOCK_MONOTONIC_COARSE, 0, &req, NULL), EOPNOTSUPP,
		  "a coarse clock");
	EXPECT_EQ(clock_nanosleep(10, 0, &req, NULL), EINVAL, "an unknown clock");
	EXPECT_EQ(clock_nanosleep(CLOCK_MONOTONIC, 0, (struct timespec *)8, NULL), EFAULT,
		  "a bad pointer");

	t0 = now_ns();
	EXPECT_EQ(syscall(__NR_clock_nanosleep_time64, CLOCK_MONOTONIC, 0, &req64, NULL), 0,
		  "clock_nanosleep_time64");
	EXPECT_TRUE(now_ns() - t0 >= 50000000, "slept at least 50 ms");
	return test_done();
}
