/*
 * Clock ids, clock_nanosleep's flag and the kernel's time structures, as in
 * the Linux i386 ABI (Linux: include/uapi/linux/time.h, time_types.h).
 * Shared by the kernel and user/lib.
 */
#ifndef UAPI_TIME_H
#define UAPI_TIME_H

#define CLOCK_REALTIME			0	/* wall clock, since 1970 UTC */
#define CLOCK_MONOTONIC			1	/* since boot, never set */
#define CLOCK_PROCESS_CPUTIME_ID	2	/* CPU time of the process */
#define CLOCK_THREAD_CPUTIME_ID		3	/* CPU time of the thread */
#define CLOCK_MONOTONIC_RAW		4
#define CLOCK_REALTIME_COARSE		5
#define CLOCK_MONOTONIC_COARSE		6
#define CLOCK_BOOTTIME			7	/* since boot, suspend included */
#define CLOCK_REALTIME_ALARM		8
#define CLOCK_BOOTTIME_ALARM		9
#define CLOCK_TAI			11
#define MAX_CLOCKS			16

#define TIMER_ABSTIME			0x01	/* clock_nanosleep: sleep until, not for */

/* The 64-bit time of clock_gettime64 (403) and friends, on i386 too. */
struct __kernel_timespec {
	long long tv_sec;
	long long tv_nsec;
};

/* The 32-bit time of the original calls (time_t is a long on i386). */
struct old_timespec32 {
	int tv_sec;
	int tv_nsec;
};

struct old_timeval32 {
	int tv_sec;
	int tv_usec;
};

#endif
