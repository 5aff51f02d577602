/*
 * The trap frame: what arch/x86/entry.asm pushes on the kernel stack for
 * every interrupt, exception and system call, lowest address first. The CPU
 * pushes the last five words (esp and ss only when coming from ring 3).
 */
#ifndef ASM_PTRACE_H
#define ASM_PTRACE_H

#include <kernel/types.h>

struct pt_regs {
	/* pushed by "pushad" */
	u32 edi, esi, ebp, esp_dummy, ebx, edx, ecx, eax;
	/* segment registers, pushed by the common stub */
	u32 gs, fs, es, ds;
	u32 trapno;	/* vector number, pushed by the per-vector stub */
	u32 err_code;	/* CPU error code, or 0 for vectors without one */
	/* pushed by the CPU */
	u32 eip, cs, eflags;
	u32 esp, ss;	/* valid only if user_mode(regs) */
};

/* Did this trap come from user mode (ring 3)? */
static inline int user_mode(const struct pt_regs *regs)
{
	return (regs->cs & 3) == 3;
}

/* Where the interrupted code was running, and its stack pointer (user frames only). */
static inline unsigned long instruction_pointer(const struct pt_regs *regs)
{
	return regs->eip;
}

static inline unsigned long user_stack_pointer(const struct pt_regs *regs)
{
	return regs->esp;
}

#endif
