/*
 * The clocks read the real time: CLOCK_REALTIME is a date after 2024 (the
 * battery clock is read at boot, so it is not 1970), and time(),
 * gettimeofday() and the 64-bit clock_gettime64 (403) agree with it to a
 * second. CLOCK_MONOTONIC never goes back. Every clock id Linux defines
 * for reading works, an unknown one is EINVAL, and clock_getres reports a
 * resolution between 1 ns and one 100 Hz tick.
 */
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <test.h>

#define JAN_2024	1704067200L
#define JAN_2100	4102444800LL

int main(void)
{
	static const int good[] = { CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_MONOTONIC_RAW,
				    CLOCK_REALTIME_COARSE, CLOCK_MONOTONIC_COARSE,
				    CLOCK_BOOTTIME, CLOCK_TAI };
	struct timespec ts, prev, res;
	struct __kernel_timespec ts64;
	struct timeval tv;
	unsigned int i;
	long t;

	ASSERT_TRUE(clock_gettime(CLOCK_REALTIME, &ts) == 0, "CLOCK_REALTIME");
	EXPECT_TRUE(ts.tv_sec > JAN_2024, "the wall clock is later than 2024");
	EXPECT_TRUE(ts.tv_nsec >= 0 && ts.tv_nsec < 1000000000, "tv_nsec in range");
	t = time(NULL);
	EXPECT_TRUE(t >= ts.tv_sec && t <= ts.tv_sec + 1, "time() agrees");
	ASSERT_TRUE(gettimeofday(&tv, NULL) == 0, "gettimeofday");
	EXPECT_TRUE(tv.tv_sec >= ts.tv_sec && tv.tv_sec <= ts.tv_sec + 1, "gettimeofday agrees");
	EXPECT_TRUE(tv.tv_usec >= 0 && tv.tv_usec < 1000000, "tv_usec in range");
	ASSERT_TRUE(syscall(__NR_clock_gettime64, CLOCK_REALTIME, &ts64) == 0, "clock_gettime64");
	EXPECT_TRUE(ts64.tv_sec >= ts.tv_sec && ts64.tv_sec <= ts.tv_sec + 1,
		    "clock_gettime64 agrees");
	EXPECT_TRUE(ts64.tv_sec < JAN_2100, "and is not garbage in the top half");

	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		EXPECT_EQ(clock_gettime(good[i], &ts), 0, "a clock Linux has");
		EXPECT_EQ(clock_getres(good[i], &res), 0, "its resolution");
		EXPECT_TRUE(res.tv_sec == 0 && res.tv_nsec > 0 && res.tv_nsec <= 10000000,
			    "resolution from 1 ns to one tick");
	}
	EXPECT_EQ(clock_getres(CLOCK_MONOTONIC, NULL), 0, "clock_getres with NULL");
	EXPECT_ERRNO(clock_gettime(10, &ts), EINVAL, "clock 10 does not exist");
	EXPECT_ERRNO(clock_gettime(16, &ts), EINVAL, "nor 16 (MAX_CLOCKS)");
	EXPECT_ERRNO(clock_getres(100, &res), EINVAL, "nor 100");
	EXPECT_ERRNO(clock_gettime(CLOCK_REALTIME, (struct timespec *)8), EFAULT, "bad pointer");

	clock_gettime(CLOCK_MONOTONIC, &prev);
	for (i = 0; i < 2000; i++) {
		clock_gettime(CLOCK_MONOTONIC, &ts);
		if (ts.tv_sec < prev.tv_sec ||
		    (ts.tv_sec == prev.tv_sec && ts.tv_nsec < prev.tv_nsec))
			break;
		prev = ts;
	}
	EXPECT_EQ(i, 2000, "CLOCK_MONOTONIC never goes back");
	return test_done();
}
