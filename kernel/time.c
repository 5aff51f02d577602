/*
 * Timekeeping and the POSIX clocks (Linux: kernel/time/timekeeping.c,
 * posix-timers.c, hrtimer.c's nanosleep).
 *
 * The kernel has one time source, the tick counter jiffies (HZ = 100 a
 * second, from the PIT). At boot timekeeping_init reads the battery clock
 * (the CMOS RTC, arch/x86/rtc.c) once and remembers what wall time jiffies
 * 0 was; after that
 *	CLOCK_MONOTONIC = jiffies / HZ since boot,
 *	CLOCK_REALTIME  = the boot wall time + CLOCK_MONOTONIC.
 * Every clock therefore has a resolution of one tick (10 ms), which
 * clock_getres reports, and a sleep lasts a whole number of ticks, at
 * least the time asked for. The CPU-time clocks and times() count the
 * ticks at which the timer found the process running, in user or kernel
 * mode (statistical accounting, as Linux without VIRT_CPU_ACCOUNTING).
 *
 * The timer interrupt calls do_timer each tick: it advances jiffies and,
 * every five seconds, samples the number of active tasks into the three
 * load averages (calc_load) that /proc/loadavg, sysinfo and uptime show.
 */
#include <asm/irq.h>
#include <asm/uaccess.h>
#include <kernel/init.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <kernel/time.h>
#include <uapi/errno.h>
#include <uapi/time.h>

#define NSEC_PER_TICK	(NSEC_PER_SEC / HZ)

/* Wall-clock seconds at jiffies 0; set once by timekeeping_init. */
static time64_t boot_wall_sec;

/*
 * mktime64 - seconds since 1970-01-01 00:00:00 UTC of a Gregorian date and
 * time (mon 1-12, day 1-31), as Linux's. Counts days with the year taken to
 * start in March, so that the leap day falls at its end: then the days
 * before a month are (153 * m + 2) / 5 for m = 0 (March) .. 11 (February).
 */
time64_t mktime64(unsigned int year, unsigned int mon, unsigned int day,
		  unsigned int hour, unsigned int min, unsigned int sec)
{
	long long days;

	if (mon <= 2) {		/* January and February belong to the year before */
		mon += 12;
		year--;
	}
	days = 365LL * year + year / 4 - year / 100 + year / 400 +
	       (153 * (mon - 3) + 2) / 5 + day - 1;
	days -= 719468;		/* days from 0000-03-01 to 1970-01-01 */
	return ((days * 24 + hour) * 60 + min) * 60 + sec;
}

/* ktime_get_ts64 - CLOCK_MONOTONIC: the time since boot, to a tick. */
void ktime_get_ts64(struct timespec64 *ts)
{
	unsigned long j = jiffies;

	ts->tv_sec = j / HZ;
	ts->tv_nsec = (j % HZ) * NSEC_PER_TICK;
}

/* ktime_get_real_ts64 - CLOCK_REALTIME: wall-clock time since 1970 UTC. */
void ktime_get_real_ts64(struct timespec64 *ts)
{
	ktime_get_ts64(ts);
	ts->tv_sec += boot_wall_sec;
}

/* ktime_get_real_seconds - the wall clock in whole seconds (file times, time()). */
time64_t ktime_get_real_seconds(void)
{
	return boot_wall_sec + jiffies / HZ;
}

/*
 * getboottime64 - the wall-clock time the machine booted (jiffies 0), to
 * the second: /proc/stat's btime. Linux 3.17+ name (2.6: getboottime).
 */
void getboottime64(struct timespec64 *ts)
{
	ts->tv_sec = boot_wall_sec;
	ts->tv_nsec = 0;
}

/* Read the RTC once; from then on the tick counter keeps the time. */
static int timekeeping_init(void)
{
	struct timespec64 now;

	read_persistent_clock64(&now);
	boot_wall_sec = now.tv_sec - jiffies / HZ;
	printk(KERN_INFO "time: RTC says %lld seconds since 1970\n", (long long)now.tv_sec);
	return 0;
}
core_initcall(timekeeping_init);

/* ---- the tick and the load average ---- */

/* The three load averages, FSHIFT fixed point (include/kernel/time.h). */
static unsigned long avenrun[3];

/*
 * Tasks that count as load: runnable (the running one too) or asleep in
 * TASK_UNINTERRUPTIBLE, as FSHIFT fixed point (Linux 2.6's
 * count_active_tasks).
 */
static unsigned long count_active_tasks(void)
{
	return (nr_running() + nr_uninterruptible()) * FIXED_1;
}

/* One step of the decaying average: load * exp + n * (1 - exp). */
static unsigned long calc_load_one(unsigned long load, unsigned long exp, unsigned long n)
{
	return (load * exp + n * (FIXED_1 - exp)) >> FSHIFT;
}

