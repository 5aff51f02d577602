/*
 * fork and clone: a new task that is a copy of current. What it gets of
 * current's is chosen by clone's flags, as in Linux: the address space is
 * shared (CLONE_VM: mm_users counts the tasks on it) or duplicated
 * copy-on-write by dup_mmap (mm/); the open files (CLONE_FILES) and the
 * cwd (CLONE_FS) are shared or copied; the signal handlers are shared
 * (CLONE_SIGHAND) or copied; the mask is copied, pending signals are not.
 * CLONE_THREAD makes the child a thread of current's group: the same
 * tgid (getpid), the same parent, nobody's child (it reaps itself at
 * exit), and the group's process-wide state (signal_struct) shared. The
 * child starts in ret_from_fork with its parent's registers and eax 0, on
 * the new stack clone gave, with the TLS descriptor of CLONE_SETTLS.
 *
 * Every step can fail (no task slot, no memory); copy_process then undoes
 * exactly what it did, so a fork bomb costs nothing but -EAGAIN. The
 * number of tasks is limited as Linux's threads-max: kernel stacks may
 * take an eighth of memory (max_threads); RLIMIT_NPROC starts at half
 * that.
 */
#include <asm/page.h>
#include <asm/processor.h>
#include <asm/mmu_context.h>
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

static struct kmem_cache *task_cachep, *sighand_cachep, *signal_cachep;
pid_t last_pid;
int pid_max = PID_MAX_DEFAULT;
unsigned long total_forks;
int max_threads;

/*
 * The caches of tasks and of what threads share, and the task limit from
 * the memory there is, as Linux's fork_init: kernel stacks may fill an
 * eighth of RAM; each user may start with half that many (RLIMIT_NPROC).
 */
static int fork_init(void)
{
	task_cachep = kmem_cache_create("task_struct", sizeof(struct task_struct), 16, NULL);
	sighand_cachep = kmem_cache_create("sighand_cache", sizeof(struct sighand_struct), 0, NULL);
	signal_cachep = kmem_cache_create("signal_cache", sizeof(struct signal_struct), 0, NULL);
	max_threads = totalram_pages / (8 * THREAD_SIZE / PAGE_SIZE);
	if (max_threads < MIN_THREADS)
		max_threads = MIN_THREADS;
	set_init_rlimit(RLIMIT_NPROC, max_threads / 2);
	set_init_rlimit(RLIMIT_SIGPENDING, max_threads / 2);
	return task_cachep && sighand_cachep && signal_cachep ? 0 : -ENOMEM;
}
core_initcall(fork_init);

/*
 * The next unused pid after the last one given, wrapping below pid_max.
 * copy_process made sure there is one: fewer tasks than pids below it.
 */
static pid_t alloc_pid(void)
{
	do {
		if (++last_pid >= pid_max)
			last_pid = 2;
	} while (find_task_by_pid(last_pid));
	return last_pid;
}

/* Drop p's reference to its handlers and its process's signal_struct; the last frees them. */
static void put_signal_structs(struct task_struct *p)
{
	if (p->sighand && !--p->sighand->count)
		kmem_cache_free(sighand_cachep, p->sighand);
	if (p->signal && !--p->signal->count)
		kmem_cache_free(signal_cachep, p->signal);
	p->sighand = NULL;
	p->signal = NULL;
}

/*
 * Free what release_task leaves of p: its kernel stack and task_struct,
 * and its references to the handlers and signal_struct it shared. p must
 * never run again and must not be the stack we are on (a task that reaps
 * itself is freed by schedule_tail, after the switch away).
 */
