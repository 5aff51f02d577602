/*
 * The vDSO's time calls (Linux's vclock_gettime.c): clock_gettime,
 * clock_gettime64, gettimeofday and time read the [vvar] page the kernel
 * updates each tick, so they cost no system call; other clocks, and
 * clock_getres, go to the kernel through int $0x80. Each returns what the
 * system call would: 0 or -errno.
 *
 * This code runs in user mode inside every process, linked at 0 and
 * mapped anywhere: position-independent, no relocations, no libc.
 */
#include <asm/vvar.h>

#define CLOCK_REALTIME		0
#define CLOCK_MONOTONIC		1
#define CLOCK_MONOTONIC_RAW	4
#define CLOCK_REALTIME_COARSE	5
#define CLOCK_MONOTONIC_COARSE	6
#define CLOCK_BOOTTIME		7
#define CLOCK_TAI		11

#define NR_time			13
#define NR_gettimeofday		78
#define NR_clock_gettime	265
#define NR_clock_getres		266
#define NR_clock_gettime64	403

struct old_timespec32 { int tv_sec; int tv_nsec; };
struct kernel_timespec { long long tv_sec; long long tv_nsec; };
struct old_timeval32 { int tv_sec; int tv_usec; };
struct timezone { int tz_minuteswest; int tz_dsttime; };

/* The page before the vDSO's first one (the linker script places it). */
extern const struct vdso_data vvar_page __attribute__((visibility("hidden")));

/* A system call with two arguments; %ebx is the PIC register, so saved by hand. */
static long vdso_syscall2(long nr, long a, long b)
{
	long ret;

	asm volatile("push %%ebx\n\tmov %2, %%ebx\n\tint $0x80\n\tpop %%ebx"
		     : "=a"(ret) : "0"(nr), "r"(a), "c"(b) : "memory");
	return ret;
}

/* Read the realtime (real) or monotonic clock from the page; false for another clock. */
static int do_vclock(int clock, long long *sec, unsigned int *nsec)
{
	const struct vdso_data *vd = &vvar_page;
	unsigned int seq;
	int real;

	switch (clock) {
	case CLOCK_REALTIME: case CLOCK_REALTIME_COARSE: case CLOCK_TAI:
		real = 1;
		break;
	case CLOCK_MONOTONIC: case CLOCK_MONOTONIC_RAW: case CLOCK_MONOTONIC_COARSE:
	case CLOCK_BOOTTIME:
		real = 0;
		break;
	default:
		return 0;
	}
	do {
		seq = vd->seq;
		asm volatile("" ::: "memory");
		*sec = real ? vd->real_sec : vd->mono_sec;
		*nsec = real ? vd->real_nsec : vd->mono_nsec;
		asm volatile("" ::: "memory");
	} while ((seq & 1) || seq != vd->seq);
	return 1;
}

/* clock_gettime with 32-bit seconds: 0, or the system call's -errno (-EINVAL, -EFAULT). */
int __vdso_clock_gettime(int clock, struct old_timespec32 *ts)
{
	long long sec;
	unsigned int nsec;

	if (!do_vclock(clock, &sec, &nsec))
		return vdso_syscall2(NR_clock_gettime, clock, (long)ts);
	ts->tv_sec = (int)sec;
	ts->tv_nsec = nsec;
	return 0;
}

/* clock_gettime64 (glibc's first choice): 0, or the system call's -errno. */
int __vdso_clock_gettime64(int clock, struct kernel_timespec *ts)
{
	long long sec;
	unsigned int nsec;

	if (!do_vclock(clock, &sec, &nsec))
		return vdso_syscall2(NR_clock_gettime64, clock, (long)ts);
	ts->tv_sec = sec;
	ts->tv_nsec = nsec;
	return 0;
}

/* gettimeofday: the wall clock in tv, a zero time zone in tz (either may be NULL); 0. */
int __vdso_gettimeofday(struct old_timeval32 *tv, struct timezone *tz)
{
	long long sec;
	unsigned int nsec;

	do_vclock(CLOCK_REALTIME, &sec, &nsec);
	if (tv) {
		tv->tv_sec = (int)sec;
		tv->tv_usec = nsec / 1000;
	}
	if (tz)
		tz->tz_minuteswest = tz->tz_dsttime = 0;
	return 0;
}

/* time: the wall clock's seconds, also stored in *t unless t is NULL. */
int __vdso_time(int *t)
{
	long long sec;
	unsigned int nsec;

	do_vclock(CLOCK_REALTIME, &sec, &nsec);
	if (t)
		*t = (int)sec;
	return (int)sec;
}

/* clock_getres, through the kernel: 0 or -errno. */
int __vdso_clock_getres(int clock, struct old_timespec32 *res)
{
	return vdso_syscall2(NR_clock_getres, clock, (long)res);
}