/*
 * Sample the active tasks once every LOAD_FREQ ticks and fold them into
 * avenrun (Linux 2.6's calc_load, kernel/timer.c). Between samples only a
 * countdown moves, so the tick stays cheap.
 */
static void calc_load(unsigned long ticks)
{
	static long count = LOAD_FREQ;
	unsigned long active;

	count -= ticks;
	if (count >= 0)
		return;
	active = count_active_tasks();
	do {
		avenrun[0] = calc_load_one(avenrun[0], EXP_1, active);
		avenrun[1] = calc_load_one(avenrun[1], EXP_5, active);
		avenrun[2] = calc_load_one(avenrun[2], EXP_15, active);
		count += LOAD_FREQ;
	} while (count < 0);
}

/*
 * do_timer - the machine-wide work of `ticks` timer ticks, called by the
 * timer interrupt (interrupts off): jiffies, and the load average every
 * LOAD_FREQ. As Linux 2.6's do_timer; the running task's part of a tick
 * is scheduler_tick's.
 */
void do_timer(unsigned long ticks)
{
	jiffies += ticks;
	calc_load(ticks);
}

/*
 * get_avenrun - the 1, 5 and 15 minute load averages into loads[0..2]:
 * each avenrun value plus offset, shifted left by shift bits (sysinfo
 * wants them with 16 bits of fraction: shift SI_LOAD_SHIFT - FSHIFT;
 * /proc/loadavg adds FIXED_1 / 200 to round to hundredths). Linux
 * 2.6.32+ name. Any context.
 */
void get_avenrun(unsigned long *loads, unsigned long offset, int shift)
{
	int i;

	for (i = 0; i < 3; i++)
		loads[i] = (avenrun[i] + offset) << shift;
}

/* ---- the POSIX clocks ---- */

/* A tick count as seconds and nanoseconds. */
static void ticks_to_timespec64(unsigned long ticks, struct timespec64 *ts)
{
	ts->tv_sec = ticks / HZ;
	ts->tv_nsec = (ticks % HZ) * NSEC_PER_TICK;
}

/*
 * The time on clock `which`: 0, or -EINVAL for a clock id Linux does not
 * have. The CPU-time clocks count the ticks the timer found the process
 * running (kernel/sched.c, update_process_times), so they advance in
 * 10 ms steps. Negative ids (Linux's clocks of another process, made by
 * clock_getcpuclockid) are not supported: -EINVAL.
 */
static int posix_clock_get(clockid_t which, struct timespec64 *ts)
{
	switch (which) {
	case CLOCK_REALTIME:
	case CLOCK_REALTIME_COARSE:
	case CLOCK_TAI:		/* Linux's TAI offset is 0 until NTP sets it */
		ktime_get_real_ts64(ts);
		return 0;
	case CLOCK_MONOTONIC:
	case CLOCK_MONOTONIC_RAW:
	case CLOCK_MONOTONIC_COARSE:
	case CLOCK_BOOTTIME:	/* no suspend here, so the same as MONOTONIC */
		ktime_get_ts64(ts);
		return 0;
	case CLOCK_PROCESS_CPUTIME_ID: {	/* every thread of the process */
		unsigned long ut, st;

		thread_group_cputime(current, false, &ut, &st);
		ticks_to_timespec64(ut + st, ts);
		return 0;
	}
	case CLOCK_THREAD_CPUTIME_ID:
		ticks_to_timespec64(current->utime + current->stime, ts);
		return 0;
	default:
		return -EINVAL;
	}
}

static int put_timespec64(const struct timespec64 *ts, struct __kernel_timespec __user *uts)
{
	struct __kernel_timespec k = { .tv_sec = ts->tv_sec, .tv_nsec = ts->tv_nsec };

	return copy_to_user(uts, &k, sizeof(k)) ? -EFAULT : 0;
}

static int get_timespec64(struct timespec64 *ts, const struct __kernel_timespec __user *uts)
{
	struct __kernel_timespec k;

	if (copy_from_user(&k, uts, sizeof(k)))
		return -EFAULT;
	ts->tv_sec = k.tv_sec;
	ts->tv_nsec = (long)k.tv_nsec;	/* the top half is ignored, as Linux's ia32 does */
	return 0;
}

static int put_old_timespec32(const struct timespec64 *ts, struct old_timespec32 __user *uts)
{
	struct old_timespec32 k = { .tv_sec = (int)ts->tv_sec, .tv_nsec = (int)ts->tv_nsec };

	return copy_to_user(uts, &k, sizeof(k)) ? -EFAULT : 0;
}

