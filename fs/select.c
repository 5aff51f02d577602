/*
 * poll(2) (Linux: fs/select.c). Each descriptor's file says which events
 * could happen now (f_op->poll); a file without that method is always
 * readable and writable, like a regular file.
 *
 * Waiting differs from Linux in one way a student should know: Linux
 * registers the caller on every polled file's wait queue (poll_wait) and
 * sleeps until one of them wakes it. Our wait queues hold one sleeper
 * entry per task, so poll instead looks again at every tick (10 ms) until
 * something is ready, the timeout passes or a signal arrives. The answers
 * are Linux's; only the wake-up can come up to a tick late.
 */
#include <asm/irq.h>
#include <asm/uaccess.h>
#include <fs/fs.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <kernel/syscalls.h>
#include <mm/slab.h>
#include <uapi/errno.h>
#include <uapi/poll.h>
#include <uapi/time.h>
#include <lib/string.h>

#define DEFAULT_POLLMASK	(POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM)
#define POLL_MAX_FDS		NR_OPEN_DEFAULT	/* Linux: RLIMIT_NOFILE */

/* The events of one pollfd now, POLLNVAL for a closed fd; 0 for fd < 0. */
static short poll_one(const struct pollfd *pfd)
{
	struct file *file;
	unsigned int mask;

	if (pfd->fd < 0)
		return 0;
	file = fget(pfd->fd);
	if (!file)
		return POLLNVAL;
	mask = file->f_op && file->f_op->poll ? file->f_op->poll(file) : DEFAULT_POLLMASK;
	fput(file);
	/* POLLERR and POLLHUP are reported whether asked for or not. */
	return mask & (pfd->events | POLLERR | POLLHUP);
}

/* Fill every revents; the number of entries with one. */
static int poll_scan(struct pollfd *fds, unsigned int nfds)
{
	unsigned int i;
	int count = 0;

	for (i = 0; i < nfds; i++) {
		fds[i].revents = poll_one(&fds[i]);
		if (fds[i].revents)
			count++;
	}
	return count;
}

/*
 * do_poll - wait until one of fds is ready, for at most `ticks` jiffies
 * (MAX_SCHEDULE_TIMEOUT: no limit; 0: just look). Returns the number of
 * ready entries (0 on timeout), or -ERESTARTSYS if a signal came first.
 */
static int do_poll(struct pollfd *fds, unsigned int nfds, unsigned long ticks)
{
	unsigned long end = jiffies + ticks;
	int count;

	for (;;) {
		count = poll_scan(fds, nfds);
		if (count || !ticks)
			return count;
		if (signal_pending(current))
			return -ERESTARTSYS;
		if (ticks != MAX_SCHEDULE_TIMEOUT && time_after_eq(jiffies, end))
			return 0;
		schedule_timeout(1);
	}
}

/*
 * poll(ufds, nfds, timeout_msecs): which of the nfds descriptors are ready
 * for the events asked; waits up to timeout_msecs (negative: forever).
 * Returns how many entries have revents set, 0 on timeout; -EINVAL for
 * more than POLL_MAX_FDS entries, -EFAULT, -ENOMEM, -EINTR (a signal
 * handler ran; poll is not restarted, as Linux's is not when it timed).
 */
SYSCALL_DEFINE3(poll, struct pollfd __user *, ufds, unsigned int, nfds, int, timeout_msecs)
{
	unsigned long ticks = MAX_SCHEDULE_TIMEOUT;
	struct pollfd *fds;
	int ret;

	if (nfds > POLL_MAX_FDS)
		return -EINVAL;
	if (timeout_msecs >= 0)
		ticks = ((unsigned long)timeout_msecs * HZ + 999) / 1000;
	fds = kmalloc(nfds * sizeof(*fds) + 1);
	if (!fds)
		return -ENOMEM;
	ret = -EFAULT;
	if (copy_from_user(fds, ufds, nfds * sizeof(*fds)))
		goto out;
	ret = do_poll(fds, nfds, ticks);
	if (ret >= 0 && copy_to_user(ufds, fds, nfds * sizeof(*fds)))
		ret = -EFAULT;
	if (ret == -ERESTARTSYS && timeout_msecs >= 0)
		ret = -EINTR;
out:
	kfree(fds);
	return ret;
}

