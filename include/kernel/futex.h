/* Futexes and the robust list (kernel/futex.c). */
#ifndef KERNEL_FUTEX_H
#define KERNEL_FUTEX_H

#include <kernel/compiler.h>
#include <kernel/time.h>
#include <kernel/types.h>

struct task_struct;

/* ---- kernel/futex.c ---- */
long do_futex(u32 __user *uaddr, int op, u32 val, const struct timespec64 *timeout,
	      u32 __user *uaddr2, u32 val2, u32 val3);
void exit_robust_list(struct task_struct *tsk);
void futex_wake_one(u32 __user *uaddr);

#endif