static int get_old_timespec32(struct timespec64 *ts, const struct old_timespec32 __user *uts)
{
	struct old_timespec32 k;

	if (copy_from_user(&k, uts, sizeof(k)))
		return -EFAULT;
	ts->tv_sec = k.tv_sec;
	ts->tv_nsec = k.tv_nsec;
	return 0;
}

static bool timespec64_valid(const struct timespec64 *ts)
{
	return ts->tv_sec >= 0 && ts->tv_nsec >= 0 && ts->tv_nsec < NSEC_PER_SEC;
}

/* ts - now, or 0 if ts is in the past. */
static struct timespec64 timespec64_until(const struct timespec64 *ts, const struct timespec64 *now)
{
	struct timespec64 d = { ts->tv_sec - now->tv_sec, ts->tv_nsec - now->tv_nsec };

	if (d.tv_nsec < 0) {
		d.tv_nsec += NSEC_PER_SEC;
		d.tv_sec--;
	}
	if (d.tv_sec < 0)
		d.tv_sec = d.tv_nsec = 0;
	return d;
}

/* Ticks that cover d (rounded up), or MAX_SCHEDULE_TIMEOUT for months and more. */
static unsigned long timespec64_to_ticks(const struct timespec64 *d)
{
	if (d->tv_sec >= (time64_t)(MAX_SCHEDULE_TIMEOUT / HZ))
		return MAX_SCHEDULE_TIMEOUT;
	return d->tv_sec * HZ + (d->tv_nsec + NSEC_PER_TICK - 1) / NSEC_PER_TICK;
}

/*
 * do_clock_nanosleep - sleep on clock `which` for *req, or with
 * TIMER_ABSTIME until the clock reads *req. Returns 0 when the time is up;
 * -EINTR when a signal came first, with the time left in *rem for a
 * relative sleep; -EINVAL for an unknown clock or a bad time;
 * -EOPNOTSUPP for a clock that exists but cannot be slept on (the raw,
 * coarse and thread CPU clocks), as Linux.
 */
long do_clock_nanosleep(clockid_t which, int flags, const struct timespec64 *req,
			struct timespec64 *rem)
{
	struct timespec64 now, delta;
	unsigned long left;

	if (which < 0 || which >= MAX_CLOCKS)
		return -EINVAL;
	if (which != CLOCK_REALTIME && which != CLOCK_MONOTONIC && which != CLOCK_BOOTTIME &&
	    which != CLOCK_TAI)
		return posix_clock_get(which, &now) ? -EINVAL : -EOPNOTSUPP;
	if (!timespec64_valid(req))
		return -EINVAL;
	delta = *req;
	if (flags & TIMER_ABSTIME) {
		if (posix_clock_get(which, &now))
			return -EINVAL;
		delta = timespec64_until(req, &now);
	}
	left = timespec64_to_ticks(&delta);
	left = left ? schedule_timeout(left) : 0;
	if (!left)
		return 0;
	if (rem && !(flags & TIMER_ABSTIME))
		ticks_to_timespec64(left, rem);
	return -EINTR;
}

/* ---- the original calls, 32-bit time ---- */

/*
 * nanosleep(rqtp, rmtp): clock_nanosleep on CLOCK_MONOTONIC, relative:
 * 0, or -EINTR with the time left in rmtp (unless NULL) when a signal
 * came first; -EINVAL for a bad time, -EFAULT.
 */
SYSCALL_DEFINE2(nanosleep, struct old_timespec32 __user *, rqtp, struct old_timespec32 __user *, rmtp)
{
	struct timespec64 req, rem;
	long ret;

	if (get_old_timespec32(&req, rqtp))
		return -EFAULT;
	ret = do_clock_nanosleep(CLOCK_MONOTONIC, 0, &req, &rem);
	if (ret == -EINTR && rmtp && put_old_timespec32(&rem, rmtp))
		return -EFAULT;
	return ret;
}

/*
 * alarm(seconds): SIGALRM to the process after that long (0 cancels; one
 * alarm per process, whichever thread sets it); returns the seconds left
 * of the old one.
 */
SYSCALL_DEFINE1(alarm, unsigned int, seconds)
{
	struct signal_struct *sig = current->signal;
	unsigned long old = 0;

	if (sig->alarm && time_after_eq(sig->alarm, jiffies))
		old = (sig->alarm - jiffies + HZ - 1) / HZ;
	sig->alarm = seconds ? jiffies + min(seconds, MAX_SCHEDULE_TIMEOUT / HZ) * HZ : 0;
	return old;
}

/* time(tloc): wall-clock seconds, also stored at tloc unless NULL; or -EFAULT. */
SYSCALL_DEFINE1(time, long __user *, tloc)
{
	long now = (long)ktime_get_real_seconds();

	if (tloc && copy_to_user(tloc, &now, sizeof(now)))
		return -EFAULT;
	return now;
}

