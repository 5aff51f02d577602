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

/*
 * Load averages (kernel/time.c, calc_load) are fixed-point numbers with
 * FSHIFT bits of fraction, as Linux's avenrun[]. Every LOAD_FREQ ticks
 * the number of active tasks n is folded in as
 *	load = (load * EXP + n * (FIXED_1 - EXP)) >> FSHIFT,
 * where EXP_m = FIXED_1 / e^(5 s / m minutes): a decaying average over
 * about 1, 5 and 15 minutes.
 */
#define FSHIFT		11			/* bits of fraction */
#define FIXED_1		(1 << FSHIFT)		/* 1.0 */
#define LOAD_FREQ	(5 * HZ + 1)		/* ticks between samples: 5 s, off the beat */
#define EXP_1		1884			/* FIXED_1 / e^(1/12) */
#define EXP_5		2014			/* FIXED_1 / e^(1/60) */
#define EXP_15		2037			/* FIXED_1 / e^(1/180) */
#define LOAD_INT(x)	((x) >> FSHIFT)		/* integer part, for printing */
#define LOAD_FRAC(x)	LOAD_INT(((x) & (FIXED_1 - 1)) * 100)	/* hundredths */

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
void getboottime64(struct timespec64 *ts);
void do_timer(unsigned long ticks);
void get_avenrun(unsigned long *loads, unsigned long offset, int shift);

#endif
