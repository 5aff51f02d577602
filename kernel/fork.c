/*
 * fork: a new task that is a copy of current. The address space is
 * duplicated copy-on-write by dup_mmap (mm/), the open files and cwd are
 * shared or copied by fs/, the signal handlers and mask are copied, pending
 * signals are not. The child starts in ret_from_fork with its parent's
 * registers and eax 0.
 *
 * Every step can fail (no task slot, no memory); copy_process then undoes
 * exactly what it did, so a fork bomb costs nothing but -EAGAIN.
 */
#include <asm/page.h>
#include <asm/processor.h>
#include <asm/uaccess.h>
#include <fs/fs.h>
#include <kernel/futex.h>
#include <kernel/init.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <lib/string.h>
#include <mm/mm.h>
#include <mm/mm_types.h>
#include <uapi/sched.h>
#include <mm/page.h>
#include <mm/slab.h>
#include <uapi/errno.h>

static struct kmem_cache *task_cachep;
pid_t last_pid;
unsigned long total_forks;

static int fork_init(void)
{
	task_cachep = kmem_cache_create("task_struct", sizeof(struct task_struct), 16, NULL);
	return task_cachep ? 0 : -ENOMEM;
}
core_initcall(fork_init);

/* The next unused pid after the last one given, wrapping below PID_MAX. */
static pid_t alloc_pid(void)
{
	do {
		if (++last_pid >= PID_MAX)
			last_pid = 2;
	} while (find_task_by_pid(last_pid));
	return last_pid;
}

/*
 * Free what release_task leaves of p: its kernel stack and task_struct.
 * p must never run again and must not be the stack we are on (a task
 * that reaps itself is freed by schedule_tail, after the switch away).
 */
void free_task(struct task_struct *p)
{
	__free_pages(virt_to_page(p->stack), THREAD_ORDER);
	kmem_cache_free(task_cachep, p);
}

/* A task_struct and kernel stack, initialised from current. */
static struct task_struct *dup_task_struct(void)
{
	struct task_struct *p = kmem_cache_alloc(task_cachep);
	struct page *stack;

	if (!p)
		return NULL;
	stack = alloc_pages(THREAD_ORDER);
	if (!stack) {
		kmem_cache_free(task_cachep, p);
		return NULL;
	}
	*p = *current;
	p->stack = page_address(stack);
	return p;
}

/* Reset what a child does not inherit. */
static void init_child(struct task_struct *p)
{
	INIT_LIST_HEAD(&p->run_list);
	INIT_LIST_HEAD(&p->children);
	INIT_LIST_HEAD(&p->sibling);
	init_waitqueue_head(&p->wait_chldexit);
	p->state = TASK_UNINTERRUPTIBLE;	/* until wake_up_process below */
	p->mm = NULL;
	p->files = NULL;
	p->fs = NULL;
	p->min_flt = p->maj_flt = 0;
	p->cmin_flt = p->cmaj_flt = 0;
	p->utime = p->stime = p->cutime = p->cstime = 0;
	p->timeslice = DEF_TIMESLICE;
	p->timeout = 0;
	p->alarm = 0;			/* alarms are not inherited */
	p->exit_signal = SIGCHLD;
	p->pdeath_signal = 0;
	p->set_child_tid = p->clear_child_tid = NULL;
	p->robust_list = NULL;
	p->exit_code = 0;
	p->pending = 0;
	memset(p->pending_info, 0, sizeof(p->pending_info));
}

/*
 * A copy of oldmm for a child: the same regions, private pages shared
 * copy-on-write, the same layout fields (all done by dup_mmap). NULL
 * without memory.
 */
static struct mm_struct *dup_mm(struct mm_struct *oldmm)
{
	struct mm_struct *mm = mm_alloc();

	if (!mm)
		return NULL;
	if (dup_mmap(mm, oldmm)) {
		mmput(mm);
		return NULL;
	}
	return mm;
}

