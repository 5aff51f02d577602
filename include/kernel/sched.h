/*
 * Tasks and the scheduler (kernel/sched.c, fork.c, exit.c, exec.c; the CPU
 * side in arch/x86/process.c).
 * This is the part the rest of the kernel sees.
 *
 * Every process is one task_struct with its own kernel stack (THREAD_SIZE
 * bytes). The top of that stack holds the struct pt_regs of the trap that
 * entered the kernel from user mode; below it the task runs kernel code.
 * A task switches only when it blocks (sleep_on, schedule) or on its way
 * back to user mode (prepare_exit_to_usermode): the kernel is not
 * preemptible, so kernel data needs no locks, only interrupts off around
 * state an interrupt handler touches.
 */
#ifndef KERNEL_SCHED_H
#define KERNEL_SCHED_H

#include <asm/ptrace.h>
#include <asm/segment.h>
#include <kernel/list.h>
#include <kernel/resource.h>
#include <kernel/signal.h>
#include <kernel/types.h>

struct mm_struct;
struct files_struct;
struct fs_struct;
struct tty_struct;

#define THREAD_ORDER	1			/* kernel stack: 2 pages */
#define THREAD_SIZE	(4096UL << THREAD_ORDER)
#define TASK_COMM_LEN	16
#define PID_MAX_DEFAULT	32768			/* pid_max at boot */
#define PID_MAX_LIMIT	32768			/* the largest pid_max (Linux's on 32-bit) */
#define PID_MAX_MIN	301			/* the smallest (Linux: RESERVED_PIDS + 1) */
#define MIN_THREADS	20			/* threads-max never below this (Linux's) */
#define NGROUPS_SMALL	32			/* supplementary groups a task can have */
#define DEF_TIMESLICE	5			/* ticks (HZ=100: 50 ms) */
/*
 * The longest schedule_timeout, in ticks (LONG_MAX, about 248 days): as
 * good as forever, and jiffies comparisons against it stay correct.
 */
#define MAX_SCHEDULE_TIMEOUT	0x7fffffffUL

/* task->state */
#define TASK_RUNNING		0	/* on the run queue or running */
#define TASK_INTERRUPTIBLE	1	/* asleep; a signal wakes it */
#define TASK_UNINTERRUPTIBLE	2	/* asleep; only wake_up wakes it */
#define TASK_ZOMBIE		4	/* exited, waiting for its parent to reap it */
#define TASK_DEAD		8	/* reaped or self-reaping: freed after the switch away */
#define TASK_STOPPED		16	/* stopped by a job-control signal; SIGCONT or SIGKILL wakes it */

/* Wait queues: a task sleeps on one until another wakes it up. */
struct wait_queue_head {
	struct list_head task_list;	/* wait_queue_entry.entry of each sleeper */
};
/* One sleeper, on the sleeping task's kernel stack while it sleeps. */
struct wait_queue_entry {
	struct task_struct *task;	/* the task to wake */
	struct list_head entry;		/* link in wait_queue_head.task_list */
};

/*
 * The signal handlers, shared by the tasks cloned with CLONE_SIGHAND (every
 * thread of a group): a sigaction in one is seen by all. Linux's
 * sighand_struct.
 */
struct sighand_struct {
	int count;			/* tasks using it; the last one's free_task frees it */
	struct k_sigaction action[_NSIG];	/* index sig - 1 */
};

/* signal_struct.flags */
#define SIGNAL_GROUP_EXIT	0x1	/* exit_group, a fatal signal or exec: every thread goes */

/*
 * What the threads of one group (one process) share besides the handlers:
 * the signals sent to the process rather than to one thread, the group
 * exit, the wait queue of wait4. Linux's signal_struct, the part this
 * kernel needs (rlimits, process group and session stay per task here).
 */
struct signal_struct {
	int count;			/* tasks pointing here; the last free_task frees it */
	int live;			/* threads that have not yet called do_exit */
	unsigned int flags;		/* SIGNAL_GROUP_EXIT */
	int group_exit_code;		/* wait status of the group once SIGNAL_GROUP_EXIT */
	/* de_thread: the exec-ing thread, woken when every other one is gone. */
	struct task_struct *group_exit_task;
	int group_stop_count;		/* threads yet to stop in a group stop; 0: none under way */
	unsigned long alarm;		/* jiffies when the process's SIGALRM is due; 0 = none */
	int group_stop_sig;		/* the stop signal of the group stop under way */
	/* What the threads that are gone used (ticks, faults), for the process's totals. */
	unsigned long utime, stime, min_flt, maj_flt;
	sigset_t shared_pending;	/* process-directed signals no thread took yet */
	struct kernel_siginfo shared_info[_NSIG];	/* why each came */
	struct wait_queue_head wait_chldexit;	/* wait4 of any thread sleeps here */
};