/* ---- select ---- */

/* What select counts as readable, writable and exceptional (Linux's POLL*_SET). */
#define POLLIN_SET	(POLLRDNORM | POLLRDBAND | POLLIN | POLLHUP | POLLERR)
#define POLLOUT_SET	(POLLWRBAND | POLLWRNORM | POLLOUT | POLLERR)
#define POLLEX_SET	POLLPRI
#define FDSET_WORDS	(NR_OPEN_DEFAULT / 32)

/* The three fd sets of a select, for the fds below n. */
struct fd_sets {
	u32 in[FDSET_WORDS], out[FDSET_WORDS], ex[FDSET_WORDS];
};

static bool fd_isset(const u32 *set, int fd)
{
	return set[fd / 32] & (1u << (fd % 32));
}

/* Copy one user set (NULL: empty) of n bits; -EFAULT. */
static int get_fd_set(u32 *set, const void __user *uset, int n)
{
	memset(set, 0, FDSET_WORDS * 4);
	if (!uset)
		return 0;
	if (copy_from_user(set, uset, (n + 7) / 8))
		return -EFAULT;
	if (n % 32)
		set[n / 32] &= (1u << (n % 32)) - 1;
	return 0;
}

static int put_fd_set(void __user *uset, const u32 *set, int n)
{
	return uset && copy_to_user(uset, set, (n + 7) / 8) ? -EFAULT : 0;
}

/*
 * The asked sets as pollfds: one per fd in any set, with the events its
 * sets ask. The number of entries, or -EBADF for an fd that is not open.
 */
static int sets_to_pollfds(const struct fd_sets *sets, int n, struct pollfd *fds)
{
	int fd, count = 0;

	for (fd = 0; fd < n; fd++) {
		short events = (fd_isset(sets->in, fd) ? POLLIN_SET : 0) |
			       (fd_isset(sets->out, fd) ? POLLOUT_SET : 0) |
			       (fd_isset(sets->ex, fd) ? POLLEX_SET : 0);
		struct file *file;

		if (!events)
			continue;
		file = fget(fd);
		if (!file)
			return -EBADF;
		fput(file);
		fds[count].fd = fd;
		fds[count++].events = events;
	}
	return count;
}

/* The answer sets from the polled entries; the number of bits set (an fd may count twice). */
static int pollfds_to_sets(const struct pollfd *fds, int count, const struct fd_sets *asked,
			   struct fd_sets *res)
{
	int i, bits = 0;

	memset(res, 0, sizeof(*res));
	for (i = 0; i < count; i++) {
		int fd = fds[i].fd;
		u32 bit = 1u << (fd % 32);

		if ((fds[i].revents & POLLIN_SET) && fd_isset(asked->in, fd))
			res->in[fd / 32] |= bit, bits++;
		if ((fds[i].revents & POLLOUT_SET) && fd_isset(asked->out, fd))
			res->out[fd / 32] |= bit, bits++;
		if ((fds[i].revents & POLLEX_SET) && fd_isset(asked->ex, fd))
			res->ex[fd / 32] |= bit, bits++;
	}
	return bits;
}

/*
 * Wait until one of the fds below n in the sets inp, outp, exp is ready,
 * for at most *ticks jiffies (MAX_SCHEDULE_TIMEOUT: no limit), then leave
 * only the ready ones in the sets and the unused part in *ticks. The
 * number of bits set, 0 on timeout; -EINVAL for a negative n, -EBADF,
 * -EFAULT, -ENOMEM, -ERESTARTNOHAND for a signal. Linux's core_sys_select.
 */
