/*
 * A system call as the trap frame holds it (Linux: asm/syscall.h, since
 * 2.6.27), for the generic code that must look at one without knowing
 * registers: the number comes in eax, the result goes back in eax. Linux
 * keeps the number a second time in orig_eax; this frame has no such
 * slot, so the number is gone once the result is stored: do_syscall keeps
 * it in task->restart_nr for a restart after -ERESTARTSYS.
 */
#ifndef ASM_SYSCALL_H
#define ASM_SYSCALL_H

#include <asm/irq.h>
#include <asm/ptrace.h>

struct task_struct;

/*
 * The number of the system call regs entered the kernel with, or -1 if
 * regs is the frame of an interrupt or exception. Valid until
 * syscall_set_return_value (do_syscall asks it first).
 */
static inline long syscall_get_nr(struct task_struct *task, const struct pt_regs *regs)
{
	return regs->trapno == SYSCALL_VECTOR ? (long)regs->eax : -1;
}

/* The value the system call returns to user space: >= 0, or -errno. */
static inline long syscall_get_return_value(struct task_struct *task, const struct pt_regs *regs)
{
	return (long)regs->eax;
}

/* Make the call return -error if error is non-zero, else val. */
static inline void syscall_set_return_value(struct task_struct *task, struct pt_regs *regs,
					    int error, long val)
{
	regs->eax = error ? (long)error : val;
}

/* The six arguments of the call in regs, in order (ebx, ecx, edx, esi, edi, ebp). */
static inline void syscall_get_arguments(struct task_struct *task, const struct pt_regs *regs,
					 unsigned long *args)
{
	args[0] = regs->ebx;
	args[1] = regs->ecx;
	args[2] = regs->edx;
	args[3] = regs->esi;
	args[4] = regs->edi;
	args[5] = regs->ebp;
}

#endif
