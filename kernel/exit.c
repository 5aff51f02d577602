/*
 * exit and wait. A task that exits gives back its address space, files and
 * cwd at once, hands its children to init, and stays a zombie (its
 * task_struct and kernel stack, nothing else) until its parent collects
 * the wait status with wait4/waitpid; release_task then frees the rest.
 * If the parent ignores SIGCHLD (SIG_IGN or SA_NOCLDWAIT), there is nobody
 * to wait and the task frees itself as it leaves the CPU, as in Linux.
 *
 * The wait status is Linux's: exit code << 8, or the signal number in the
 * low 7 bits for a task killed by a signal. With WUNTRACED and WCONTINUED,
 * wait4 also reports a live child that stopped (sig << 8 | 0x7f) or was
 * continued (0xffff), each once (kernel/signal.c leaves the status in the
 * child's exit_code).
 *
 * Orphaned process groups (POSIX, as Linux): a group is orphaned when none
 * of its members has a parent in another group of the same session - no
 * shell is left that could continue it. An exit can orphan the group of
 * the exiting task, or the groups of its children; a group orphaned with
 * a stopped member gets SIGHUP and then SIGCONT, so it does not stay
 * stopped forever.
 *
 * Threads. exit ends one thread, exit_group (and a fatal signal) all of
 * them: do_group_exit marks the group SIGNAL_GROUP_EXIT and SIGKILLs the
 * others. A thread other than the leader is nobody's child: it reaps
 * itself as it leaves the CPU. The leader stays a zombie, and its parent
 * hears nothing, until the last thread is gone (Linux's
 * delay_group_leader); wait4 then reports the group's status. The
 * children of a thread that exits go to another live thread of its group,
 * and to init only when none is left; wait4 in any thread reaps the
 * children of every thread of the group.
 */
#include <asm/irq.h>
#include <asm/page.h>
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/uaccess.h>
#include <fs/fs.h>
#include <fs/tty.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <lib/string.h>
#include <mm/mm.h>
#include <uapi/errno.h>
#include <uapi/wait.h>

/* Drop the address space; the kernel's page directory stays live meanwhile. */
static void exit_mm(struct task_struct *tsk)
{
	struct mm_struct *mm = tsk->mm;

	if (!mm)
		return;
	tsk->mm = NULL;
	activate_mm(NULL);
	mmput(mm);
}

static void exit_files(struct task_struct *tsk)
{
	if (tsk->files)
		put_files(tsk->files);
	tsk->files = NULL;
}

static void exit_fs(struct task_struct *tsk)
{
	if (tsk->fs)
		put_fs_struct(tsk->fs);
	tsk->fs = NULL;
}

/*
 * Would group pgrp be orphaned if ignored (NULL: nobody) left it? Members
 * that are zombies or children of init do not count. Linux's name.
 */
static bool will_become_orphaned_pgrp(pid_t pgrp, const struct task_struct *ignored)
{
	struct task_struct *p;

	for_each_process(p) {
		if (p->pgrp != pgrp || p == ignored || p->state == TASK_ZOMBIE ||
		    p->state == TASK_DEAD || p->parent == init_task_p)
			continue;
		if (p->parent->pgrp != pgrp && p->parent->session == p->session)
			return false;
	}
	return true;
}

/*
 * Is current's process group orphaned? Then the terminal's stop signals
 * do nothing to it and reading the terminal from the background fails
 * with EIO: nobody could continue it. Linux's name.
 */
bool is_current_pgrp_orphaned(void)
{
	return will_become_orphaned_pgrp(current->pgrp, NULL);
}

static bool has_stopped_jobs(pid_t pgrp)
{
	struct task_struct *p;

	for_each_process(p)
		if (p->pgrp == pgrp && p->state == TASK_STOPPED)
			return true;
	return false;
}

/*
 * SIGHUP and SIGCONT to tsk's group if current's exit orphans it and a
 * member is stopped. Either tsk is current and parent NULL (its own group
 * loses current), or tsk is a child of current given to init and parent
 * is current (the child's group may have lost its last link). Linux's
 * kill_orphaned_pgrp.
 */
