/*
 * Small process system calls: identity (getpid, getppid, the uid family:
 * everyone is root), uname, personality, time (nanosleep, alarm,
 * gettimeofday, clock_gettime from the tick counter), sched_yield, and
 * reboot, which writes everything back and powers the machine off.
 */
#include <asm/irq.h>
#include <asm/uaccess.h>
#include <fs/fs.h>
#include <kernel/console.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <lib/string.h>
#include <mm/page.h>
#include <uapi/errno.h>
#include <uapi/utsname.h>

#define LINUX_REBOOT_MAGIC1		0xfee1dead
#define LINUX_REBOOT_MAGIC2		672274793
#define LINUX_REBOOT_MAGIC2A		85072278
#define LINUX_REBOOT_MAGIC2B		369367448
#define LINUX_REBOOT_MAGIC2C		537993216
#define LINUX_REBOOT_CMD_RESTART	0x01234567
#define LINUX_REBOOT_CMD_HALT		0xCDEF0123
#define LINUX_REBOOT_CMD_CAD_ON		0x89ABCDEF
#define LINUX_REBOOT_CMD_CAD_OFF	0x00000000
#define LINUX_REBOOT_CMD_POWER_OFF	0x4321FEDC
#define PER_QUERY			0xffffffffUL
#define NSEC_PER_SEC			1000000000L
#define NSEC_PER_TICK			(NSEC_PER_SEC / HZ)
#define CLOCK_REALTIME			0
#define CLOCK_TAI			11	/* the highest clock id Linux knows */

/* getpid(): the caller's pid. */
SYSCALL_DEFINE0(getpid)
{
	return current->pid;
}

/* gettid(): one thread per process, so the pid. */
SYSCALL_DEFINE0(gettid)
{
	return current->pid;
}

/*
 * set_tid_address(tidptr): C libraries call it at start-up; without threads
 * there is nothing to clear at exit, so only the tid is returned.
 */
SYSCALL_DEFINE1(set_tid_address, int __user *, tidptr)
{
	return current->pid;
}

/* getppid(): the parent's pid (init's after the parent exited; 0 for init). */
SYSCALL_DEFINE0(getppid)
{
	return current->parent ? current->parent->pid : 0;
}

/* getpgrp(): the caller's process group. */
SYSCALL_DEFINE0(getpgrp)
{
	return current->pgrp;
}

/* getpgid(pid): the process group of pid (0: the caller). */
SYSCALL_DEFINE1(getpgid, pid_t, pid)
{
	struct task_struct *p = pid ? find_task_by_pid(pid) : current;

	return p ? p->pgrp : -ESRCH;
}

/* setpgid(pid, pgid): only for the caller or its children, as Linux. */
SYSCALL_DEFINE2(setpgid, pid_t, pid, pid_t, pgid)
{
	struct task_struct *p;

	if (!pid)
		pid = current->pid;
	if (!pgid)
		pgid = pid;
	p = find_task_by_pid(pid);

	if (pgid < 0)
		return -EINVAL;
	if (!p || (p != current && p->parent != current))
		return -ESRCH;
	p->pgrp = pgid;
	return 0;
}

/* The uid family: there is one user, root. */
SYSCALL_DEFINE0(getuid) { return 0; }
SYSCALL_DEFINE0(geteuid) { return 0; }
SYSCALL_DEFINE0(getgid) { return 0; }
SYSCALL_DEFINE0(getegid) { return 0; }

/* uname(name): fill the user's struct new_utsname; 0 or -EFAULT. */
SYSCALL_DEFINE1(uname, struct new_utsname __user *, name)
{
	struct new_utsname u;

	memset(&u, 0, sizeof(u));
	strlcpy(u.sysname, "Linux", sizeof(u.sysname));	/* the ABI we speak */
	strlcpy(u.nodename, "vmkernel", sizeof(u.nodename));
	strlcpy(u.release, "2.6.0-vmkernel", sizeof(u.release));
	strlcpy(u.version, "#1 vmkernel teaching kernel", sizeof(u.version));
	strlcpy(u.machine, "i686", sizeof(u.machine));
	strlcpy(u.domainname, "(none)", sizeof(u.domainname));
	return copy_to_user(name, &u, sizeof(u)) ? -EFAULT : 0;
}

/* personality(personality): remember it (0xffffffff only asks); returns the old one. */
SYSCALL_DEFINE1(personality, unsigned int, personality)
{
	unsigned long old = current->personality;

	if (personality != PER_QUERY)
		current->personality = personality;
	return old;
}

/* sched_yield(): let every other runnable task run first; always 0. */
SYSCALL_DEFINE0(sched_yield)
{
	schedule();
	return 0;
}

struct timespec32 {
	long tv_sec, tv_nsec;
};
/* struct timeval of the i386 ABI: seconds, microseconds. */
struct timeval32 {
	long tv_sec, tv_usec;
};
struct timezone;	/* gettimeofday's second argument: never looked at */

