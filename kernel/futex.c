/*
 * Fast user-space mutexes (Linux: kernel/futex.c, as 2.6 had it before
 * its split into kernel/futex/). A futex is a 32-bit word in user memory;
 * user space does the uncontended work with atomic instructions and asks
 * the kernel only to sleep until the word changes (FUTEX_WAIT) or to wake
 * sleepers (FUTEX_WAKE).
 *
 * A sleeper is a struct futex_q on its own kernel stack, hashed by the
 * futex's key into one of FUTEX_HASHSIZE lists. The key says which word
 * it is, as Linux's get_futex_key does: in a private mapping (or with
 * FUTEX_PRIVATE_FLAG) the word is (mm, address); in a shared mapping it
 * is (the physical page, offset), so that processes mapping one page at
 * different addresses meet on it (LTP's checkpoints, pthread mutexes in
 * shared memory).
 *
 * The kernel is not preemptible and runs on one CPU, so between reading
 * the word and queueing nobody can change it and wake first: FUTEX_WAIT's
 * "compare and sleep" is atomic without a hash-bucket lock.
 *
 * Also here: the robust-futex list (set_robust_list), which exit walks to
 * mark the locks a dead owner held, and the wake-up of CLONE_CHILD_CLEARTID.
 */
#include <asm/irq.h>
#include <asm/pgtable.h>
#include <asm/uaccess.h>
#include <kernel/futex.h>
#include <kernel/init.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <kernel/syscalls.h>
#include <kernel/time.h>
#include <mm/memory.h>
#include <mm/mm.h>
#include <mm/page.h>
#include <uapi/errno.h>
#include <uapi/futex.h>
#include <uapi/time.h>

#define FUTEX_HASHSIZE	64
#define NSEC_PER_TICK	(NSEC_PER_SEC / HZ)

/* Which futex: (mm, address) for a private word, (page, offset) for a shared one. */
struct futex_key {
	const void *base;
	unsigned long offset;
};

/* One task waiting on a futex, on its kernel stack while it waits. */
struct futex_q {
	struct list_head list;		/* in its hash bucket */
	struct futex_key key;
	struct task_struct *task;
	u32 bitset;			/* FUTEX_WAIT_BITSET's mask; ~0 for FUTEX_WAIT */
	bool woken;			/* set by whoever dequeued us */
};

static struct list_head futex_queues[FUTEX_HASHSIZE];

static struct list_head *hash_futex(const struct futex_key *key)
{
	unsigned long h = (unsigned long)key->base ^ (key->offset * 0x9e3779b1UL);

	return &futex_queues[(h >> 4) % FUTEX_HASHSIZE];
}

static bool match_futex(const struct futex_key *a, const struct futex_key *b)
{
	return a->base == b->base && a->offset == b->offset;
}

/*
 * The key of the word at uaddr in current's address space: 0, -EINVAL for
 * a misaligned address, -EFAULT when no mapping or page backs it. A shared
 * mapping's page is faulted in first (by reading the word).
 */
static int get_futex_key(u32 __user *uaddr, bool private, struct futex_key *key)
{
	unsigned long addr = (unsigned long)uaddr;
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	pte_t *pte;
	u32 val;

	if (addr % sizeof(u32))
		return -EINVAL;
	vma = find_vma(mm, addr);
	if (!vma || addr < vma->vm_start)
		return -EFAULT;
	if (private || !(vma->vm_flags & VM_SHARED)) {
		key->base = mm;
		key->offset = addr;
		return 0;
	}
	if (copy_from_user(&val, uaddr, sizeof(val)))
		return -EFAULT;
	pte = pte_lookup(mm, addr);
	if (!pte || !pte_present(*pte))
		return -EFAULT;
	key->base = pfn_to_page(pte_pfn(*pte));
	key->offset = addr & ~PAGE_MASK;
	return 0;
}

/* Take q off its list and make its task runnable. */
static void wake_futex(struct futex_q *q)
{
	list_del(&q->list);
	q->woken = true;
	wake_up_process(q->task);
}