static void kill_orphaned_pgrp(struct task_struct *tsk, struct task_struct *parent)
{
	struct task_struct *ignored = parent ? NULL : tsk;

	if (!parent)
		parent = tsk->parent;
	if (parent->pgrp != tsk->pgrp && parent->session == tsk->session &&
	    will_become_orphaned_pgrp(tsk->pgrp, ignored) && has_stopped_jobs(tsk->pgrp)) {
		kill_pgrp_info(SIGHUP, NULL, tsk->pgrp);
		kill_pgrp_info(SIGCONT, NULL, tsk->pgrp);
	}
}

/* A live thread of current's group other than current, to adopt its children; or init. */
static struct task_struct *find_new_reaper(void)
{
	struct task_struct *t;

	for_each_thread(current, t)
		if (t != current && t->state != TASK_ZOMBIE && t->state != TASK_DEAD)
			return t;
	return init_task_p;
}

/*
 * Give the children of current to another live thread of its group, or to
 * init; wake the new parent if one is already a zombie, and (going to
 * init) hang up the groups this orphans with stopped members.
 */
static void forget_original_parent(void)
{
	struct task_struct *reaper = find_new_reaper();
	struct task_struct *child, *n, *t;
	bool zombie = false;

	list_for_each_entry_safe(child, n, &current->children, sibling) {
		list_del(&child->sibling);
		for_each_thread(child, t)
			t->parent = reaper;
		list_add_tail(&child->sibling, &reaper->children);
		if (child->state == TASK_ZOMBIE)
			zombie = true;
		else if (child->pdeath_signal)	/* prctl(PR_SET_PDEATHSIG) */
			group_send_sig_info(child->pdeath_signal, NULL, child);
		if (reaper == init_task_p)
			kill_orphaned_pgrp(child, current);
	}
	if (zombie)
		wake_up(&reaper->signal->wait_chldexit);
}

/* Does the parent want our wait status, or does it ignore SIGCHLD? */
static bool parent_reaps(struct task_struct *parent)
{
	const struct k_sigaction *ka = &parent->sighand->action[SIGCHLD - 1];

	return ka->handler != SIG_IGN && !(ka->flags & SA_NOCLDWAIT);
}

/*
 * The wait status of zombie leader p for its parent: the group's when it
 * ended as a whole (exit_group, a fatal signal), else the leader's own.
 */
static int task_exit_status(const struct task_struct *p)
{
	if (p->signal->flags & SIGNAL_GROUP_EXIT)
		return p->signal->group_exit_code;
	return p->exit_code;
}

/*
 * Group leader tsk, a zombie, ended its whole process: tell its parent
 * (SIGCHLD and a wake-up of its wait4). If the parent ignores SIGCHLD
 * nobody will wait: tsk is unlinked now, and freed after the switch away
 * if it is current, at once if not. Linux's do_notify_parent.
 */
static void do_notify_parent(struct task_struct *tsk)
{
	struct task_struct *parent = tsk->parent;
	int status = task_exit_status(tsk);
	struct kernel_siginfo info = {
		.si_signo = SIGCHLD,
		.si_code = !(status & 0x7f) ? CLD_EXITED : (status & 0x80) ? CLD_DUMPED : CLD_KILLED,
		.si_pid = tsk->pid,
		.si_status = (status & 0x7f) ? (status & 0x7f) : (status >> 8),
	};

	if (parent_reaps(parent)) {
		tsk->state = TASK_ZOMBIE;
		/* clone's exit signal; 0 sends none (the parent can still wait). */
		if (tsk->exit_signal > 0) {
			info.si_signo = tsk->exit_signal;
			group_send_sig_info(tsk->exit_signal, &info, parent);
		}
	} else if (tsk == current) {
		/* Nobody will wait: unlink now, free after the switch away. */
		list_del(&current->sibling);
		list_del(&current->tasks);
		nr_tasks--;
		current->state = TASK_DEAD;
	} else {
		release_task(tsk);
	}
	wake_up(&parent->signal->wait_chldexit);
}