/* Share or copy current's address space, files and cwd into p. */
static int copy_resources(struct task_struct *p)
{
	int err;

	if (current->mm) {
		p->mm = dup_mm(current->mm);
		if (!p->mm)
			return -ENOMEM;
	}
	err = -ENOMEM;
	if (current->files) {
		p->files = dup_files(current->files);
		if (!p->files)
			goto out_mm;
	}
	if (current->fs) {
		p->fs = copy_fs_struct(current->fs);
		if (!p->fs)
			goto out_files;
	}
	return 0;
out_files:
	put_files(p->files);
	p->files = NULL;
out_mm:
	if (p->mm)
		mmput(p->mm);
	p->mm = NULL;
	return err;
}

/*
 * A new task: a copy of current that returns to user mode with *regs (eax
 * 0), or, when regs is NULL, runs fn in kernel mode first (init). Returns
 * the task, with *errp set to 0, or NULL with *errp -EAGAIN/-ENOMEM.
 */
static struct task_struct *copy_process(const struct pt_regs *regs, unsigned long newsp,
					void (*fn)(void), int *errp)
{
	struct task_struct *p;
	unsigned long flags;
	int err;

	*errp = -EAGAIN;
	if (nr_tasks >= NR_TASKS_MAX)
		return NULL;
	*errp = -ENOMEM;
	p = dup_task_struct();
	if (!p)
		return NULL;
	init_child(p);
	if (regs) {
		err = copy_resources(p);
		if (err) {
			free_task(p);
			*errp = err;
			return NULL;
		}
	}
	copy_thread(p, regs, newsp, fn);
	p->pid = alloc_pid();
	p->parent = current;
	flags = local_irq_save();	/* the timer tick walks task_list */
	list_add_tail(&p->sibling, &current->children);
	list_add_tail(&p->tasks, &task_list);
	nr_tasks++;
	total_forks++;
	local_irq_restore(flags);
	*errp = 0;
	return p;
}

/*
 * The clone flags a new process may be made with: a copy that shares
 * nothing (threads, CLONE_VM and the sharing flags, are not implemented
 * yet). CLONE_VFORK is taken as vfork is (see sys_vfork).
 */
#define CLONE_FORK_FLAGS	(CSIGNAL | CLONE_VFORK | CLONE_PARENT_SETTID | \
				 CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID)

/* RLIMIT_NPROC: may an unprivileged user have one more process? Root may. */
static bool fork_allowed_by_nproc(void)
{
	struct task_struct *p;
	unsigned long n = 0;

	if (current->euid == 0 || current->uid == 0)
		return true;
	for_each_process(p)
		n += p->uid == current->uid && p->state != TASK_DEAD;
	return n < rlimit(RLIMIT_NPROC);
}

/*
 * do_fork - make a copy of current that returns to user mode with *regs
 * (the parent's trap frame) and eax 0, on user stack newsp if that is not
 * 0 (Linux 2.6's interface; Linux 5.10 calls it kernel_clone). clone_flags:
 * the low byte is the signal the child sends the parent when it exits;
 * CLONE_PARENT_SETTID stores the child's pid at parent_tidptr in the
 * parent, CLONE_CHILD_SETTID at child_tidptr in the child before it runs,
 * CLONE_CHILD_CLEARTID makes the child zero child_tidptr when it exits.
 * Returns the child's pid to the parent; -EINVAL for a flag not supported,
 * -EAGAIN (task limit), -ENOMEM. As Linux's clone (not clone3), the exit
 * signal is not checked: one that does not exist is simply never sent.
 */
