/* Time: clocks and sleeps. Clock ids and TIMER_ABSTIME come from include/uapi/time.h. */
#ifndef _TIME_H
#define _TIME_H

#include_next <time.h>
#include <sys/types.h>

typedef int clockid_t;

struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

/* Sleeps; on EINTR stores the time left in *rem (if not NULL). */
int nanosleep(const struct timespec *req, struct timespec *rem);
/* clock_gettime (265) and clock_getres (266): 0, or -1 with errno. */
int clock_gettime(clockid_t clock, struct timespec *ts);
int clock_getres(clockid_t clock, struct timespec *res);
/* clock_nanosleep (267): 0, or the error number itself (POSIX), not -1. */
int clock_nanosleep(clockid_t clock, int flags, const struct timespec *req,
		    struct timespec *rem);
/* time (13): seconds since 1970, also stored at *t unless NULL. */
time_t time(time_t *t);

#endif