/*
 * exit_thread_usage - thread tsk is about to be freed while its process
 * lives on (a thread reaping itself, an old leader replaced by exec): its
 * CPU ticks and faults stay in the process's totals (signal_struct), the
 * usage of the children it reaped passes to its leader. Linux does this in
 * __exit_signal.
 */
void exit_thread_usage(struct task_struct *tsk)
{
	struct signal_struct *sig = tsk->signal;
	struct task_struct *leader = tsk->group_leader;

	sig->utime += tsk->utime;
	sig->stime += tsk->stime;
	sig->min_flt += tsk->min_flt;
	sig->maj_flt += tsk->maj_flt;
	if (leader != tsk) {
		leader->cutime += tsk->cutime;
		leader->cstime += tsk->cstime;
		leader->cmin_flt += tsk->cmin_flt;
		leader->cmaj_flt += tsk->cmaj_flt;
	}
}

/*
 * current, a thread other than the leader, leaves: it reaps itself (off
 * the group's ring and the task list now, freed after the switch away).
 * The last thread out lets a zombie leader's parent hear of the group;
 * an exec waiting for the others to go (de_thread) is woken.
 */
static void release_thread(bool group_dead)
{
	struct task_struct *leader = current->group_leader;
	struct signal_struct *sig = current->signal;

	exit_thread_usage(current);
	list_del(&current->thread_group);
	list_del(&current->tasks);
	nr_tasks--;
	current->state = TASK_DEAD;
	if (group_dead && leader->state == TASK_ZOMBIE)
		do_notify_parent(leader);
	if (sig->group_exit_task)
		wake_up_process(sig->group_exit_task);
}

/*
 * current is gone from user space: hand its children over, then either
 * reap itself (a thread), wait as a silent zombie for its threads (a
 * leader whose group still lives), or tell its parent (the group is dead).
 * Interrupts off.
 */
static void exit_notify(bool group_dead)
{
	forget_original_parent();
	if (group_dead)
		kill_orphaned_pgrp(current, NULL);
	if (!thread_group_leader(current)) {
		release_thread(group_dead);
		return;
	}
	current->state = TASK_ZOMBIE;
	if (group_dead)
		do_notify_parent(current);
	else if (current->signal->group_exit_task)
		wake_up_process(current->signal->group_exit_task);
}

/*
 * End the thread current with wait status `code` (exit code << 8, or the
 * signal number that killed it): wake its joiner (CLONE_CHILD_CLEARTID)
 * and release its robust locks, give back its share of the address space,
 * files and cwd (and the controlling terminal, when the last thread of a
 * session leader goes), hand its children on, and tell the parent when
 * the whole group is gone (SIGCHLD); then leave the CPU for good as a
 * zombie, or as TASK_DEAD when nobody will wait. Never returns; panics if
 * init exits.
 */
void do_exit(int code)
{
	struct task_struct *tsk = current;
	bool group_dead;

	if (tsk == init_task_p)
		panic("Attempted to kill init! exit code %#x", code);
	local_irq_enable();
	mm_release(tsk);
	exit_mm(tsk);
	exit_files(tsk);
	exit_fs(tsk);
	group_dead = --tsk->signal->live == 0;
	local_irq_disable();
	group_stop_done();	/* a group stop does not wait for us any more */
	local_irq_enable();
	if (group_dead && tsk->session == tsk->tgid)
		disassociate_ctty(1);	/* a session leader takes its terminal along */
	if (group_dead)
		tsk->signal->alarm = 0;
	tsk->exit_code = code;
	local_irq_disable();
	exit_notify(group_dead);
	schedule();
	panic("do_exit: zombie %d ran again", tsk->pid);
}

