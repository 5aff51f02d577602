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
#include <kernel/version.h>
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

/* getpid(): the caller's process id: its thread group's, the leader's tid. */
SYSCALL_DEFINE0(getpid)
{
	return current->tgid;
}

/* gettid(): the calling thread's own id (getpid() in the group's first thread). */
SYSCALL_DEFINE0(gettid)
{
	return current->pid;
}

/*
 * set_tid_address(tidptr): the word to zero at exit, as CLONE_CHILD_CLEARTID
 * (C libraries call it at start-up); returns the caller's tid.
 */
SYSCALL_DEFINE1(set_tid_address, int __user *, tidptr)
{
	current->clear_child_tid = tidptr;
	return current->pid;
}

/* getppid(): the parent's pid (init's after the parent exited; 0 for init). */
SYSCALL_DEFINE0(getppid)
{
	return current->parent ? current->parent->tgid : 0;
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

/* Is there a process (a zombie will do) in group pgrp of session sid? */
static bool pgrp_in_session(pid_t pgrp, pid_t sid)
{
	struct task_struct *p;

	for_each_process(p)
		if (p->pgrp == pgrp && p->session == sid)
			return true;
	return false;
}

/* Put every thread of p's process into process group pgrp (and session sid). */
static void set_group_ids(struct task_struct *p, pid_t pgrp, pid_t sid)
{
	struct task_struct *t;

	for_each_thread(p, t) {
		t->pgrp = pgrp;
		t->session = sid;
	}
}

/*
 * setpgid(pid, pgid): move the caller's process or a child of its (pid,
 * 0: the caller) into group pgid (0: pid's own), as Linux: -EINVAL for pgid < 0,
 * -ESRCH if pid is neither, -EPERM for a child in another session, for a
 * session leader, or for a pgid that is no group of the caller's session
 * and not pid itself. (Linux's -EACCES for a child that has executed a
 * program is not told apart: every child may move.)
 */
SYSCALL_DEFINE2(setpgid, pid_t, pid, pid_t, pgid)
{
	struct task_struct *p;

	if (!pid)
		pid = current->tgid;
	p = find_task_by_pid(pid);
	if (p)
		pid = p->tgid;	/* a thread's id names its process */
	if (!pgid)
		pgid = pid;

	if (pgid < 0)
		return -EINVAL;
	if (!p || (p->tgid != current->tgid && p->parent->tgid != current->tgid))
		return -ESRCH;
	if (p->session != current->session || p->session == p->tgid)
		return -EPERM;
	if (pgid != pid && !pgrp_in_session(pgid, current->session))
		return -EPERM;
	set_group_ids(p, pgid, p->session);
	return 0;
}


#define PR_SET_PDEATHSIG	1
#define PR_GET_PDEATHSIG	2
#define PR_GET_DUMPABLE		3
#define PR_SET_DUMPABLE		4
#define PR_SET_NAME		15
#define PR_GET_NAME		16

/* PR_SET_NAME: the task's name (comm), at most 15 bytes and a NUL. */
static long prctl_set_name(const char __user *uname)
{
	char name[TASK_COMM_LEN];
	long len = strncpy_from_user(name, uname, sizeof(name));

	if (len < 0 && len != -ENAMETOOLONG)
		return len;
	name[sizeof(name) - 1] = '\0';	/* a longer name is cut, as Linux does */
	memcpy(current->comm, name, sizeof(name));
	return 0;
}

/*
 * prctl(option, arg2, ...): the options C libraries and busybox use -
 * PR_SET_NAME/PR_GET_NAME (comm, as /proc/PID/stat shows it),
 * PR_SET_PDEATHSIG/PR_GET_PDEATHSIG (the signal sent when the parent
 * exits; not inherited), PR_GET_DUMPABLE (1; there are no core dumps)
 * and PR_SET_DUMPABLE (0 or 1). Any other option is -EINVAL, as Linux's
 * answer to an option it does not know.
 */
SYSCALL_DEFINE5(prctl, int, option, unsigned long, arg2, unsigned long, arg3,
		unsigned long, arg4, unsigned long, arg5)
{
	switch (option) {
	case PR_SET_NAME:
		return prctl_set_name((const char __user *)arg2);
	case PR_GET_NAME:
		return copy_to_user((void __user *)arg2, current->comm, TASK_COMM_LEN) ? -EFAULT : 0;
	case PR_SET_PDEATHSIG:
		if (arg2 > _NSIG)
			return -EINVAL;
		current->pdeath_signal = arg2;
		return 0;
	case PR_GET_PDEATHSIG:
		return copy_to_user((int __user *)arg2, &current->pdeath_signal, sizeof(int)) ?
		       -EFAULT : 0;
	case PR_GET_DUMPABLE:
		return 1;
	case PR_SET_DUMPABLE:
		return arg2 <= 1 ? 0 : -EINVAL;
	}
	return -EINVAL;
}

/* uname(name): fill the user's struct new_utsname; 0 or -EFAULT. */
SYSCALL_DEFINE1(uname, struct new_utsname __user *, name)
{
	struct new_utsname u;

	memset(&u, 0, sizeof(u));
	strlcpy(u.sysname, "Linux", sizeof(u.sysname));	/* the ABI we speak */
	strlcpy(u.nodename, "vmkernel", sizeof(u.nodename));
	strlcpy(u.release, UTS_RELEASE, sizeof(u.release));
	strlcpy(u.version, UTS_VERSION, sizeof(u.version));
	strlcpy(u.machine, "i686", sizeof(u.machine));
	strlcpy(u.domainname, "(none)", sizeof(u.domainname));
	return copy_to_user(name, &u, sizeof(u)) ? -EFAULT : 0;
}

/*
 * personality(personality): remember it (0xffffffff only asks); returns
 * the old one. Kept across fork and exec; the next exec reads
 * ADDR_COMPAT_LAYOUT and ADDR_NO_RANDOMIZE (arch_pick_mmap_layout).
 */
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

/*
 * setsid(): make the caller the leader of a new session and of a new
 * process group in it, both numbered by its pid, with no controlling
 * terminal. Returns the new session id; -EPERM if the caller already leads
 * a process group (or there is a group with its number).
 */
SYSCALL_DEFINE0(setsid)
{
	struct task_struct *p;

	for_each_process(p)
		if (p->pgrp == current->tgid)
			return -EPERM;
	set_group_ids(current, current->tgid, current->tgid);
	for_each_thread(current, p)
		p->tty = NULL;
	return current->session;
}

/* getsid(pid): the session of pid (0: the caller), or -ESRCH. */
SYSCALL_DEFINE1(getsid, pid_t, pid)
{
	struct task_struct *p = pid ? find_task_by_pid(pid) : current;

	return p ? p->session : -ESRCH;
}
