/*
 * System-call registration. Each system call is defined next to the code it
 * belongs to:
 *
 *	SYSCALL_DEFINE(__NR_getpid, getpid)
 *	long sys_getpid(struct pt_regs *regs) { return current->pid; }
 *
 * Every handler takes the trap frame; the arguments are regs->ebx, ecx, edx,
 * esi, edi, ebp in that order (the Linux i386 convention), and the return
 * value (>= 0, or -errno) goes back to user space in eax. kernel/syscall.c
 * builds sys_call_table[] from the .syscalls section at boot; a number with
 * no entry returns -ENOSYS.
 */
#ifndef KERNEL_SYSCALLS_H
#define KERNEL_SYSCALLS_H

#include <asm/ptrace.h>
#include <kernel/compiler.h>
#include <uapi/unistd_32.h>

typedef long (*syscall_fn_t)(struct pt_regs *regs);

struct syscall_entry {
	unsigned int nr;
	syscall_fn_t fn;
	const char *name;
};

#define SYSCALL_DEFINE(number, name)					\
	long sys_##name(struct pt_regs *regs);				\
	static const struct syscall_entry __syscall_##name __used	\
	__section(".syscalls") __aligned(4) = { number, sys_##name, #name }

/* Build the table from the .syscalls section; called once at boot. */
void syscall_init(void);
/* Dispatch the system call in regs->eax; stores the result in regs->eax. */
void do_syscall(struct pt_regs *regs);

#endif
