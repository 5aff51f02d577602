/*
 * Placeholders for what fs/ and drivers/tty.c call in other subsystems that
 * may not be linked into this kernel yet (user copies, the scheduler's
 * current task and wait queues). Each is weak: the real definition replaces
 * it at link time. They fail safely (no task, every user copy faults).
 * Delete this file once every one of them has a real definition.
 */
#include <asm/uaccess.h>
#include <kernel/sched.h>
#include <uapi/errno.h>

#define __weak __attribute__((weak))

__weak struct task_struct *current;
__weak unsigned long copy_from_user(void *to, const void *ufrom, unsigned long n) { return n; }
__weak unsigned long copy_to_user(void *uto, const void *from, unsigned long n) { return n; }
__weak long strncpy_from_user(char *dst, const char *usrc, long n) { return -EFAULT; }
__weak void init_waitqueue_head(struct wait_queue_head *q) { INIT_LIST_HEAD(&q->task_list); }
__weak int sleep_on(struct wait_queue_head *q) { return -EINTR; }
__weak void wake_up(struct wait_queue_head *q) { }
