/*
 * glibc's clocks (clock_gettime64 on i386), nanosleep (clock_nanosleep
 * time64), time() and gmtime: the date is after 2024 and a 100 ms sleep
 * lasts at least that long.
 */
#include <time.h>
#include "check.h"

int main(void)
{
	struct timespec a, b, nap = { 0, 100000000 };
	time_t now = time(NULL);
	struct tm tm;

	CHECK(gmtime_r(&now, &tm) && tm.tm_year + 1900 >= 2024, "the year");
	CHECK(clock_gettime(CLOCK_MONOTONIC, &a) == 0, "clock_gettime");
	CHECK(nanosleep(&nap, NULL) == 0, "nanosleep");
	clock_gettime(CLOCK_MONOTONIC, &b);
	CHECK((b.tv_sec - a.tv_sec) * 1000000000LL + b.tv_nsec - a.tv_nsec >= 100000000,
	      "slept 100 ms");
	return check_done();
}
