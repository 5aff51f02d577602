/*
 * Resource limits (Linux: kernel/sys.c's getrlimit/setrlimit/prlimit64,
 * the limits themselves in task->rlim, inherited at fork and kept across
 * exec). Which limits the kernel enforces, and where:
 *	RLIMIT_NOFILE	fd allocation (fs/file_table.c), dup2/dup3, F_DUPFD
 *	RLIMIT_STACK	expand_stack (mm/mmap.c)
 *	RLIMIT_AS	may_expand_vm: mmap, brk, mremap, stack growth
 *	RLIMIT_DATA	brk (the heap's size)
 *	RLIMIT_NPROC	fork and clone (threads count), for an unprivileged real
 *			uid; starts at half of threads-max, as Linux's
 *	RLIMIT_FSIZE	write and truncate past it: SIGXFSZ and EFBIG
 *	RLIMIT_MEMLOCK	mlock and mlockall, unprivileged
 *	RLIMIT_CPU	the timer tick: SIGXCPU past the soft limit (and every second
 *			after), SIGKILL at the hard one (kernel/sched.c)
 *	RLIMIT_CORE	the size of a core dump (fs/coredump.c); below a page, none
 * The others are kept and reported; what they limit (POSIX message
 * queues, file locks, real-time scheduling) does not exist here, and
 * Linux does not enforce RLIMIT_RSS either.
 *
 * RLIMIT_NOFILE cannot be raised past NR_OPEN_DEFAULT (256), the size of
 * the fd table: Linux's answer to a limit above its nr_open is EPERM too.
 */
#include <asm/uaccess.h>
#include <fs/fs.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <uapi/errno.h>
#include <uapi/resource.h>

/*
 * The limits a new system starts with (Linux's INIT_RLIMITS, sized to this
 * kernel); RLIMIT_NPROC and RLIMIT_SIGPENDING are set from memory at boot
 * (fork_init), before init copies them.
 */
struct rlimit init_rlimits[RLIM_NLIMITS] = {
	[RLIMIT_CPU] = { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_FSIZE] = { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_DATA] = { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_STACK] = { 8UL << 20, RLIM_INFINITY },
	[RLIMIT_CORE] = { 0, RLIM_INFINITY },
	[RLIMIT_RSS] = { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_NPROC] = { MIN_THREADS / 2, MIN_THREADS / 2 },
	[RLIMIT_NOFILE] = { NR_OPEN_DEFAULT, NR_OPEN_DEFAULT },
	[RLIMIT_MEMLOCK] = { 8UL << 20, 8UL << 20 },
	[RLIMIT_AS] = { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_LOCKS] = { RLIM_INFINITY, RLIM_INFINITY },
	[RLIMIT_SIGPENDING] = { MIN_THREADS / 2, MIN_THREADS / 2 },
	[RLIMIT_MSGQUEUE] = { 819200, 819200 },
	[RLIMIT_NICE] = { 0, 0 },
	[RLIMIT_RTPRIO] = { 0, 0 },
	[RLIMIT_RTTIME] = { RLIM_INFINITY, RLIM_INFINITY },
};

/* Set both halves of boot limit `res` (before init starts): fork_init's sizing. */
void set_init_rlimit(unsigned int res, unsigned long value)
{
	init_rlimits[res].rlim_cur = value;
	init_rlimits[res].rlim_max = value;
}

/* rlimit - current's soft limit of resource `res`. */
unsigned long rlimit(unsigned int res)
{
	return current ? current->rlim[res].rlim_cur : init_rlimits[res].rlim_cur;
}

/*
 * do_prlimit - read tsk's limit `res` into *old (unless NULL) and set it
 * to *new (unless NULL) for every thread of tsk's process (limits are the
 * process's, as Linux keeps them in signal_struct; each thread holds an
 * equal copy here), as Linux's: -EINVAL for an unknown resource or a
 * soft limit above the hard one; -EPERM for raising the hard limit
 * without privilege, or RLIMIT_NOFILE past NR_OPEN_DEFAULT.
 */
