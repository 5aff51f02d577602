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