void free_task(struct task_struct *p)
{
	put_signal_structs(p);
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
	INIT_LIST_HEAD(&p->thread_group);
	p->group_leader = p;
	p->sighand = NULL;
	p->signal = NULL;
	p->vfork_done = NULL;
	p->state = TASK_UNINTERRUPTIBLE;	/* until wake_up_process below */
	p->mm = NULL;
	p->files = NULL;
	p->fs = NULL;
	p->min_flt = p->maj_flt = 0;
	p->cmin_flt = p->cmaj_flt = 0;
	p->utime = p->stime = p->cutime = p->cstime = 0;
	p->timeslice = DEF_TIMESLICE;
	p->timeout = 0;
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
 * copy-on-write, the same layout fields (all done by dup_mmap), a copy
 * of its LDT (init_new_context). NULL
 * without memory.
 */
static struct mm_struct *dup_mm(struct mm_struct *oldmm)
{
	struct mm_struct *mm = mm_alloc();

	if (!mm)
		return NULL;
	if (init_new_context(mm, oldmm) || dup_mmap(mm, oldmm)) {
		mmput(mm);
		return NULL;
	}
	return mm;
}

/*
 * The handlers: current's, shared (CLONE_SIGHAND) or copied. 0 or
 * -ENOMEM. Linux's copy_sighand.
 */
static int copy_sighand(unsigned long clone_flags, struct task_struct *p)
{
	if (clone_flags & CLONE_SIGHAND) {
		current->sighand->count++;
		p->sighand = current->sighand;
		return 0;
	}
	p->sighand = kmem_cache_alloc(sighand_cachep);
	if (!p->sighand)
		return -ENOMEM;
	p->sighand->count = 1;
	memcpy(p->sighand->action, current->sighand->action, sizeof(p->sighand->action));
	return 0;
}

/*
 * unshare_sighand - give tsk handlers of its own if it shares them (exec:
 * the new program's handlers are its own business). 0 or -ENOMEM.
 */
int unshare_sighand(struct task_struct *tsk)
{
	struct sighand_struct *old = tsk->sighand, *sh;

	if (old->count == 1)
		return 0;
	sh = kmem_cache_alloc(sighand_cachep);
	if (!sh)
		return -ENOMEM;
	sh->count = 1;
	memcpy(sh->action, old->action, sizeof(sh->action));
	old->count--;
	tsk->sighand = sh;
	return 0;
}

/*
 * The process-wide part: current's for a thread (CLONE_THREAD), a new
 * one for a new process. 0 or -ENOMEM. Linux's copy_signal.
 */
static int copy_signal(unsigned long clone_flags, struct task_struct *p)
{
	struct signal_struct *sig;

	if (clone_flags & CLONE_THREAD) {
		current->signal->count++;
		p->signal = current->signal;
		return 0;
	}
	sig = kmem_cache_zalloc(signal_cachep);
	if (!sig)
		return -ENOMEM;
	sig->count = 1;			/* zeroed: no alarm, as alarms are not inherited */
	sig->live = 1;
	init_waitqueue_head(&sig->wait_chldexit);
	p->signal = sig;
	return 0;
}

/* The address space: current's, shared (CLONE_VM, one more user) or copied. */
static int copy_mm(unsigned long clone_flags, struct task_struct *p)
{
	if (!current->mm)
		return 0;
	if (clone_flags & CLONE_VM) {
		current->mm->mm_users++;
		p->mm = current->mm;
		return 0;
	}
	p->mm = dup_mm(current->mm);
	return p->mm ? 0 : -ENOMEM;
}

/* Share or copy current's address space, files and cwd into p, as clone_flags say. */
static int copy_resources(unsigned long clone_flags, struct task_struct *p)
{
	int err = copy_mm(clone_flags, p);

	if (err)
		return err;
	err = -ENOMEM;
	if (current->files && (clone_flags & CLONE_FILES)) {
		current->files->count++;
		p->files = current->files;
	} else if (current->files) {
		p->files = dup_files(current->files);
		if (!p->files)
			goto out_mm;
	}
	if (current->fs && (clone_flags & CLONE_FS)) {
		current->fs->count++;
		p->fs = current->fs;
	} else if (current->fs) {
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

/* Give back what copy_resources took, when copy_process fails after it. */
static void undo_resources(struct task_struct *p)
{
	if (p->fs)
		put_fs_struct(p->fs);
	if (p->files)
		put_files(p->files);
	if (p->mm)
		mmput(p->mm);
}

/*
 * Link new task p into the task list and its family: a thread (CLONE_THREAD)
 * joins current's group and has current's parent; a process is the child
 * of current, or of current's parent with CLONE_PARENT. Interrupts off.
 */
static void link_task(unsigned long clone_flags, struct task_struct *p)
{
	if (clone_flags & CLONE_THREAD) {
		p->tgid = current->tgid;
		p->group_leader = current->group_leader;
		p->parent = current->parent;
		p->exit_signal = -1;		/* nobody waits for a thread */
		list_add_tail(&p->thread_group, &p->group_leader->thread_group);
		p->signal->live++;
	} else {
		p->tgid = p->pid;
		p->parent = (clone_flags & CLONE_PARENT) ? current->parent : current;
		list_add_tail(&p->sibling, &p->parent->children);
	}
	list_add_tail(&p->tasks, &task_list);
	nr_tasks++;
	total_forks++;
}

/*
 * A new task: a copy of current, sharing what clone_flags say, that
 * returns to user mode with *regs (eax 0) on stack newsp (0: current's)
 * with TLS descriptor tls (CLONE_SETTLS), or, when regs is NULL, runs fn
 * in kernel mode first (init). Returns the task, with *errp set to 0, or
 * NULL with *errp -EAGAIN (task limit, or the group is dying), -ENOMEM,
 * -EINVAL or -EFAULT (a bad TLS descriptor).
 */
static struct task_struct *copy_process(unsigned long clone_flags, const struct pt_regs *regs,
					unsigned long newsp, void (*fn)(void),
					unsigned long tls, int *errp)
{
	struct task_struct *p;
	unsigned long flags;
	int err;

	*errp = -EAGAIN;
	if (nr_tasks >= max_threads || nr_tasks >= pid_max - 2)	/* pids 2 .. pid_max - 1 */
		return NULL;
	*errp = -ENOMEM;
	p = dup_task_struct();
	if (!p)
		return NULL;
	init_child(p);
	err = copy_sighand(clone_flags, p);
	if (!err)
		err = copy_signal(clone_flags, p);
	if (!err && regs)
		err = copy_resources(clone_flags, p);
	if (err)
		goto out_free;
	copy_thread(p, regs, newsp, fn);
	if (clone_flags & CLONE_SETTLS)
		err = copy_thread_tls(p, tls);
	/* A thread made while exit_group or exec kills the others would survive them. */
	if (!err && (clone_flags & CLONE_THREAD) && signal_group_exit(current->signal))
		err = -EAGAIN;
	if (err)
		goto out_undo;
	p->pid = alloc_pid();
	flags = local_irq_save();	/* the timer tick walks task_list */
	link_task(clone_flags, p);
	local_irq_restore(flags);
	*errp = 0;
	return p;
out_undo:
	undo_resources(p);
out_free:
	free_task(p);
	*errp = err;
	return NULL;
}

/*
 * The clone flags this kernel knows: the sharing flags, the tid words,
 * CLONE_VFORK and CLONE_PARENT, and those Linux accepts without effect
 * here (CLONE_PTRACE and CLONE_UNTRACED without ptrace, CLONE_SYSVSEM
 * without System V semaphores, CLONE_DETACHED, which Linux ignores,
 * CLONE_IO). Namespaces and CLONE_PIDFD are -EINVAL.
 */
#define CLONE_KNOWN_FLAGS	(CSIGNAL | CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | \
				 CLONE_PTRACE | CLONE_VFORK | CLONE_PARENT | CLONE_THREAD | \
				 CLONE_SYSVSEM | CLONE_SETTLS | CLONE_PARENT_SETTID | \
				 CLONE_CHILD_CLEARTID | CLONE_DETACHED | CLONE_UNTRACED | \
				 CLONE_CHILD_SETTID | CLONE_IO)

/*
 * The combinations Linux's copy_process refuses with -EINVAL: a thread
 * must share the handlers, shared handlers need a shared address space;
 * init may not make a sibling (CLONE_PARENT). Flags this kernel does not
 * have are -EINVAL too.
 */
static int check_clone_flags(unsigned long clone_flags)
{
	if (clone_flags & ~CLONE_KNOWN_FLAGS)
		return -EINVAL;
	if ((clone_flags & CLONE_THREAD) && !(clone_flags & CLONE_SIGHAND))
		return -EINVAL;
	if ((clone_flags & CLONE_SIGHAND) && !(clone_flags & CLONE_VM))
		return -EINVAL;
	if ((clone_flags & CLONE_PARENT) && current == init_task_p)
		return -EINVAL;
	return 0;
}

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

/* What a CLONE_VFORK parent sleeps on until the child execs or exits (Linux's completion). */
struct vfork_done {
	struct wait_queue_head wait;
	bool done;
};

/*
 * do_fork - make a copy of current that returns to user mode with *regs
 * (the parent's trap frame) and eax 0, on user stack newsp if that is not
 * 0 (Linux 2.6's interface; Linux 5.10 calls it kernel_clone). clone_flags:
 * the low byte is the signal the child sends the parent when it exits
 * (none for a thread); the CLONE_* sharing flags as the top of this file
 * says; CLONE_PARENT_SETTID stores the child's tid at parent_tidptr in the
 * parent, CLONE_CHILD_SETTID at child_tidptr in the child before it runs,
 * CLONE_CHILD_CLEARTID makes the child zero child_tidptr when it exits
 * and wake a futex waiter there (pthread_join); CLONE_SETTLS loads the
 * struct user_desc at tls into the child's TLS slot; CLONE_VFORK makes
 * the caller sleep until the child has exec'd or exited. Returns the
 * child's tid to the parent; -EINVAL for a bad combination (see
 * check_clone_flags), -EAGAIN (task limit, RLIMIT_NPROC), -ENOMEM,
 * -EFAULT. As Linux's clone (not clone3), the exit signal is not checked:
 * one that does not exist is simply never sent.
 */
long do_fork(unsigned long clone_flags, unsigned long newsp, struct pt_regs *regs,
	     int __user *parent_tidptr, int __user *child_tidptr, unsigned long tls)
{
	struct vfork_done vfork = { .done = false };
	struct task_struct *p;
	pid_t pid;
	int err = check_clone_flags(clone_flags);

	if (err)
		return err;
	if (!fork_allowed_by_nproc())
		return -EAGAIN;
	p = copy_process(clone_flags, regs, newsp, NULL, tls, &err);
	if (!p)
		return err;
	pid = p->pid;
	if (!(clone_flags & CLONE_THREAD))
		p->exit_signal = clone_flags & CSIGNAL;
	if (clone_flags & CLONE_CHILD_SETTID)
		p->set_child_tid = child_tidptr;
	if (clone_flags & CLONE_CHILD_CLEARTID)
		p->clear_child_tid = child_tidptr;
	/* As Linux, a bad pointer here does not undo the fork. */
	if (clone_flags & CLONE_PARENT_SETTID)
		copy_to_user(parent_tidptr, &pid, sizeof(pid));
	if (clone_flags & CLONE_VFORK) {
		init_waitqueue_head(&vfork.wait);
		p->vfork_done = &vfork.wait;
	}
	wake_up_process(p);
	/* p may be gone when we wake: only the flag on our stack is looked at. */
	while ((clone_flags & CLONE_VFORK) && !vfork.done)
		sleep_on_uninterruptible(&vfork.wait);
	return pid;
}

/*
 * complete_vfork_done - a CLONE_VFORK child lets its parent go on, at exec
 * or exit: the address space it borrowed is no longer used by it. Linux's
 * name.
 */
void complete_vfork_done(struct task_struct *tsk)
{
	struct vfork_done *vfork;

	if (!tsk->vfork_done)
		return;
	vfork = container_of(tsk->vfork_done, struct vfork_done, wait);
	vfork->done = true;
	wake_up(tsk->vfork_done);
	tsk->vfork_done = NULL;
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

	complete_vfork_done(tsk);
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

	p = copy_process(0, NULL, 0, fn, 0, &err);
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

	p = copy_process(0, NULL, 0, fn, 0, &err);
	if (!p)
		return NULL;
	strlcpy(p->comm, name, sizeof(p->comm));
	wake_up_process(p);
	return p;
}

/* fork(): the child's pid in the parent, 0 in the child, or -EAGAIN/-ENOMEM. */
SYSCALL_DEFINE0(fork)
{
	return do_fork(SIGCHLD, 0, current_pt_regs(), NULL, NULL, 0);
}

/*
 * vfork: a plain fork here (the parent is not suspended and nothing is
 * shared), which every correct vfork user cannot tell apart.
 */
SYSCALL_DEFINE0(vfork)
{
	return do_fork(SIGCHLD, 0, current_pt_regs(), NULL, NULL, 0);
}

/*
 * clone(flags, newsp, parent_tidptr, tls, child_tidptr), in the i386
 * argument order: do_fork with those flags. glibc's fork() is
 * clone(CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | SIGCHLD, 0, NULL, 0,
 * &self->tid); its pthread_create passes CLONE_VM | CLONE_FS |
 * CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM |
 * CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID, the new
 * thread's stack and its TLS descriptor (clone3 first, when there is one).
 */
SYSCALL_DEFINE5(clone, unsigned long, clone_flags, unsigned long, newsp,
		int __user *, parent_tidptr, unsigned long, tls, int __user *, child_tidptr)
{
	return do_fork(clone_flags, newsp, current_pt_regs(), parent_tidptr, child_tidptr, tls);
}

/* clone3's argument block (Linux's struct clone_args): every field 64 bits. */
struct clone_args {
	u64 flags;
	u64 pidfd;
	u64 child_tid;
	u64 parent_tid;
	u64 exit_signal;
	u64 stack;			/* lowest address of the child's stack */
	u64 stack_size;
	u64 tls;			/* i386: a struct user_desc pointer, as clone's */
	u64 set_tid;			/* CLONE_ARGS_SIZE_VER1 adds these two */
	u64 set_tid_size;
	u64 cgroup;			/* CLONE_ARGS_SIZE_VER2 adds this */
};
#define CLONE_ARGS_SIZE_VER0	64	/* the first eight fields */
#define MAX_PID_NS_LEVEL	32

/*
 * Copy clone3's block of `size` bytes from user space, as Linux's
 * copy_clone_args_from_user: -EINVAL below the first version, -E2BIG past
 * a page or for non-zero bytes this kernel does not know, -EFAULT.
 */
static int copy_clone_args(struct clone_args *args, const u8 __user *uargs, size_t size)
{
	u8 byte;
	size_t i;

	if (size > PAGE_SIZE)
		return -E2BIG;
	if (size < CLONE_ARGS_SIZE_VER0)
		return -EINVAL;
	memset(args, 0, sizeof(*args));
	if (copy_from_user(args, uargs, min(size, sizeof(*args))))
		return -EFAULT;
	for (i = sizeof(*args); i < size; i++) {
		if (copy_from_user(&byte, uargs + i, 1))
			return -EFAULT;
		if (byte)
			return -E2BIG;
	}
	return 0;
}

/*
 * Linux's clone3_args_valid and the checks before it: the exit signal is
 * its own field (the CSIGNAL bits of flags, and CLONE_DETACHED, must be
 * clear), a thread or CLONE_PARENT child sends none, a stack is an address
 * and a size together; set_tid and cgroup placement need what this kernel
 * does not have. -EINVAL for any of these.
 */
static int check_clone3_args(const struct clone_args *args)
{
	if (args->set_tid_size > MAX_PID_NS_LEVEL || !args->set_tid != !args->set_tid_size ||
	    args->set_tid)
		return -EINVAL;
	if (args->exit_signal & ~(u64)CSIGNAL || args->exit_signal > _NSIG)
		return -EINVAL;
	if (args->flags >> 32 || (args->flags & (CLONE_DETACHED | CSIGNAL)))
		return -EINVAL;
	if ((args->flags & (CLONE_THREAD | CLONE_PARENT)) && args->exit_signal)
		return -EINVAL;
	if (!args->stack != !args->stack_size || args->stack + args->stack_size > TASK_SIZE)
		return -EINVAL;
	return 0;
}

/*
 * clone3(uargs, size): clone with its arguments in a struct clone_args -
 * the same children as clone (do_fork), the exit signal in its own field,
 * the stack as its lowest address and size. -EINVAL, -E2BIG, -EFAULT for
 * the block (see copy_clone_args, check_clone3_args), then clone's errors.
 * CLONE_CLEAR_SIGHAND, CLONE_INTO_CGROUP and set_tid are -EINVAL here.
 */
SYSCALL_DEFINE2(clone3, struct clone_args __user *, uargs, size_t, size)
{
	struct clone_args args;
	int err = copy_clone_args(&args, (const u8 __user *)uargs, size);

	if (!err)
		err = check_clone3_args(&args);
	if (err)
		return err;
	return do_fork((unsigned long)args.flags | (unsigned long)args.exit_signal,
		       (unsigned long)(args.stack + args.stack_size), current_pt_regs(),
		       (int __user *)(unsigned long)args.parent_tid,
		       (int __user *)(unsigned long)args.child_tid, (unsigned long)args.tls);
}