/*
 * End every thread of current's process with status `code`, current
 * last: the group is marked SIGNAL_GROUP_EXIT with that status (unless it
 * already ends, whose status then wins) and the other threads get
 * SIGKILL. During an exec's de_thread, the killed threads just go. Never
 * returns. Linux's name.
 */
void do_group_exit(int code)
{
	struct signal_struct *sig = current->signal;

	if (sig->flags & SIGNAL_GROUP_EXIT) {
		code = sig->group_exit_code;
	} else if (!sig->group_exit_task && !thread_group_empty(current)) {
		sig->group_exit_code = code;
		sig->flags = SIGNAL_GROUP_EXIT;
		zap_other_threads(current);
	}
	do_exit(code);
}

/*
 * Reap zombie p (the parent collected its status): unlink it from its
 * parent and the task list and free its stack and task_struct. p is not
 * current.
 */
void release_task(struct task_struct *p)
{
	unsigned long flags = local_irq_save();	/* the tick walks task_list */

	list_del(&p->sibling);
	list_del(&p->tasks);
	nr_tasks--;
	local_irq_restore(flags);
	/* A zombie never runs again: its stack can go now. */
	free_task(p);
}

/*
 * Does child p match wait4's pid argument (0 means the caller's group)
 * and options? As Linux: a "clone" child (one that sends its parent no
 * SIGCHLD at exit) is seen only with __WCLONE, the others only without;
 * __WALL sees both.
 */
static bool wait_matches(struct task_struct *p, pid_t pid, int options)
{
	if (!(options & __WALL) && ((p->exit_signal != SIGCHLD) ^ !!(options & __WCLONE)))
		return false;
	if (pid > 0)
		return p->pid == pid;
	if (pid == -1)
		return true;
	if (pid == 0)
		return p->pgrp == current->pgrp;
	return p->pgrp == -pid;
}

/* struct rusage of the i386 ABI: two timevals, then 14 longs. */
struct rusage32 {
	long ru_utime[2], ru_stime[2];
	long ru_maxrss, ru_ixrss, ru_idrss, ru_isrss;
	long ru_minflt, ru_majflt, ru_nswap, ru_inblock, ru_oublock;
	long ru_msgsnd, ru_msgrcv, ru_nsignals, ru_nvcsw, ru_nivcsw;
};

/* A tick count as rusage's struct timeval: seconds, microseconds. */
static void ticks_to_timeval(unsigned long ticks, long tv[2])
{
	tv[0] = ticks / HZ;
	tv[1] = (ticks % HZ) * (1000000 / HZ);
}

/* A process's CPU ticks and faults (Linux's task_cputime, with the fault counts). */
struct group_usage {
	unsigned long utime, stime, min_flt, maj_flt;
};

/*
 * The usage of p's process: that of its threads (children false: the live
 * ones' and what the exited ones left in signal_struct), or that of the
 * children its threads reaped (children true). Linux's
 * thread_group_cputime and its rusage loop.
 */
static void get_group_usage(const struct task_struct *p, bool children, struct group_usage *u)
{
	const struct signal_struct *sig = p->signal;
	const struct task_struct *t;

	*u = children ? (struct group_usage){ 0, 0, 0, 0 }
		      : (struct group_usage){ sig->utime, sig->stime, sig->min_flt, sig->maj_flt };
	for_each_thread(p, t) {
		u->utime += children ? t->cutime : t->utime;
		u->stime += children ? t->cstime : t->stime;
		u->min_flt += children ? t->cmin_flt : t->min_flt;
		u->maj_flt += children ? t->cmaj_flt : t->maj_flt;
	}
}

/*
 * thread_group_cputime - the user and system ticks of p's process, all its
 * threads (children false), or of the children they reaped (children
 * true): CLOCK_PROCESS_CPUTIME_ID and times. Linux's name.
 */
void thread_group_cputime(const struct task_struct *p, bool children, unsigned long *utime,
			  unsigned long *stime)
{
	struct group_usage u;

	get_group_usage(p, children, &u);
	*utime = u.utime;
	*stime = u.stime;
}