/*
 * futex_wait - if the word at uaddr still holds val, sleep until a
 * FUTEX_WAKE whose bitset meets ours, a signal or `ticks` jiffies
 * (MAX_SCHEDULE_TIMEOUT: no limit). Returns 0 when woken, -EAGAIN if the
 * word had changed, -ETIMEDOUT, -ERESTARTSYS (no timeout) or -EINTR
 * (with one) for a signal, -EFAULT, -EINVAL.
 */
static long futex_wait(u32 __user *uaddr, bool private, u32 val, unsigned long ticks,
		       u32 bitset)
{
	struct futex_q q = { .task = current, .bitset = bitset };
	bool timed = ticks != MAX_SCHEDULE_TIMEOUT;
	unsigned long flags;
	u32 cur;
	int err = get_futex_key(uaddr, private, &q.key);

	if (err)
		return err;
	if (copy_from_user(&cur, uaddr, sizeof(cur)))
		return -EFAULT;
	if (cur != val)
		return -EAGAIN;
	flags = local_irq_save();	/* the timer's wake-ups must not slip in */
	list_add_tail(&q.list, hash_futex(&q.key));
	while (!q.woken && ticks && !signal_pending(current))
		ticks = schedule_timeout(ticks);
	if (!q.woken)
		list_del(&q.list);
	local_irq_restore(flags);
	if (q.woken)
		return 0;
	if (!ticks)
		return -ETIMEDOUT;
	return timed ? -EINTR : -ERESTARTSYS;
}

/* Wake up to nr waiters on the futex at uaddr whose bitset meets bitset; how many. */
static long futex_wake(u32 __user *uaddr, bool private, int nr, u32 bitset)
{
	struct futex_key key;
	struct futex_q *q, *n;
	struct list_head *head;
	int woken = 0, err = get_futex_key(uaddr, private, &key);

	if (err)
		return err;
	head = hash_futex(&key);
	list_for_each_entry_safe(q, n, head, list) {
		if (woken >= nr)
			break;
		if (match_futex(&q->key, &key) && (q->bitset & bitset)) {
			wake_futex(q);
			woken++;
		}
	}
	return woken;
}

/*
 * FUTEX_REQUEUE and FUTEX_CMP_REQUEUE: wake up to nr_wake waiters on
 * uaddr, move up to nr_requeue of the rest to uaddr2. CMP_REQUEUE first
 * checks that *uaddr is still cmpval (-EAGAIN if not). Returns the woken
 * plus the moved.
 */
static long futex_requeue(u32 __user *uaddr, bool private, u32 __user *uaddr2, int nr_wake,
			  int nr_requeue, const u32 *cmpval)
{
	struct futex_key key1, key2;
	struct futex_q *q, *n;
	int done = 0, err;
	u32 cur;

	err = get_futex_key(uaddr, private, &key1);
	if (!err)
		err = get_futex_key(uaddr2, private, &key2);
	if (err)
		return err;
	if (cmpval) {
		if (copy_from_user(&cur, uaddr, sizeof(cur)))
			return -EFAULT;
		if (cur != *cmpval)
			return -EAGAIN;
	}
	list_for_each_entry_safe(q, n, hash_futex(&key1), list) {
		if (!match_futex(&q->key, &key1))
			continue;
		if (done < nr_wake) {
			wake_futex(q);
		} else if (done < nr_wake + nr_requeue) {
			list_del(&q->list);
			q->key = key2;
			list_add_tail(&q->list, hash_futex(&key2));
		} else {
			break;
		}
		done++;
	}
	return done;
}

/* Ticks until ts (absolute on clock `clock`) or for ts (relative); 0 if past. */
static unsigned long timeout_ticks(const struct timespec64 *ts, bool absolute, clockid_t clock)
{
	struct timespec64 now = { 0, 0 }, d = *ts;

	if (absolute) {
		if (clock == CLOCK_REALTIME)
			ktime_get_real_ts64(&now);
		else
			ktime_get_ts64(&now);
		d.tv_sec -= now.tv_sec;
		d.tv_nsec -= now.tv_nsec;
		if (d.tv_nsec < 0) {
			d.tv_nsec += NSEC_PER_SEC;
			d.tv_sec--;
		}
		if (d.tv_sec < 0)
			return 0;
	}
	if (d.tv_sec >= (time64_t)(MAX_SCHEDULE_TIMEOUT / HZ) - 1)
		return MAX_SCHEDULE_TIMEOUT - 1;	/* long, but still a timeout */
	return d.tv_sec * HZ + (d.tv_nsec + NSEC_PER_TICK - 1) / NSEC_PER_TICK;
}

