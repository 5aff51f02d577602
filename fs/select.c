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
#include <asm/syscall.h>
#include <asm/uaccess.h>
#include <fs/fs.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <kernel/syscalls.h>
#include <lib/string.h>
#include <mm/slab.h>
#include <uapi/errno.h>
#include <uapi/poll.h>
#include <uapi/time.h>

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

/* ---- select ---------------------------------------------------------------- */

/*
 * select and pselect6 on top of do_poll: the three descriptor bitmaps
 * become one pollfd per descriptor named in any of them, asking for what
 * each bitmap means (Linux's POLLIN_SET, POLLOUT_SET, POLLEX_SET), and the
 * answers become bitmaps again.
 */
#define FDS_BITS	32
#define FDS_BYTES(n)	((((n) + FDS_BITS - 1) / FDS_BITS) * (FDS_BITS / 8))
#define POLLIN_SET	(POLLIN | POLLRDNORM | POLLRDBAND | POLLHUP | POLLERR)
#define POLLOUT_SET	(POLLOUT | POLLWRNORM | POLLWRBAND | POLLERR)
#define POLLEX_SET	POLLPRI

struct fd_sets {
	u32 *in, *out, *ex;		/* what was asked, then what is ready */
};

static bool fd_isset(const u32 *set, int fd)
{
	return set && (set[fd / FDS_BITS] >> (fd % FDS_BITS)) & 1;
}

static void fd_set_bit(u32 *set, int fd)
{
	set[fd / FDS_BITS] |= 1U << (fd % FDS_BITS);
}

/* One pollfd per descriptor below n named in a set; how many, or -ENOMEM. */
static int fds_to_pollfds(const struct fd_sets *s, int n, struct pollfd **res)
{
	struct pollfd *fds = kmalloc(n * sizeof(*fds) + 1);
	int fd, count = 0;

	if (!fds)
		return -ENOMEM;
	for (fd = 0; fd < n; fd++) {
		short ev = (fd_isset(s->in, fd) ? POLLIN_SET : 0) |
			   (fd_isset(s->out, fd) ? POLLOUT_SET : 0) |
			   (fd_isset(s->ex, fd) ? POLLEX_SET : 0);

		if (!ev)
			continue;
		fds[count].fd = fd;
		fds[count].events = ev;
		fds[count++].revents = 0;
	}
	*res = fds;
	return count;
}

/* The answers as bitmaps in s (cleared first); the number of bits set, or -EBADF. */
static int pollfds_to_fds(struct fd_sets *s, int n, const struct pollfd *fds, int count)
{
	int i, bits = 0;

	for (i = 0; i < count; i++)
		if (fds[i].revents & POLLNVAL)
			return -EBADF;
	if (s->in)
		memset(s->in, 0, FDS_BYTES(n));
	if (s->out)
		memset(s->out, 0, FDS_BYTES(n));
	if (s->ex)
		memset(s->ex, 0, FDS_BYTES(n));
	for (i = 0; i < count; i++) {
		short r = fds[i].revents & fds[i].events;

		if (s->in && (r & POLLIN_SET) && (fds[i].events & POLLIN)) {
			fd_set_bit(s->in, fds[i].fd);
			bits++;
		}
		if (s->out && (r & POLLOUT_SET) && (fds[i].events & POLLOUT)) {
			fd_set_bit(s->out, fds[i].fd);
			bits++;
		}
		if (s->ex && (r & POLLEX_SET)) {
			fd_set_bit(s->ex, fds[i].fd);
			bits++;
		}
	}
	return bits;
}

/* Copy one user bitmap of n descriptors into a new kernel one (NULL stays NULL). */
static int get_fd_set(u32 **set, int n, u32 __user *uset)
{
	*set = NULL;
	if (!uset)
		return 0;
	*set = kmalloc(FDS_BYTES(n) + 1);
	if (!*set)
		return -ENOMEM;
	return copy_from_user(*set, uset, FDS_BYTES(n)) ? -EFAULT : 0;
}

static int put_fd_set(u32 __user *uset, const u32 *set, int n)
{
	return uset && copy_to_user(uset, set, FDS_BYTES(n)) ? -EFAULT : 0;
}

/*
 * core_sys_select - wait up to *ticks jiffies until a descriptor below n
 * is ready as the user bitmaps ask, and write the ready ones back. *ticks
 * becomes what is left. Returns how many bits are set, 0 on timeout,
 * -EINVAL (n < 0), -EBADF (a closed descriptor), -EFAULT, -ENOMEM or
 * -ERESTARTNOHAND (a signal).
 */
static int core_sys_select(int n, u32 __user *inp, u32 __user *outp, u32 __user *exp,
			   unsigned long *ticks)
{
	struct fd_sets s = { NULL, NULL, NULL };
	unsigned long start = jiffies;
	struct pollfd *fds = NULL;
	int ret, count;

	if (n < 0)
		return -EINVAL;
	if (n > POLL_MAX_FDS)
		n = POLL_MAX_FDS;	/* Linux: the table's size */
	ret = get_fd_set(&s.in, n, inp);
	if (!ret)
		ret = get_fd_set(&s.out, n, outp);
	if (!ret)
		ret = get_fd_set(&s.ex, n, exp);
	if (ret)
		goto out;
	ret = count = fds_to_pollfds(&s, n, &fds);
	if (ret < 0)
		goto out;
	ret = do_poll(fds, count, *ticks);
	if (*ticks != MAX_SCHEDULE_TIMEOUT)
		*ticks -= min(*ticks, jiffies - start);
	if (ret == -ERESTARTSYS) {
		ret = -ERESTARTNOHAND;
		goto out;
	}
	ret = pollfds_to_fds(&s, n, fds, count);
	if (ret >= 0 && (put_fd_set(inp, s.in, n) || put_fd_set(outp, s.out, n) ||
			 put_fd_set(exp, s.ex, n)))
		ret = -EFAULT;
out:
	kfree(fds);
	kfree(s.in);
	kfree(s.out);
	kfree(s.ex);
	return ret;
}