static long do_prlimit(struct task_struct *tsk, unsigned int res, const struct rlimit *new,
		       struct rlimit *old)
{
	struct task_struct *t;
	struct rlimit *r;

	if (res >= RLIM_NLIMITS)
		return -EINVAL;
	r = &tsk->rlim[res];
	if (new) {
		if (new->rlim_cur > new->rlim_max)
			return -EINVAL;
		if (new->rlim_max > r->rlim_max && current->euid != 0)
			return -EPERM;
		if (res == RLIMIT_NOFILE && new->rlim_max > NR_OPEN_DEFAULT)
			return -EPERM;
	}
	if (old)
		*old = *r;
	if (new)
		for_each_thread(tsk, t)
			t->rlim[res] = *new;
	return 0;
}

/* ugetrlimit(resource, rlim): the limit, RLIM_INFINITY as ~0UL. */
SYSCALL_DEFINE2(ugetrlimit, unsigned int, resource, struct rlimit __user *, rlim)
{
	struct rlimit r;
	long err = do_prlimit(current, resource, NULL, &r);

	return err ? err : copy_to_user(rlim, &r, sizeof(r)) ? -EFAULT : 0;
}

/*
 * getrlimit(resource, rlim), the first i386 call: as ugetrlimit, but a
 * value above 0x7fffffff (infinity) reads as 0x7fffffff, as Linux's
 * sys_old_getrlimit.
 */
SYSCALL_DEFINE2(getrlimit, unsigned int, resource, struct rlimit __user *, rlim)
{
	struct rlimit r;
	long err = do_prlimit(current, resource, NULL, &r);

	if (err)
		return err;
	r.rlim_cur = min(r.rlim_cur, 0x7fffffffUL);
	r.rlim_max = min(r.rlim_max, 0x7fffffffUL);
	return copy_to_user(rlim, &r, sizeof(r)) ? -EFAULT : 0;
}

/* setrlimit(resource, rlim): see do_prlimit; -EFAULT. */
SYSCALL_DEFINE2(setrlimit, unsigned int, resource, const struct rlimit __user *, rlim)
{
	struct rlimit r;

	if (copy_from_user(&r, rlim, sizeof(r)))
		return -EFAULT;
	return do_prlimit(current, resource, &r, NULL);
}

/* A 64-bit limit as the kernel's: values past 32 bits are infinity. */
static unsigned long rlim64_to_ul(unsigned long long v)
{
	return v >= RLIM_INFINITY ? RLIM_INFINITY : (unsigned long)v;
}

static unsigned long long ul_to_rlim64(unsigned long v)
{
	return v == RLIM_INFINITY ? RLIM64_INFINITY : v;
}

/*
 * prlimit64(pid, resource, new, old): get and/or set the limit of pid (0:
 * the caller), 64-bit values. -ESRCH for no such process; another's limits
 * only as root (-EPERM); then as do_prlimit.
 */
SYSCALL_DEFINE4(prlimit64, pid_t, pid, unsigned int, resource,
		const struct rlimit64 __user *, new_rlim, struct rlimit64 __user *, old_rlim)
{
	struct task_struct *tsk = pid ? find_task_by_pid(pid) : current;
	struct rlimit new, old;
	struct rlimit64 r64;
	long err;

	if (!tsk || tsk->state == TASK_ZOMBIE || tsk->state == TASK_DEAD)
		return -ESRCH;
	if (tsk != current && current->euid != 0 && current->uid != tsk->uid)
		return -EPERM;
	if (new_rlim) {
		if (copy_from_user(&r64, new_rlim, sizeof(r64)))
			return -EFAULT;
		new.rlim_cur = rlim64_to_ul(r64.rlim_cur);
		new.rlim_max = rlim64_to_ul(r64.rlim_max);
	}
	err = do_prlimit(tsk, resource, new_rlim ? &new : NULL, old_rlim ? &old : NULL);
	if (err || !old_rlim)
		return err;
	r64.rlim_cur = ul_to_rlim64(old.rlim_cur);
	r64.rlim_max = ul_to_rlim64(old.rlim_max);
	return copy_to_user(old_rlim, &r64, sizeof(r64)) ? -EFAULT : 0;
}
