/*
 * Timekeeping (Linux: include/linux/timekeeping.h, time64.h). The clock
 * is the tick counter, jiffies (HZ a second, from the PIT), plus the wall
 * time the battery-backed clock showed at boot. Resolution is one tick.
 */
#ifndef KERNEL_TIME_H
#define KERNEL_TIME_H

#include <kernel/types.h>

#define NSEC_PER_SEC	1000000000L
#define NSEC_PER_USEC	1000L

typedef s64 time64_t;

struct timespec64 {
	time64_t tv_sec;	/* seconds */
	long tv_nsec;		/* nanoseconds, 0 .. NSEC_PER_SEC - 1 */
};

/* ---- arch: the persistent (battery) clock ---- */
void read_persistent_clock64(struct timespec64 *ts);

/* ---- kernel/time.c ---- */
time64_t mktime64(unsigned int year, unsigned int mon, unsigned int day,
		  unsigned int hour, unsigned int min, unsigned int sec);
void ktime_get_ts64(struct timespec64 *ts);
void ktime_get_real_ts64(struct timespec64 *ts);
time64_t ktime_get_real_seconds(void);
long do_clock_nanosleep(clockid_t which, int flags, const struct timespec64 *req,
			struct timespec64 *rem);

#endif
