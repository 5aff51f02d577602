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
SYSCALL_DEFINE(__NR_set_tid_address, set_tid_address);
long sys_set_tid_address(struct pt_regs *regs)
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

/* uname(buf): fill the user's struct new_utsname; 0 or -EFAULT. */
SYSCALL_DEFINE(__NR_uname, uname);
long sys_uname(struct pt_regs *regs)
{
	struct new_utsname u;

	memset(&u, 0, sizeof(u));
	strlcpy(u.sysname, "Linux", sizeof(u.sysname));	/* the ABI we speak */
	strlcpy(u.nodename, "vmkernel", sizeof(u.nodename));
	strlcpy(u.release, "2.6.0-vmkernel", sizeof(u.release));
	strlcpy(u.version, "#1 vmkernel teaching kernel", sizeof(u.version));
	strlcpy(u.machine, "i686", sizeof(u.machine));
	strlcpy(u.domainname, "(none)", sizeof(u.domainname));
	return copy_to_user((void *)regs->ebx, &u, sizeof(u)) ? -EFAULT : 0;
}

/* personality(persona): remember it (0xffffffff only asks); returns the old one. */
SYSCALL_DEFINE(__NR_personality, personality);
long sys_personality(struct pt_regs *regs)
{
	unsigned long old = current->personality;

	if (regs->ebx != PER_QUERY)
		current->personality = regs->ebx;
	return old;
}

/* sched_yield(): let every other runnable task run first; always 0. */
SYSCALL_DEFINE(__NR_sched_yield, sched_yield);
long sys_sched_yield(struct pt_regs *regs)
{
	schedule();
	return 0;
}

struct timespec32 {
	long tv_sec, tv_nsec;
};

/* nanosleep(req, rem): sleep in whole ticks (rounded up); -EINTR with rem on a signal. */
SYSCALL_DEFINE(__NR_nanosleep, nanosleep);
long sys_nanosleep(struct pt_regs *regs)
{
	struct timespec32 ts;
	unsigned long ticks, left;

	if (copy_from_user(&ts, (const void *)regs->ebx, sizeof(ts)))
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
	if (regs->ecx) {
		ts.tv_sec = left / HZ;
		ts.tv_nsec = (left % HZ) * NSEC_PER_TICK;
		if (copy_to_user((void *)regs->ecx, &ts, sizeof(ts)))
			return -EFAULT;
	}
	return -EINTR;
}

/* alarm(seconds): SIGALRM after that long (0 cancels); returns the seconds left of the old one. */
SYSCALL_DEFINE(__NR_alarm, alarm);
long sys_alarm(struct pt_regs *regs)
{
	unsigned long old = 0;

	if (current->alarm && time_after_eq(current->alarm, jiffies))
		old = (current->alarm - jiffies + HZ - 1) / HZ;
	current->alarm = regs->ebx ? jiffies + min(regs->ebx, MAX_SCHEDULE_TIMEOUT / HZ) * HZ : 0;
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
SYSCALL_DEFINE(__NR_time, time);
long sys_time(struct pt_regs *regs)
{
	struct timespec32 ts;

	read_clock(&ts, true);
	if (regs->ebx && copy_to_user((void *)regs->ebx, &ts.tv_sec, sizeof(long)))
		return -EFAULT;
	return ts.tv_sec;
}

/* gettimeofday(tv, tz): the wall clock in tv (unless NULL); tz is ignored. 0 or -EFAULT. */
SYSCALL_DEFINE(__NR_gettimeofday, gettimeofday);
long sys_gettimeofday(struct pt_regs *regs)
{
	struct timespec32 ts;

	read_clock(&ts, true);
	ts.tv_nsec /= 1000;	/* struct timeval: microseconds */
	if (regs->ebx && copy_to_user((void *)regs->ebx, &ts, sizeof(ts)))
		return -EFAULT;
	return 0;
}

/* clock_gettime(clock, ts): CLOCK_REALTIME the wall clock, every other the time since boot. */
SYSCALL_DEFINE(__NR_clock_gettime, clock_gettime);
long sys_clock_gettime(struct pt_regs *regs)
{
	struct timespec32 ts;

	if (regs->ebx > CLOCK_TAI)
		return -EINVAL;
	read_clock(&ts, regs->ebx == CLOCK_REALTIME);
	return copy_to_user((void *)regs->ecx, &ts, sizeof(ts)) ? -EFAULT : 0;
}

/*
 * reboot(magic1, magic2, cmd): with Linux's magic numbers, halt, power-off
 * and restart all write every dirty page back and end the machine (QEMU
 * exits). Anything else is -EINVAL.
 */
SYSCALL_DEFINE(__NR_reboot, reboot);
long sys_reboot(struct pt_regs *regs)
{
	unsigned long magic2 = regs->ecx, cmd = regs->edx;

	if (regs->ebx != LINUX_REBOOT_MAGIC1 ||
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