/* gettimeofday(tv, tz): the wall clock in tv (unless NULL); tz is ignored. 0 or -EFAULT. */
SYSCALL_DEFINE2(gettimeofday, struct old_timeval32 __user *, tv, void __user *, tz)
{
	struct timespec64 ts;
	struct old_timeval32 now;

	ktime_get_real_ts64(&ts);
	now.tv_sec = (int)ts.tv_sec;
	now.tv_usec = ts.tv_nsec / NSEC_PER_USEC;
	if (tv && copy_to_user(tv, &now, sizeof(now)))
		return -EFAULT;
	return 0;
}

/* clock_gettime(which, tp): 32-bit time of clock `which`; -EINVAL, -EFAULT. */
SYSCALL_DEFINE2(clock_gettime, clockid_t, which, struct old_timespec32 __user *, tp)
{
	struct timespec64 ts;
	int err = posix_clock_get(which, &ts);

	return err ? err : put_old_timespec32(&ts, tp);
}

/* ---- CPU times ---- */

/* struct tms of the i386 ABI: clock ticks (USER_HZ = HZ = 100). */
struct tms32 {
	long tms_utime, tms_stime;	/* this process, user and system */
	long tms_cutime, tms_cstime;	/* its waited-for children, all of theirs too */
};

/*
 * times(tbuf): the CPU times of the process and of its reaped children in
 * tbuf (unless NULL); returns the ticks since boot, or -EFAULT.
 */
SYSCALL_DEFINE1(times, struct tms32 __user *, tbuf)
{
	unsigned long ut, st, cut, cst;
	struct tms32 t;

	thread_group_cputime(current, false, &ut, &st);
	thread_group_cputime(current, true, &cut, &cst);
	t = (struct tms32){ ut, st, cut, cst };
	if (tbuf && copy_to_user(tbuf, &t, sizeof(t)))
		return -EFAULT;
	return jiffies;
}

/* clock_gettime64(which, tp): 64-bit time of clock `which`; -EINVAL, -EFAULT. */
SYSCALL_DEFINE2(clock_gettime64, clockid_t, which, struct __kernel_timespec __user *, tp)
{
	struct timespec64 ts;
	int err = posix_clock_get(which, &ts);

	return err ? err : put_timespec64(&ts, tp);
}

/* The resolution of clock `which`: one tick for every clock there is. */
static int posix_clock_getres(clockid_t which, struct timespec64 *ts)
{
	int err = posix_clock_get(which, ts);

	if (!err) {
		ts->tv_sec = 0;
		ts->tv_nsec = NSEC_PER_TICK;
	}
	return err;
}

/* clock_getres(which, tp): the resolution (tp may be NULL); -EINVAL, -EFAULT. */
SYSCALL_DEFINE2(clock_getres, clockid_t, which, struct old_timespec32 __user *, tp)
{
	struct timespec64 ts;
	int err = posix_clock_getres(which, &ts);

	return err || !tp ? err : put_old_timespec32(&ts, tp);
}

/* clock_getres_time64(which, tp): clock_getres with 64-bit time. */
SYSCALL_DEFINE2(clock_getres_time64, clockid_t, which, struct __kernel_timespec __user *, tp)
{
	struct timespec64 ts;
	int err = posix_clock_getres(which, &ts);

	return err || !tp ? err : put_timespec64(&ts, tp);
}

/*
 * clock_nanosleep(which, flags, rqtp, rmtp): see do_clock_nanosleep; the
 * time left goes to rmtp (if not NULL) on -EINTR of a relative sleep.
 */
SYSCALL_DEFINE4(clock_nanosleep, clockid_t, which, int, flags,
		const struct old_timespec32 __user *, rqtp, struct old_timespec32 __user *, rmtp)
{
	struct timespec64 req, rem;
	long ret;

	if (get_old_timespec32(&req, rqtp))
		return -EFAULT;
	ret = do_clock_nanosleep(which, flags, &req, &rem);
	if (ret == -EINTR && rmtp && !(flags & TIMER_ABSTIME) && put_old_timespec32(&rem, rmtp))
		return -EFAULT;
	return ret;
}

/* clock_nanosleep_time64: clock_nanosleep with 64-bit time. */
SYSCALL_DEFINE4(clock_nanosleep_time64, clockid_t, which, int, flags,
		const struct __kernel_timespec __user *, rqtp, struct __kernel_timespec __user *, rmtp)
{
	struct timespec64 req, rem;
	long ret;

	if (get_timespec64(&req, rqtp))
		return -EFAULT;
	ret = do_clock_nanosleep(which, flags, &req, &rem);
	if (ret == -EINTR && rmtp && !(flags & TIMER_ABSTIME) && put_timespec64(&rem, rmtp))
		return -EFAULT;
	return ret;
}