/*
 * do_futex - the operations of futex(2): FUTEX_WAIT, FUTEX_WAKE,
 * FUTEX_REQUEUE, FUTEX_CMP_REQUEUE, FUTEX_WAIT_BITSET, FUTEX_WAKE_BITSET,
 * each with FUTEX_PRIVATE_FLAG; FUTEX_CLOCK_REALTIME for WAIT_BITSET.
 * timeout (NULL: none) is relative for FUTEX_WAIT, absolute for
 * WAIT_BITSET; val2 is REQUEUE's count. The priority-inheritance and
 * WAKE_OP operations are -ENOSYS, as on a kernel built without them.
 */
long do_futex(u32 __user *uaddr, int op, u32 val, const struct timespec64 *timeout,
	      u32 __user *uaddr2, u32 val2, u32 val3)
{
	bool private = op & FUTEX_PRIVATE_FLAG;
	clockid_t clock = (op & FUTEX_CLOCK_REALTIME) ? CLOCK_REALTIME : CLOCK_MONOTONIC;
	int cmd = op & FUTEX_CMD_MASK;
	unsigned long ticks = MAX_SCHEDULE_TIMEOUT;

	if ((op & FUTEX_CLOCK_REALTIME) && cmd != FUTEX_WAIT_BITSET && cmd != FUTEX_WAIT)
		return -ENOSYS;
	if (timeout && (timeout->tv_sec < 0 || timeout->tv_nsec < 0 ||
			timeout->tv_nsec >= NSEC_PER_SEC))
		return -EINVAL;
	if (timeout)
		ticks = timeout_ticks(timeout, cmd == FUTEX_WAIT_BITSET, clock);
	switch (cmd) {
	case FUTEX_WAIT:
		val3 = FUTEX_BITSET_MATCH_ANY;
		/* fall through */
	case FUTEX_WAIT_BITSET:
		if (!val3)
			return -EINVAL;
		return futex_wait(uaddr, private, val, ticks, val3);
	case FUTEX_WAKE:
		val3 = FUTEX_BITSET_MATCH_ANY;
		/* fall through */
	case FUTEX_WAKE_BITSET:
		if (!val3)
			return -EINVAL;
		return futex_wake(uaddr, private, val, val3);
	case FUTEX_REQUEUE:
		return futex_requeue(uaddr, private, uaddr2, val, val2, NULL);
	case FUTEX_CMP_REQUEUE:
		return futex_requeue(uaddr, private, uaddr2, val, val2, &val3);
	}
	return -ENOSYS;
}

/* Do the operation's arguments carry a timeout (rather than val2 in its place)? */
static bool futex_cmd_has_timeout(int op)
{
	int cmd = op & FUTEX_CMD_MASK;

	return cmd == FUTEX_WAIT || cmd == FUTEX_WAIT_BITSET;
}

/*
 * futex(uaddr, op, val, utime, uaddr2, val3), 32-bit time: see do_futex.
 * For the requeue operations the fourth argument is a count, not a time.
 */
SYSCALL_DEFINE6(futex, u32 __user *, uaddr, int, op, u32, val,
		const struct old_timespec32 __user *, utime, u32 __user *, uaddr2, u32, val3)
{
	struct old_timespec32 t;
	struct timespec64 ts;

	if (utime && futex_cmd_has_timeout(op)) {
		if (copy_from_user(&t, utime, sizeof(t)))
			return -EFAULT;
		ts.tv_sec = t.tv_sec;
		ts.tv_nsec = t.tv_nsec;
		return do_futex(uaddr, op, val, &ts, uaddr2, 0, val3);
	}
	return do_futex(uaddr, op, val, NULL, uaddr2, (u32)(unsigned long)utime, val3);
}