/* What a task keeps of the CPU while it is not running (arch/x86/process.c). */
struct thread_struct {
	unsigned long esp;		/* kernel stack pointer saved by switch_to */
	unsigned long esp0;		/* top of the kernel stack (TSS esp0) */
	unsigned long cr2;		/* address of the last user fault, for sigcontext */
	bool kernel_ds;			/* in a set_fs(KERNEL_DS) section (asm/uaccess.h) */
	u32 tls_array[GDT_ENTRY_TLS_ENTRIES][2];	/* GDT entries 6-8, both words */
	u8 fpu_state[512] __aligned(16);	/* x87/SSE state (asm/fpu.h), while switched out */
};

struct task_struct {
	pid_t pid;			/* set by fork, fixed for the task's life: gettid() */
	pid_t tgid;			/* thread group id = the leader's pid: getpid() */
	struct task_struct *group_leader;	/* the group's first thread (itself if alone) */
	/* Ring through every thread of the group, leader included (while_each_thread). */
	struct list_head thread_group;
	struct mm_struct *mm;		/* NULL for kernel threads */
	struct files_struct *files;	/* open file table (fs/) */
	struct fs_struct *fs;		/* cwd (fs/) */
	unsigned long min_flt, maj_flt;	/* page faults without / with I/O */
	unsigned long cmin_flt, cmaj_flt;	/* the same, of reaped children (and theirs) */
	unsigned long utime, stime;	/* ticks the timer found it in user / kernel mode */
	int pdeath_signal;		/* prctl(PR_SET_PDEATHSIG); not inherited */
	int exit_signal;		/* sent to the parent at exit (clone's CSIGNAL; fork: SIGCHLD) */
	int __user *set_child_tid;	/* CLONE_CHILD_SETTID: gets our tid before we first run */
	int __user *clear_child_tid;	/* CLONE_CHILD_CLEARTID, set_tid_address: zeroed at exit */
	void __user *robust_list;	/* set_robust_list's head, walked at exit */
	struct rlimit rlim[RLIM_NLIMITS];	/* resource limits (kernel/resource.c) */
	unsigned long cutime, cstime;	/* the same, of reaped children (and theirs) */

	volatile long state;		/* TASK_*; changed by the scheduler and exit */
	void *stack;			/* kernel stack: THREAD_SIZE bytes, pt_regs at the top */
	struct thread_struct thread;	/* saved CPU context */
	struct list_head run_list;	/* link in the run queue while runnable, not current */
	struct list_head tasks;		/* link in the list of all tasks (for_each_process) */
	unsigned long timeslice;	/* ticks left before need_resched */
	unsigned long timeout;		/* jiffies to wake at, in schedule_timeout; 0 = none */

	struct task_struct *parent;	/* who wait()s for us; init after our parent exits */
	struct list_head children;	/* our children, linked by their sibling */
	struct list_head sibling;	/* link in parent->children */
	pid_t pgrp;			/* process group: inherited, used by kill(0/-pgrp) */
	pid_t session;			/* session (the pid of its leader): inherited; setsid */
	struct tty_struct *tty;		/* controlling terminal of the session, or NULL */
	/*
	 * The wait status waiting for the parent: once a zombie, the exit
	 * status (code << 8, or the signal that killed it); while alive, a
	 * stop (sig << 8 | 0x7f, TASK_STOPPED) or continue (0xffff) that
	 * wait4 has not reported yet (WUNTRACED, WCONTINUED), or 0.
	 */
	int exit_code;

	/* Signals: one pending instance per number (no queueing), handlers, mask. */
	sigset_t pending;		/* generated, not yet delivered */
	sigset_t blocked;		/* mask from sigprocmask and handlers */
	struct sighand_struct *sighand;	/* handlers, shared under CLONE_SIGHAND */
	struct signal_struct *signal;	/* the process's part, shared by its threads */
	struct kernel_siginfo pending_info[_NSIG];	/* why each pending signal came */
	unsigned long sas_ss_sp;	/* sigaltstack: lowest address, 0 = none */
	unsigned long sas_ss_size;	/* sigaltstack: bytes */

	unsigned long restart_nr;	/* syscall to re-run after -ERESTARTSYS */
	unsigned long personality;	/* personality(2) value, remembered only */
	/* Credentials (kernel/cred.c): real, effective, saved and filesystem ids. */
	unsigned int uid, euid, suid, fsuid;
	unsigned int gid, egid, sgid, fsgid;
	int ngroups;			/* supplementary groups in groups[] */
	unsigned int groups[NGROUPS_SMALL];
	char comm[TASK_COMM_LEN];	/* executable name (basename), for ps and oopses */
	/* CLONE_VFORK: the parent sleeps here until we exec or exit (mm_release). */
	struct wait_queue_head *vfork_done;
};

/* The running task. */
extern struct task_struct *current;
/* Set by the timer (or a wake-up) when current should give up the CPU. */
extern volatile int need_resched;
/* Number of tasks in existence (idle excluded), for the fork limit. */
extern int nr_tasks;
/* The most tasks fork makes, sized from memory at boot (/proc/sys/kernel/threads-max). */
extern int max_threads;
/* Every task except the idle task, in creation order. */
extern struct list_head task_list;
/* pid 1, the reaper of orphans. */
extern struct task_struct *init_task_p;