static unsigned long timespec_ticks(long long sec, long long nsec)
{
	if (sec < 0 || nsec < 0 || nsec >= 1000000000LL)
		return (unsigned long)-1;
	if (sec >= (long long)(MAX_SCHEDULE_TIMEOUT / HZ) - 1)
		return MAX_SCHEDULE_TIMEOUT;
	return (unsigned long)sec * HZ + ((unsigned long)nsec + 9999999) / 10000000;
}

/*
 * _newselect(n, inp, outp, exp, tvp): select(2) with a struct timeval
 * (NULL: wait forever), which gets the time left, as Linux writes it.
 * Returns what core_sys_select does, or -EINVAL for a bad time.
 */
SYSCALL_DEFINE5(_newselect, int, n, u32 __user *, inp, u32 __user *, outp,
		u32 __user *, exp, struct old_timeval32 __user *, tvp)
{
	unsigned long ticks = MAX_SCHEDULE_TIMEOUT;
	struct old_timeval32 tv;
	int ret;

	if (tvp) {
		if (copy_from_user(&tv, tvp, sizeof(tv)))
			return -EFAULT;
		if (tv.tv_usec < 0 || tv.tv_usec >= 1000000)
			return -EINVAL;
		ticks = timespec_ticks(tv.tv_sec, (long long)tv.tv_usec * 1000);
		if (ticks == (unsigned long)-1)
			return -EINVAL;
	}
	ret = core_sys_select(n, inp, outp, exp, &ticks);
	if (tvp && ticks != MAX_SCHEDULE_TIMEOUT) {
		tv.tv_sec = ticks / HZ;
		tv.tv_usec = (ticks % HZ) * (1000000 / HZ);
		if (copy_to_user(tvp, &tv, sizeof(tv)) && ret >= 0)
			ret = -EFAULT;
	}
	return ret;
}

/*
 * pselect6's sixth argument: the temporary signal mask and its size. While
 * it waits, the mask is in force; afterwards the old one is back.
 */
struct sigset_argpack {
	sigset_t __user *p;
	u32 size;
};

/*
 * A signal came while pselect's mask was in force: deliver it now, under
 * that mask, with the old mask restored for after the handler (it is
 * what the frame records), as rt_sigsuspend does; pselect then returns
 * -EINTR to the handler's caller. A signal that runs no handler restarts
 * the call.
 */
static long pselect_signal(sigset_t saved)
{
	struct pt_regs *regs = current_pt_regs();
	struct kernel_siginfo info;
	int sig = get_signal_to_deliver(&info);

	current->blocked = saved;
	if (!sig)
		return -ERESTARTNOHAND;
	syscall_set_return_value(current, regs, -EINTR, 0);
	handle_signal(sig, &info, regs);
	return syscall_get_return_value(current, regs);
}

static int do_pselect(int n, u32 __user *inp, u32 __user *outp, u32 __user *exp,
		      unsigned long ticks, struct sigset_argpack __user *usig)
{
	struct sigset_argpack pack = { NULL, 0 };
	sigset_t mask, saved = current->blocked;
	int ret;

	if (usig && copy_from_user(&pack, usig, sizeof(pack)))
		return -EFAULT;
	if (pack.p) {
		if (pack.size != sizeof(sigset_t))
			return -EINVAL;
		if (copy_from_user(&mask, pack.p, sizeof(mask)))
			return -EFAULT;
		current->blocked = mask & ~(sigmask(SIGKILL) | sigmask(SIGSTOP));
	}
	ret = core_sys_select(n, inp, outp, exp, &ticks);
	if (ret == -ERESTARTNOHAND && pack.p)
		return pselect_signal(saved);
	current->blocked = saved;
	return ret;
}

/*
 * pselect6(n, inp, outp, exp, tsp, sig): select with a 32-bit timespec
 * (NULL: forever) and a temporary signal mask. -EINTR when a signal came.
 */
SYSCALL_DEFINE6(pselect6, int, n, u32 __user *, inp, u32 __user *, outp,
		u32 __user *, exp, struct old_timespec32 __user *, tsp,
		struct sigset_argpack __user *, sig)
{
	unsigned long ticks = MAX_SCHEDULE_TIMEOUT;
	struct old_timespec32 ts;

	if (tsp) {
		if (copy_from_user(&ts, tsp, sizeof(ts)))
			return -EFAULT;
		ticks = timespec_ticks(ts.tv_sec, ts.tv_nsec);
		if (ticks == (unsigned long)-1)
			return -EINVAL;
	}
	return do_pselect(n, inp, outp, exp, ticks, sig);
}

/* pselect6_time64: pselect6 with a 64-bit timespec (what glibc calls first). */
SYSCALL_DEFINE6(pselect6_time64, int, n, u32 __user *, inp, u32 __user *, outp,
		u32 __user *, exp, struct __kernel_timespec __user *, tsp,
		struct sigset_argpack __user *, sig)
{
	unsigned long ticks = MAX_SCHEDULE_TIMEOUT;
	struct __kernel_timespec ts;

	if (tsp) {
		if (copy_from_user(&ts, tsp, sizeof(ts)))
			return -EFAULT;
		ticks = timespec_ticks(ts.tv_sec, ts.tv_nsec);
		if (ticks == (unsigned long)-1)
			return -EINVAL;
	}
	return do_pselect(n, inp, outp, exp, ticks, sig);
}