/* futex_time64: futex with a 64-bit struct timespec. */
SYSCALL_DEFINE6(futex_time64, u32 __user *, uaddr, int, op, u32, val,
		const struct __kernel_timespec __user *, utime, u32 __user *, uaddr2, u32, val3)
{
	struct __kernel_timespec t;
	struct timespec64 ts;

	if (utime && futex_cmd_has_timeout(op)) {
		if (copy_from_user(&t, utime, sizeof(t)))
			return -EFAULT;
		ts.tv_sec = t.tv_sec;
		ts.tv_nsec = (long)t.tv_nsec;
		return do_futex(uaddr, op, val, &ts, uaddr2, 0, val3);
	}
	return do_futex(uaddr, op, val, NULL, uaddr2, (u32)(unsigned long)utime, val3);
}

/* ---- robust futexes ---- */

/* i386's struct robust_list_head: the list, the lock word's offset, the lock being taken. */
struct robust_list_head32 {
	u32 next;
	int futex_offset;
	u32 list_op_pending;
};

/*
 * set_robust_list(head, len): the list of robust locks the thread holds,
 * walked when it dies. -EINVAL unless len is sizeof(struct robust_list_head).
 */
SYSCALL_DEFINE2(set_robust_list, struct robust_list_head32 __user *, head, size_t, len)
{
	if (len != sizeof(*head))
		return -EINVAL;
	current->robust_list = head;
	return 0;
}

/*
 * get_robust_list(pid, head_ptr, len_ptr): the list of pid (0: the
 * caller); -ESRCH for no such task, -EFAULT.
 */
SYSCALL_DEFINE3(get_robust_list, int, pid, struct robust_list_head32 __user * __user *, head_ptr,
		size_t __user *, len_ptr)
{
	struct task_struct *p = pid ? find_task_by_pid(pid) : current;
	size_t len = sizeof(struct robust_list_head32);

	if (!p)
		return -ESRCH;
	if (copy_to_user(head_ptr, &p->robust_list, sizeof(p->robust_list)) ||
	    copy_to_user(len_ptr, &len, sizeof(len)))
		return -EFAULT;
	return 0;
}

/* A lock word whose owner (the low 30 bits) is tsk: mark it dead and wake a waiter. */
static void handle_futex_death(u32 __user *uaddr, struct task_struct *tsk)
{
	u32 word, owner_died;

	if (copy_from_user(&word, uaddr, sizeof(word)) || (word & FUTEX_TID_MASK) != (u32)tsk->pid)
		return;
	owner_died = (word & FUTEX_WAITERS) | FUTEX_OWNER_DIED;
	if (copy_to_user(uaddr, &owner_died, sizeof(owner_died)))
		return;
	if (word & FUTEX_WAITERS)
		futex_wake(uaddr, false, 1, FUTEX_BITSET_MATCH_ANY);
}

/*
 * exit_robust_list - at exit, every lock on tsk's robust list (and the one
 * it was taking) that tsk still owns gets FUTEX_OWNER_DIED, and one waiter
 * is woken, as Linux does. At most ROBUST_LIST_LIMIT entries are walked,
 * so a circular list cannot hang the exit.
 */
void exit_robust_list(struct task_struct *tsk)
{
	struct robust_list_head32 head;
	u32 entry;
	int limit = ROBUST_LIST_LIMIT;

	if (!tsk->robust_list || copy_from_user(&head, tsk->robust_list, sizeof(head)))
		return;
	entry = head.next;
	while (entry && entry != (u32)(unsigned long)tsk->robust_list && limit--) {
		u32 next;

		if (copy_from_user(&next, (const void __user *)(unsigned long)entry, sizeof(next)))
			break;
		if (entry != head.list_op_pending)
			handle_futex_death((u32 __user *)(unsigned long)(entry + head.futex_offset), tsk);
		entry = next;
	}
	if (head.list_op_pending)
		handle_futex_death((u32 __user *)(unsigned long)(head.list_op_pending +
								  head.futex_offset), tsk);
	tsk->robust_list = NULL;
}

/* Wake one waiter on the futex at uaddr (CLONE_CHILD_CLEARTID's joiner). */
void futex_wake_one(u32 __user *uaddr)
{
	futex_wake(uaddr, false, 1, FUTEX_BITSET_MATCH_ANY);
}

/* The hash lists start empty. */
static int futex_init(void)
{
	int i;

	for (i = 0; i < FUTEX_HASHSIZE; i++)
		INIT_LIST_HEAD(&futex_queues[i]);
	return 0;
}
core_initcall(futex_init);