/* nanosleep(req, rem): sleep in whole ticks (rounded up); -EINTR with rem on a signal. */
SYSCALL_DEFINE2(nanosleep, struct timespec32 __user *, rqtp, struct timespec32 __user *, rmtp)
{
	struct timespec32 ts;
	unsigned long ticks, left;

	if (copy_from_user(&ts, rqtp, sizeof(ts)))
		return -EFAULT;
	if (ts.tv_sec < 0 || ts.tv_nsec < 0 || ts.tv_nsec >= NSEC_PER_SEC)
		return -EINVAL;
	if ((unsigned long)ts.tv_sec >= MAX_SCHEDULE_TIMEOUT / HZ)
		ticks = MAX_SCHEDULE_TIMEOUT;	/* months: as good as forever */
	else
		ticks = ts.tv_sec * HZ + (ts.tv_nsec + NSEC_PER_TICK - 1) / NSEC_PER_TICK;
	left = ticks ? schedule_timeout(ticks) : 0;
	if (!left)
		return 0;
	if (rmtp) {
		ts.tv_sec = left / HZ;
		ts.tv_nsec = (left % HZ) * NSEC_PER_TICK;
		if (copy_to_user(rmtp, &ts, sizeof(ts)))
			return -EFAULT;
	}
	return -EINTR;
}

/* alarm(seconds): SIGALRM after that long (0 cancels); returns the seconds left of the old one. */
SYSCALL_DEFINE1(alarm, unsigned int, seconds)
{
	unsigned long old = 0;

	if (current->alarm && time_after_eq(current->alarm, jiffies))
		old = (current->alarm - jiffies + HZ - 1) / HZ;
	current->alarm = seconds ? jiffies + min(seconds, MAX_SCHEDULE_TIMEOUT / HZ) * HZ : 0;
	return old;
}

/*
 * Seconds and nanoseconds from the tick counter: since boot, or for the
 * wall clock since the epoch fs/ stamps files with (there is no RTC), so
 * time() and file times agree.
 */
static void read_clock(struct timespec32 *ts, bool wall)
{
	unsigned long j = jiffies;

	ts->tv_sec = j / HZ + (wall ? current_time() - j / HZ : 0);
	ts->tv_nsec = (j % HZ) * NSEC_PER_TICK;
}

/* time(tloc): wall-clock seconds, also stored at tloc unless NULL; or -EFAULT. */
SYSCALL_DEFINE1(time, long __user *, tloc)
{
	struct timespec32 ts;

	read_clock(&ts, true);
	if (tloc && copy_to_user(tloc, &ts.tv_sec, sizeof(long)))
		return -EFAULT;
	return ts.tv_sec;
}

/* gettimeofday(tv, tz): the wall clock in tv (unless NULL); tz is ignored. 0 or -EFAULT. */
SYSCALL_DEFINE2(gettimeofday, struct timeval32 __user *, tv, struct timezone __user *, tz)
{
	struct timespec32 ts;
	struct timeval32 now;

	read_clock(&ts, true);
	now.tv_sec = ts.tv_sec;
	now.tv_usec = ts.tv_nsec / 1000;
	if (tv && copy_to_user(tv, &now, sizeof(now)))
		return -EFAULT;
	return 0;
}

/* clock_gettime(clock, ts): CLOCK_REALTIME the wall clock, every other the time since boot. */
SYSCALL_DEFINE2(clock_gettime, clockid_t, which_clock, struct timespec32 __user *, tp)
{
	struct timespec32 ts;

	/* Unsigned, so a negative id (a CPU-time clock in Linux) is -EINVAL too. */
	if ((unsigned int)which_clock > CLOCK_TAI)
		return -EINVAL;
	read_clock(&ts, which_clock == CLOCK_REALTIME);
	return copy_to_user(tp, &ts, sizeof(ts)) ? -EFAULT : 0;
}

/*
 * reboot(magic1, magic2, cmd, arg): with Linux's magic numbers, halt,
 * power-off and restart all write every dirty page back and end the machine
 * (QEMU exits); arg (LINUX_REBOOT_CMD_RESTART2's command) is not used.
 * Anything else is -EINVAL.
 */
SYSCALL_DEFINE4(reboot, int, magic1, int, magic2, unsigned int, cmd, void __user *, arg)
{
	if ((unsigned int)magic1 != LINUX_REBOOT_MAGIC1 ||
	    (magic2 != LINUX_REBOOT_MAGIC2 && magic2 != LINUX_REBOOT_MAGIC2A &&
	     magic2 != LINUX_REBOOT_MAGIC2B && magic2 != LINUX_REBOOT_MAGIC2C))
		return -EINVAL;
	switch (cmd) {
	case LINUX_REBOOT_CMD_CAD_ON:
	case LINUX_REBOOT_CMD_CAD_OFF:
		return 0;
	case LINUX_REBOOT_CMD_POWER_OFF:
	case LINUX_REBOOT_CMD_HALT:
	case LINUX_REBOOT_CMD_RESTART:
		sync_all();
		printk(KERN_NOTICE "reboot: Power down (%lu frames free)\n", nr_free_pages);
		qemu_exit(QEMU_EXIT_POWEROFF);
	default:
		return -EINVAL;
	}
}
