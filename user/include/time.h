/* Time: only what the system-call list has (nanosleep 162). */
#ifndef _TIME_H
#define _TIME_H

#include <sys/types.h>

struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

/* Sleeps; on EINTR stores the time left in *rem (if not NULL). */
int nanosleep(const struct timespec *req, struct timespec *rem);

#endif