long do_fork(unsigned long clone_flags, unsigned long newsp, struct pt_regs *regs,
	     int __user *parent_tidptr, int __user *child_tidptr)
{
	struct task_struct *p;
	int err;

	if (clone_flags & ~CLONE_FORK_FLAGS)
		return -EINVAL;
	if (!fork_allowed_by_nproc())
		return -EAGAIN;
	p = copy_process(regs, newsp, NULL, &err);
	if (!p)
		return err;
	p->exit_signal = clone_flags & CSIGNAL;
	if (clone_flags & CLONE_CHILD_SETTID)
		p->set_child_tid = child_tidptr;
	if (clone_flags & CLONE_CHILD_CLEARTID)
		p->clear_child_tid = child_tidptr;
	/* As Linux, a bad pointer here does not undo the fork. */
	if (clone_flags & CLONE_PARENT_SETTID)
		copy_to_user(parent_tidptr, &p->pid, sizeof(p->pid));
	wake_up_process(p);
	return p->pid;
}

/*
 * mm_release - what a task owes user space when it gives up its address
 * space at exit: the robust locks it still holds are marked
 * FUTEX_OWNER_DIED; CLONE_CHILD_CLEARTID's (or set_tid_address's) word is
 * zeroed and a futex waiter on it woken - but only if another task still
 * uses the address space (a thread's joiner); a process alone in its mm
 * leaves the word as it is, as in Linux. Faults writing are ignored.
 */
void mm_release(struct task_struct *tsk)
{
	static const int zero;

	if (!tsk->mm)
		return;
	exit_robust_list(tsk);
	if (tsk->clear_child_tid && tsk->mm->mm_users > 1) {
		if (!copy_to_user(tsk->clear_child_tid, &zero, sizeof(zero)))
			futex_wake_one((u32 __user *)tsk->clear_child_tid);
	}
	tsk->clear_child_tid = NULL;
}

/*
 * The first user process (pid 1): a task that runs fn in kernel mode (fn
 * execs init), then enters user mode with the registers fn left in its
 * trap frame. Called once, by rest_init; panics if it cannot.
 */
struct task_struct *kernel_thread_init(void (*fn)(void))
{
	struct task_struct *p;
	int err;

	p = copy_process(NULL, 0, fn, &err);
	if (!p)
		panic("kernel_thread_init: cannot create init: %d", err);
	wake_up_process(p);
	return p;
}

/*
 * A kernel thread (kswapd): a task with no address space of its own that
 * runs fn in kernel mode for ever, named name in ps, a child of current.
 * Returns it running, or NULL without memory or a task slot.
 */
struct task_struct *kernel_thread(void (*fn)(void), const char *name)
{
	struct task_struct *p;
	int err;

	p = copy_process(NULL, 0, fn, &err);
	if (!p)
		return NULL;
	strlcpy(p->comm, name, sizeof(p->comm));
	wake_up_process(p);
	return p;
}

/* fork(): the child's pid in the parent, 0 in the child, or -EAGAIN/-ENOMEM. */
SYSCALL_DEFINE0(fork)
{
	return do_fork(SIGCHLD, 0, current_pt_regs(), NULL, NULL);
}

/*
 * vfork: a plain fork here (the parent is not suspended and nothing is
 * shared), which every correct vfork user cannot tell apart.
 */
SYSCALL_DEFINE0(vfork)
{
	return do_fork(SIGCHLD, 0, current_pt_regs(), NULL, NULL);
}

/*
 * clone(flags, newsp, parent_tidptr, tls, child_tidptr), in the i386
 * argument order: do_fork with those flags; tls (CLONE_SETTLS) belongs to
 * threads and is refused with the other sharing flags. glibc's fork() is
 * clone(CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | SIGCHLD, 0, NULL, 0,
 * &self->tid). clone3 (435) is not implemented: -ENOSYS, on which glibc
 * falls back to clone.
 */
SYSCALL_DEFINE5(clone, unsigned long, clone_flags, unsigned long, newsp,
		int __user *, parent_tidptr, unsigned long, tls, int __user *, child_tidptr)
{
	return do_fork(clone_flags, newsp, current_pt_regs(), parent_tidptr, child_tidptr);
}