static long core_sys_select(int n, void __user *inp, void __user *outp, void __user *exp,
			    unsigned long *ticks)
{
	struct fd_sets *sets = kmalloc(2 * sizeof(*sets));
	struct pollfd *fds = kmalloc(NR_OPEN_DEFAULT * sizeof(*fds));
	unsigned long start = jiffies;
	long ret;
	int nr;

	ret = -ENOMEM;
	if (!sets || !fds)
		goto out;
	ret = -EINVAL;
	if (n < 0)
		goto out;
	n = min(n, NR_OPEN_DEFAULT);	/* Linux: the fd table's size */
	if ((ret = get_fd_set(sets->in, inp, n)) || (ret = get_fd_set(sets->out, outp, n)) ||
	    (ret = get_fd_set(sets->ex, exp, n)))
		goto out;
	nr = sets_to_pollfds(sets, n, fds);
	ret = nr;
	if (nr < 0)
		goto out;
	ret = do_poll(fds, nr, *ticks);
	if (ret == -ERESTARTSYS)
		ret = -ERESTARTNOHAND;
	if (*ticks != MAX_SCHEDULE_TIMEOUT)
		*ticks = time_after(start + *ticks, jiffies) ? start + *ticks - jiffies : 0;
	if (ret < 0)
		goto out;
	ret = pollfds_to_sets(fds, nr, sets, sets + 1);
	if (put_fd_set(inp, sets[1].in, n) || put_fd_set(outp, sets[1].out, n) ||
	    put_fd_set(exp, sets[1].ex, n))
		ret = -EFAULT;
out:
	kfree(fds);
	kfree(sets);
	return ret;
}

/* A timeout of sec seconds and nsec nanoseconds in jiffies, rounded up (huge: no limit). */
static unsigned long timeout_ticks(long long sec, long nsec)
{
	if (sec >= (long long)(MAX_SCHEDULE_TIMEOUT / HZ) - 1)
		return MAX_SCHEDULE_TIMEOUT - 1;
	return (unsigned long)sec * HZ + (nsec + (1000000000 / HZ) - 1) / (1000000000 / HZ);
}

/*
 * Write the time left back to a timeval or timespec (timespec: ns), as
 * Linux does for select and pselect; if that faults the call cannot be
 * restarted with the right time, so -ERESTARTNOHAND becomes -EINTR.
 */
static long put_time_left(void __user *utime, unsigned long ticks, int kind, long ret)
{
	struct old_timeval32 tv = { ticks / HZ, (ticks % HZ) * (1000000 / HZ) };
	struct old_timespec32 ts = { ticks / HZ, (ticks % HZ) * (1000000000 / HZ) };
	struct __kernel_timespec ts64 = { ticks / HZ, (ticks % HZ) * (1000000000 / HZ) };
	int fault;

	if (kind == 0)
		fault = copy_to_user(utime, &tv, sizeof(tv)) != 0;
	else if (kind == 1)
		fault = copy_to_user(utime, &ts, sizeof(ts)) != 0;
	else
		fault = copy_to_user(utime, &ts64, sizeof(ts64)) != 0;
	return fault && ret == -ERESTARTNOHAND ? -EINTR : ret;
}

/* select with an optional struct timeval (kind 0) - the body of _newselect and old select. */
static long do_select_timeval(int n, void __user *inp, void __user *outp, void __user *exp,
			      struct old_timeval32 __user *tvp)
{
	unsigned long ticks = MAX_SCHEDULE_TIMEOUT;
	struct old_timeval32 tv;
	long ret;

	if (tvp) {
		if (copy_from_user(&tv, tvp, sizeof(tv)))
			return -EFAULT;
		if (tv.tv_sec < 0 || tv.tv_usec < 0)
			return -EINVAL;
		ticks = timeout_ticks(tv.tv_sec + tv.tv_usec / 1000000, (tv.tv_usec % 1000000) * 1000);
	}
	ret = core_sys_select(n, inp, outp, exp, &ticks);
	if (tvp && (ret >= 0 || ret == -ERESTARTNOHAND))
		ret = put_time_left(tvp, ticks, 0, ret);
	return ret;
}