/* u as the i386 struct rusage (the rest zero). */
static void usage_to_rusage(const struct group_usage *u, struct rusage32 *ru)
{
	memset(ru, 0, sizeof(*ru));
	ru->ru_minflt = u->min_flt;
	ru->ru_majflt = u->maj_flt;
	ticks_to_timeval(u->utime, ru->ru_utime);
	ticks_to_timeval(u->stime, ru->ru_stime);
}

/*
 * Child p's usage for wait4: as Linux, its process's threads and the
 * children they waited for; in *ru and (unless NULL) as ticks in *sum.
 */
static void child_rusage(const struct task_struct *p, struct rusage32 *ru,
			 struct group_usage *sum)
{
	struct group_usage self, kids;

	get_group_usage(p, false, &self);
	get_group_usage(p, true, &kids);
	self.utime += kids.utime;
	self.stime += kids.stime;
	self.min_flt += kids.min_flt;
	self.maj_flt += kids.maj_flt;
	usage_to_rusage(&self, ru);
	if (sum)
		*sum = self;
}

/*
 * Reap zombie p and report it. As in Linux, the child is gone even when
 * the status or rusage pointer is bad: the caller then gets -EFAULT.
 */
static long wait_task_zombie(struct task_struct *p, int __user *ustatus,
			     struct rusage32 __user *uru)
{
	struct rusage32 ru;
	int status = task_exit_status(p);
	long ret = p->pid;

	struct group_usage sum;

	child_rusage(p, &ru, &sum);
	current->cmin_flt += sum.min_flt;
	current->cmaj_flt += sum.maj_flt;
	current->cutime += sum.utime;
	current->cstime += sum.stime;
	release_task(p);
	if (ustatus && copy_to_user(ustatus, &status, sizeof(status)))
		ret = -EFAULT;
	if (uru && copy_to_user(uru, &ru, sizeof(ru)))
		ret = -EFAULT;
	return ret;
}

/*
 * Has live child p a stop the caller asks for (WUNTRACED) or a continue
 * (WCONTINUED) that wait4 has not reported yet?
 */
static bool wait_task_ready(const struct task_struct *p, int options)
{
	if (p->state == TASK_STOPPED)	/* a group stop counts once all its threads stopped */
		return (options & WUNTRACED) && p->exit_code && !p->signal->group_stop_count;
	return (options & WCONTINUED) && p->exit_code == W_CONTINUED;
}

/*
 * Report the stop or continue of live child p that wait_task_ready found,
 * once: the status goes, even when the pointers are bad (-EFAULT then), as
 * in Linux. Returns p's pid. Linux's wait_task_stopped and
 * wait_task_continued in one.
 */
static long wait_task_stopped(struct task_struct *p, int __user *ustatus,
			      struct rusage32 __user *uru)
{
	struct rusage32 ru;
	int status = p->exit_code;

	p->exit_code = 0;
	child_rusage(p, &ru, NULL);
	if (ustatus && copy_to_user(ustatus, &status, sizeof(status)))
		return -EFAULT;
	if (uru && copy_to_user(uru, &ru, sizeof(ru)))
		return -EFAULT;
	return p->pid;
}

#define WAIT_NOTHING_YET	0	/* matching children exist, none has news (no pid is 0) */

/*
 * One look of wait4 through the children of every thread of current's
 * group (only current's with __WNOTHREAD): the result of reaping or
 * reporting the first child with news, -ECHILD if no child matches, or
 * WAIT_NOTHING_YET. A zombie leader whose threads still run is not done.
 */
static int wait_find_child(pid_t pid, int __user *ustatus, int options,
			   struct rusage32 __user *uru)
{
	struct task_struct *t, *p;
	bool any = false;