/*
 * Where the machine's CPU time went, in ticks (USER_HZ = HZ = 100), for
 * /proc/stat and /proc/uptime. The timer charges every tick to exactly one
 * field (kernel/sched.c, scheduler_tick), so together they count the ticks
 * since boot. Linux 2.6's struct cpu_usage_stat, here for one CPU and
 * without the fields nothing here would count (nice, iowait, irq...).
 */
struct cpu_usage_stat {
	u64 user;			/* a task was in user mode */
	u64 system;			/* a task was in kernel mode */
	u64 idle;			/* the idle task had the CPU */
};
/* Linux 2.6's struct kernel_stat (per CPU there; one CPU here). */
struct kernel_stat {
	struct cpu_usage_stat cpustat;
};
extern struct kernel_stat kstat;	/* written by the timer tick only */

/* Jiffies comparisons that survive the counter wrapping. */
#define time_after_eq(a, b)	((long)((a) - (b)) >= 0)
#define time_after(a, b)	((long)((b) - (a)) < 0)

/* for_each_process(p): every task (zombies included, idle excluded). */
#define for_each_process(p) list_for_each_entry(p, &task_list, tasks)

/*
 * True if p has a signal pending that it does not block. Inline: every
 * return to user mode asks it (Linux: linux/sched/signal.h).
 */
static inline bool signal_pending(const struct task_struct *p)
{
	return ((p->pending | p->signal->shared_pending) & ~p->blocked) != 0;
}

/* Is p the first thread of its group (the one whose pid is the group's)? */
static inline bool thread_group_leader(const struct task_struct *p)
{
	return p->group_leader == p;
}

/* The next thread of p's group, round the ring (p itself if alone). */
static inline struct task_struct *next_thread(const struct task_struct *p)
{
	return list_entry(p->thread_group.next, struct task_struct, thread_group);
}

/* Is p the only thread left of its group? */
static inline bool thread_group_empty(const struct task_struct *p)
{
	return list_empty(&p->thread_group);
}

/* for_each_thread(p, t): every thread t of p's group, p first. Linux's while_each_thread. */
#define for_each_thread(p, t) \
	for (bool __once = ((t) = (p), true); __once || (t) != (p); \
	     __once = false, (t) = next_thread(t))

/* The trap frame of a task's last entry from user mode (top of its stack). */
static inline struct pt_regs *task_pt_regs(struct task_struct *p)
{
	return (struct pt_regs *)((char *)p->stack + THREAD_SIZE) - 1;
}

/* ---- kernel/sched.c ---- */
void schedule(void);
unsigned long schedule_timeout(unsigned long ticks);	/* returns the ticks left */
void wake_up_process(struct task_struct *p);
struct task_struct *find_task_by_pid(pid_t pid);
asmlinkage void schedule_tail(struct task_struct *prev);
void cpu_idle(void) __noreturn;
void init_waitqueue_head(struct wait_queue_head *q);
int sleep_on(struct wait_queue_head *q);		/* 0, or -EINTR */
void sleep_on_uninterruptible(struct wait_queue_head *q);
void wake_up(struct wait_queue_head *q);
unsigned long nr_running(void);
unsigned long nr_uninterruptible(void);
unsigned long long nr_context_switches(void);

/* ---- kernel/fork.c ---- */
extern unsigned long total_forks;	/* tasks created since boot (/proc/stat "processes") */
extern pid_t last_pid;			/* the pid given last (/proc/loadavg) */
extern int pid_max;			/* pids stay below it (/proc/sys/kernel/pid_max) */
long do_fork(unsigned long clone_flags, unsigned long newsp, struct pt_regs *regs,
	     int __user *parent_tidptr, int __user *child_tidptr, unsigned long tls);
void complete_vfork_done(struct task_struct *tsk);
int unshare_sighand(struct task_struct *tsk);
void mm_release(struct task_struct *tsk);
struct task_struct *kernel_thread_init(void (*fn)(void));
struct task_struct *kernel_thread(void (*fn)(void), const char *name);
void free_task(struct task_struct *p);

/* ---- kernel/exit.c ---- */
void do_exit(int code) __noreturn;
void do_group_exit(int code) __noreturn;
void exit_thread_usage(struct task_struct *tsk);
void thread_group_cputime(const struct task_struct *p, bool children, unsigned long *utime,
			  unsigned long *stime);
void release_task(struct task_struct *p);

/* ---- kernel/exec.c ---- */
int do_execve(const char *filename, const char *const *argv,
	      const char *const *envp, struct pt_regs *regs, bool kernel);

/* ---- arch/x86/process.c ---- */
struct task_struct *switch_to(struct task_struct *prev, struct task_struct *next);
void copy_thread(struct task_struct *p, const struct pt_regs *regs, unsigned long sp,
		 void (*fn)(void));
int copy_thread_tls(struct task_struct *p, unsigned long tls);
void flush_thread(void);
void activate_mm(struct mm_struct *mm);
void load_tls(struct task_struct *p);

#endif