/*
 * _newselect(n, readfds, writefds, exceptfds, timeout): which of the fds
 * below n are ready to read, to write, or have an exceptional condition;
 * waits up to *timeout (NULL: for ever) and writes back the time left, as
 * Linux does. The sets come back holding only the ready fds; returns how
 * many bits are set, 0 on timeout; -EBADF for an fd in a set that is not
 * open, -EINVAL for a negative n or timeout, -EFAULT, -EINTR (a handler
 * ran). The select glibc calls on i386.
 */
SYSCALL_DEFINE5(_newselect, int, n, void __user *, inp, void __user *, outp,
		void __user *, exp, struct old_timeval32 __user *, tvp)
{
	return do_select_timeval(n, inp, outp, exp, tvp);
}

/* The one argument of the old i386 select (82): the five in memory. */
struct sel_arg_struct {
	unsigned long n;
	void __user *inp, *outp, *exp;
	struct old_timeval32 __user *tvp;
};

/* select(args): the original i386 call, _newselect's five arguments in a struct. */
SYSCALL_DEFINE1(select, struct sel_arg_struct __user *, arg)
{
	struct sel_arg_struct a;

	if (copy_from_user(&a, arg, sizeof(a)))
		return -EFAULT;
	return do_select_timeval(a.n, a.inp, a.outp, a.exp, a.tvp);
}

/*
 * pselect with a timeout of kind 1 (old_timespec32) or 2 (64-bit) and an
 * optional signal mask, passed as Linux passes it: sig points to
 * { const sigset_t *set; size_t size }.
 */
static long do_pselect(int n, void __user *inp, void __user *outp, void __user *exp,
		       void __user *tsp, int kind, const u32 __user *sig)
{
	unsigned long ticks = MAX_SCHEDULE_TIMEOUT;
	sigset_t mask, saved = current->blocked;
	bool masked = false;
	long long sec = 0;
	long nsec = 0, ret;

	if (tsp) {
		struct old_timespec32 ts;
		struct __kernel_timespec ts64;

		if (kind == 1 ? copy_from_user(&ts, tsp, sizeof(ts)) : copy_from_user(&ts64, tsp, sizeof(ts64)))
			return -EFAULT;
		sec = kind == 1 ? ts.tv_sec : ts64.tv_sec;
		nsec = kind == 1 ? ts.tv_nsec : (long)ts64.tv_nsec;
		if (sec < 0 || nsec < 0 || nsec >= 1000000000)
			return -EINVAL;
		ticks = timeout_ticks(sec, nsec);
	}
	if (sig) {
		u32 ss[2];

		if (copy_from_user(ss, sig, sizeof(ss)))
			return -EFAULT;
		if (ss[0]) {
			if (ss[1] != sizeof(sigset_t))
				return -EINVAL;
			if (copy_from_user(&mask, (void __user *)ss[0], sizeof(mask)))
				return -EFAULT;
			current->blocked = mask & ~(sigmask(SIGKILL) | sigmask(SIGSTOP));
			masked = true;
		}
	}
	ret = core_sys_select(n, inp, outp, exp, &ticks);
	if (tsp && (ret >= 0 || ret == -ERESTARTNOHAND))
		ret = put_time_left(tsp, ticks, kind, ret);
	return masked ? restore_sigmask_after_wait(saved, ret) : ret;
}

/*
 * pselect6(n, readfds, writefds, exceptfds, timeout, sigmask): select with
 * a struct timespec and, for the wait, the signal mask *sigmask (a
 * handler that ends the wait runs under it, then the old mask returns).
 * -EINVAL also for a bad timespec or mask size.
 */
SYSCALL_DEFINE6(pselect6, int, n, void __user *, inp, void __user *, outp, void __user *, exp,
		struct old_timespec32 __user *, tsp, void __user *, sig)
{
	return do_pselect(n, inp, outp, exp, tsp, 1, sig);
}

/* pselect6_time64: the same with a 64-bit struct timespec. */
SYSCALL_DEFINE6(pselect6_time64, int, n, void __user *, inp, void __user *, outp,
		void __user *, exp, struct __kernel_timespec __user *, tsp, void __user *, sig)
{
	return do_pselect(n, inp, outp, exp, tsp, 2, sig);
}