	for_each_thread(current, t) {
		list_for_each_entry(p, &t->children, sibling) {
			if (!wait_matches(p, pid, options))
				continue;
			any = true;
			if (p->state == TASK_ZOMBIE && thread_group_empty(p))
				return wait_task_zombie(p, ustatus, uru);
			if (wait_task_ready(p, options))
				return wait_task_stopped(p, ustatus, uru);
		}
		if (options & __WNOTHREAD)
			break;
	}
	return any ? WAIT_NOTHING_YET : -ECHILD;
}

/*
 * wait4's work: find a child of current that matches pid (> 0 that pid,
 * -1 any, 0 our process group, < -1 group -pid) and has exited - it is
 * reaped - or, with WUNTRACED, stopped or, with WCONTINUED, was continued
 * since wait4 last said so; store its wait status at ustatus and its
 * rusage at uru (either may be NULL). Returns its pid, 0 with WNOHANG
 * when matching children exist but none has news, -ECHILD when no child
 * matches, -EINVAL for unknown options, -EFAULT for a bad pointer (the
 * news is consumed all the same), or -ERESTARTSYS if a signal arrives
 * while waiting (restarted or -EINTR, depending on SA_RESTART, on the way
 * out).
 */
long do_wait(pid_t pid, int __user *ustatus, int options, struct rusage32 __user *uru)
{
	if (options & ~(WNOHANG | WUNTRACED | WCONTINUED | __WNOTHREAD | __WALL | __WCLONE))
		return -EINVAL;
	if (pid == (pid_t)0x80000000)	/* its group, -pid, cannot exist: ESRCH, as Linux */
		return -ESRCH;
	for (;;) {
		int found = wait_find_child(pid, ustatus, options, uru);

		if (found != WAIT_NOTHING_YET)
			return found;
		if (options & WNOHANG)
			return 0;
		/* A child that exits sends SIGCHLD: look again before giving up. */
		if (signal_pending(current))
			return -ERESTARTSYS;
		sleep_on(&current->signal->wait_chldexit);
	}
}

/*
 * wait4(pid, status, options, rusage): reap a child, or report a stopped
 * or continued one, as do_wait does; its pid, 0 with WNOHANG and no child
 * ready, or -errno.
 */
SYSCALL_DEFINE4(wait4, pid_t, upid, int __user *, stat_addr, int, options,
		struct rusage32 __user *, ru)
{
	return do_wait(upid, stat_addr, options, ru);
}

/* waitpid(pid, status, options): wait4 without the resource usage. */
SYSCALL_DEFINE3(waitpid, pid_t, pid, int __user *, stat_addr, int, options)
{
	return do_wait(pid, stat_addr, options, NULL);
}

/*
 * exit(code): end the calling thread with exit status code & 0xff (the
 * process's status if it is the last); does not return.
 */
SYSCALL_DEFINE1(exit, int, error_code)
{
	do_exit((error_code & 0xff) << 8);
}

/* exit_group(code): end every thread of the process with status code & 0xff. */
SYSCALL_DEFINE1(exit_group, int, error_code)
{
	do_group_exit((error_code & 0xff) << 8);
}

#define RUSAGE_SELF	0
#define RUSAGE_CHILDREN	(-1)
#define RUSAGE_THREAD	1

/*
 * getrusage(who, ru): CPU times (to a tick) and page-fault counts of the
 * process (RUSAGE_SELF: all its threads, the exited ones too), of the
 * children its threads reaped (RUSAGE_CHILDREN) or of the calling thread
 * (RUSAGE_THREAD); -EINVAL, -EFAULT.
 */
SYSCALL_DEFINE2(getrusage, int, who, struct rusage32 __user *, ru)
{
	struct group_usage u = { current->utime, current->stime, current->min_flt,
				 current->maj_flt };
	struct rusage32 r;

	if (who == RUSAGE_SELF || who == RUSAGE_CHILDREN)
		get_group_usage(current, who == RUSAGE_CHILDREN, &u);
	else if (who != RUSAGE_THREAD)
		return -EINVAL;
	usage_to_rusage(&u, &r);
	return copy_to_user(ru, &r, sizeof(r)) ? -EFAULT : 0;
}
