/*
 * Tasks and the scheduler (kernel/sched.c, kernel/fork.c, kernel/exit.c).
 * This is the part the rest of the kernel sees.
 */
#ifndef KERNEL_SCHED_H
#define KERNEL_SCHED_H

#include <kernel/list.h>
#include <kernel/types.h>

struct mm_struct;
struct files_struct;
struct fs_struct;

struct task_struct {
	pid_t pid;
	struct mm_struct *mm;		/* NULL for kernel threads */
	struct files_struct *files;	/* open file table (fs/) */
	struct fs_struct *fs;		/* cwd (fs/) */
	unsigned long min_flt, maj_flt;	/* page faults without / with I/O */
	/* kernel/ grows this: state, kernel stack, context, parent, signals... */
};

/* The running task. */
extern struct task_struct *current;

/* Wait queues: a task sleeps on one until another wakes it up. */
struct wait_queue_head {
	struct list_head task_list;
};
void init_waitqueue_head(struct wait_queue_head *q);
/* Sleep until woken; returns -EINTR if a signal is pending, else 0. */
int sleep_on(struct wait_queue_head *q);
void wake_up(struct wait_queue_head *q);

#endif
