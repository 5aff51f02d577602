/*
 * The scheduler: round-robin over the runnable tasks, driven by the timer.
 *
 * The run queue holds every runnable task except the one running. Each
 * tick takes one from current's time slice; when it is used up the tick
 * sets need_resched, and the task gives up the CPU on its way back to user
 * mode (prepare_exit_to_usermode). A task that blocks calls schedule()
 * itself. When nothing is runnable the idle task (the boot context, pid 0)
 * halts until the next interrupt. The kernel is not preemptible: a task in
 * kernel mode keeps the CPU until it blocks or returns to user mode.
 *
 * Wait queues and timed sleeps live here too, since they are the two ways
 * a task leaves the run queue.
 */
#include <asm/uaccess.h>
#include <asm/irq.h>
#include <asm/irqflags.h>
#include <asm/processor.h>
#include <kernel/init.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <uapi/errno.h>

/* The idle task's handlers and process part, which init's are copied from. */
static struct sighand_struct init_sighand = { .count = 1 };
static struct signal_struct init_signals = {
	.count = 1,
	.live = 1,
	.wait_chldexit = { LIST_HEAD_INIT(init_signals.wait_chldexit.task_list) },
};

/* The boot context becomes the idle task: pid 0, never on the run queue. */
static struct task_struct idle_task = {
	.pid = 0,
	.tgid = 0,
	.group_leader = &idle_task,
	.thread_group = LIST_HEAD_INIT(idle_task.thread_group),
	.sighand = &init_sighand,
	.signal = &init_signals,
	.state = TASK_RUNNING,
	.comm = "swapper",
	.run_list = LIST_HEAD_INIT(idle_task.run_list),
	.tasks = LIST_HEAD_INIT(idle_task.tasks),
	.children = LIST_HEAD_INIT(idle_task.children),
	.sibling = LIST_HEAD_INIT(idle_task.sibling),
};
struct task_struct *current = &idle_task;
volatile int need_resched;
int nr_tasks;
LIST_HEAD(task_list);
static LIST_HEAD(runqueue);
struct kernel_stat kstat;
static unsigned long long nr_switches;	/* task switches since boot */

/* The task with this pid (zombies included, idle never), or NULL. */
struct task_struct *find_task_by_pid(pid_t pid)
{
	struct task_struct *p;

	for_each_process(p)
		if (p->pid == pid)
			return p;
	return NULL;
}

/*
 * Make p runnable if it sleeps (interruptibly or not) and put it on the run
 * queue; a runnable, zombie or dead task is left as it is. When the idle
 * task has the CPU, it is asked to reschedule, so p runs soon rather than
 * after a whole slice. Safe from interrupt handlers.
 */
void wake_up_process(struct task_struct *p)
{
	unsigned long flags = local_irq_save();

	if (p->state == TASK_INTERRUPTIBLE || p->state == TASK_UNINTERRUPTIBLE) {
		p->state = TASK_RUNNING;
		if (p != current)
			list_add_tail(&p->run_list, &runqueue);
		/* Let a woken task run soon rather than after a whole slice. */
		if (current == &idle_task)
			need_resched = 1;
	}
	local_irq_restore(flags);
}

/* Pick the next task: the head of the run queue, or idle if it is empty. */
static struct task_struct *pick_next_task(struct task_struct *prev)
{
	struct task_struct *next;

	if (prev->state == TASK_RUNNING && prev != &idle_task)
		list_add_tail(&prev->run_list, &runqueue);
	if (list_empty(&runqueue))
		return &idle_task;
	next = list_first_entry(&runqueue, struct task_struct, run_list);
	list_del_init(&next->run_list);
	return next;
}

/*
 * Give the CPU to the next runnable task; returns when current is picked
 * again. current keeps its place at the tail of the run queue if it is
 * TASK_RUNNING; to sleep, the caller sets another state first (and
 * arranges for a wake-up). Any interrupt state; it is the same on return.
 */
void schedule(void)
{
	unsigned long flags = local_irq_save();
	struct task_struct *prev = current, *next;

	need_resched = 0;
	next = pick_next_task(prev);
	if (next != prev) {
		nr_switches++;
		if (!next->timeslice)
			next->timeslice = DEF_TIMESLICE;
		current = next;
		prev = switch_to(prev, next);
		schedule_tail(prev);
	}
	local_irq_restore(flags);
}

/*
 * First thing after a context switch, on the new task's stack: prev is
 * off the CPU now, so a TASK_DEAD prev (reaped, or reaping itself) can
 * be freed. Also the first call of a new task (ret_from_fork).
 */
asmlinkage void schedule_tail(struct task_struct *prev)
{
	/* A task that reaped itself (or was reaped) is freed once off its stack. */
	if (prev && prev->state == TASK_DEAD)
		free_task(prev);
	/* A new clone child's first moment in its own address space. */
	if (current->set_child_tid) {
		copy_to_user(current->set_child_tid, &current->pid, sizeof(current->pid));
		current->set_child_tid = NULL;
	}
}

/*
 * RLIMIT_CPU, checked at each tick the task is charged: past the soft
 * limit SIGXCPU, then again every further second, and SIGKILL at the hard
 * limit (Linux's check_process_timers).
 */
static void check_cpu_limit(struct task_struct *p)
{
	unsigned long ticks = p->utime + p->stime;
	const struct rlimit *lim = &p->rlim[RLIMIT_CPU];

	if (lim->rlim_cur == RLIM_INFINITY || ticks % HZ)
		return;
	if (lim->rlim_max != RLIM_INFINITY && ticks / HZ >= lim->rlim_max)
		group_send_sig_info(SIGKILL, NULL, p);
	else if (ticks / HZ >= lim->rlim_cur)
		group_send_sig_info(SIGXCPU, NULL, p);
}

/*
 * The timer interrupt, each tick (interrupts off): charge the tick to
 * current's user or system time (user_tick: the timer interrupted user
 * mode; Linux's update_process_times) and to the machine's (kstat; an
 * idle task's tick is idle time), charge its time
 * slice and ask for a reschedule when it is used up (or when idle runs and
 * someone is runnable), wake the timed sleepers whose time has come, and
 * send the alarms that are due.
 */
void scheduler_tick(int user_tick)
{
	struct task_struct *p;

	if (current == &idle_task) {	/* statistical CPU-time accounting */
		kstat.cpustat.idle++;
	} else if (user_tick) {
		current->utime++;
		kstat.cpustat.user++;
	} else {
		current->stime++;
		kstat.cpustat.system++;
	}
	if (current != &idle_task)
		check_cpu_limit(current);
	if (current != &idle_task && current->timeslice && --current->timeslice == 0)
		need_resched = 1;
	if (current == &idle_task && !list_empty(&runqueue))
		need_resched = 1;
	for_each_process(p) {
		if (p->timeout && time_after_eq(jiffies, p->timeout)) {
			p->timeout = 0;
			wake_up_process(p);
		}
		/* The alarm is the process's: looked at once, in its leader. */
		if (thread_group_leader(p) && p->signal->alarm &&
		    time_after_eq(jiffies, p->signal->alarm)) {
			p->signal->alarm = 0;
			group_send_sig_info(SIGALRM, NULL, p);
		}
	}
}

/*
 * Sleep interruptibly for up to `ticks` jiffies (MAX_SCHEDULE_TIMEOUT: as
 * good as forever). Returns the ticks left: 0 when the time ran out, > 0
 * when a signal or a wake_up came first. With a signal already pending it
 * returns at once.
 */
unsigned long schedule_timeout(unsigned long ticks)
{
	unsigned long flags = local_irq_save();
	unsigned long expire = jiffies + ticks;

	current->timeout = expire ? expire : 1;
	current->state = TASK_INTERRUPTIBLE;
	if (signal_pending(current))
		current->state = TASK_RUNNING;
	else
		schedule();
	current->timeout = 0;
	local_irq_restore(flags);
	return time_after_eq(jiffies, expire) ? 0 : expire - jiffies;
}

/* Make q an empty wait queue (before anyone sleeps on it). */
void init_waitqueue_head(struct wait_queue_head *q)
{
	INIT_LIST_HEAD(&q->task_list);
}

static int __sleep_on(struct wait_queue_head *q, long state)
{
	unsigned long flags = local_irq_save();
	struct wait_queue_entry wait = { .task = current };
	int ret = 0;

	if (state == TASK_INTERRUPTIBLE && signal_pending(current)) {
		local_irq_restore(flags);
		return -EINTR;
	}
	list_add_tail(&wait.entry, &q->task_list);
	current->state = state;
	schedule();
	list_del(&wait.entry);
	if (state == TASK_INTERRUPTIBLE && signal_pending(current))
		ret = -EINTR;
	local_irq_restore(flags);
	return ret;
}

/*
 * Sleep on q until woken; returns -EINTR if a signal is pending (at once
 * if one already is), else 0. The caller re-checks its condition in a
 * loop. When the waker runs in an interrupt handler, check the condition
 * and call sleep_on with interrupts disabled, so the wake-up cannot slip
 * in between; sleep_on gives back the caller's interrupt state.
 */
int sleep_on(struct wait_queue_head *q)
{
	return __sleep_on(q, TASK_INTERRUPTIBLE);
}

/* As sleep_on, but signals do not wake it; only wake_up does. */
void sleep_on_uninterruptible(struct wait_queue_head *q)
{
	__sleep_on(q, TASK_UNINTERRUPTIBLE);
}

/* Make every task sleeping on q runnable. Safe from interrupt handlers. */
void wake_up(struct wait_queue_head *q)
{
	unsigned long flags = local_irq_save();
	struct wait_queue_entry *w;

	list_for_each_entry(w, &q->task_list, entry)
		wake_up_process(w->task);
	local_irq_restore(flags);
}

/* How many tasks (the idle task aside) are in state. */
static unsigned long nr_tasks_in_state(long state)
{
	struct task_struct *p;
	unsigned long n = 0;

	for_each_process(p)
		if (p->state == state)
			n++;
	return n;
}

/*
 * The number of runnable tasks, the running one included (the idle task
 * never counts): /proc/stat's procs_running, /proc/loadavg, the load
 * average. Any context.
 */
unsigned long nr_running(void)
{
	return nr_tasks_in_state(TASK_RUNNING);
}

/*
 * The number of tasks asleep in TASK_UNINTERRUPTIBLE ("D"): they count in
 * the load average as Linux's do, and as /proc/stat's procs_blocked
 * (Linux counts only those waiting for I/O there, nr_iowait).
 */
unsigned long nr_uninterruptible(void)
{
	return nr_tasks_in_state(TASK_UNINTERRUPTIBLE);
}

/* Switches from one task to another since boot (/proc/stat's ctxt). */
unsigned long long nr_context_switches(void)
{
	return nr_switches;
}

/*
 * The idle loop, run by the boot context as the idle task (pid 0) once
 * init exists; never returns. Interrupts off, look, then safe_halt: it
 * enables interrupts and halts in one step, so no interrupt (and no
 * wake-up) can slip in between the check and the halt.
 */
void __noreturn cpu_idle(void)
{
	for (;;) {
		local_irq_disable();
		if (!list_empty(&runqueue)) {
			schedule();
			continue;
		}
		safe_halt();
	}
}

/*
 * Boot self-test of the wait-queue rules the rest of the kernel relies on.
 * It runs in the boot (idle) task, which must never really sleep, so it
 * checks only the paths that return at once.
 */
static int waitqueue_selftest(void)
{
	struct wait_queue_head q;

	init_waitqueue_head(&q);
	wake_up(&q);
	selftest_check(list_empty(&q.task_list), "wake_up of an empty queue changes nothing");
	current->pending |= sigmask(SIGUSR1);
	selftest_check(sleep_on(&q) == -EINTR, "sleep_on with a signal pending is -EINTR at once");
	selftest_check(list_empty(&q.task_list) && current->state == TASK_RUNNING,
		       "an interrupted sleep_on leaves the queue and stays runnable");
	current->pending = 0;
	current->blocked = sigmask(SIGUSR1);
	current->pending |= sigmask(SIGUSR1);
	selftest_check(!signal_pending(current), "a blocked signal does not count as pending");
	current->pending = 0;
	current->blocked = 0;
	schedule();
	selftest_check(current == &idle_task, "schedule with an empty run queue keeps the idle task");
	return 0;
}
selftest("waitqueue", waitqueue_selftest);
