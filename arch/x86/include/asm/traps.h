/* Trap handling entry points shared by arch/x86 and kernel/. */
#ifndef ASM_TRAPS_H
#define ASM_TRAPS_H

#include <asm/ptrace.h>
#include <kernel/compiler.h>

/* CPU exception vectors (Intel SDM vol. 3 6.15), with Linux's names. */
#define X86_TRAP_DE	0	/* divide error */
#define X86_TRAP_DB	1	/* debug */
#define X86_TRAP_NMI	2
#define X86_TRAP_BP	3	/* int3 */
#define X86_TRAP_OF	4	/* into */
#define X86_TRAP_BR	5	/* bound range exceeded */
#define X86_TRAP_UD	6	/* invalid opcode */
#define X86_TRAP_NM	7	/* device not available */
#define X86_TRAP_DF	8	/* double fault */
#define X86_TRAP_OLD_MF	9	/* coprocessor segment overrun */
#define X86_TRAP_TS	10	/* invalid TSS */
#define X86_TRAP_NP	11	/* segment not present */
#define X86_TRAP_SS	12	/* stack-segment fault */
#define X86_TRAP_GP	13	/* general protection */
#define X86_TRAP_PF	14	/* page fault */
#define X86_TRAP_MF	16	/* x87 floating-point error */
#define X86_TRAP_AC	17	/* alignment check */
#define X86_TRAP_MC	18	/* machine check */
#define X86_TRAP_XF	19	/* SIMD floating-point exception */

/* ---- arch/x86/traps.c ---- */
asmlinkage void do_trap(struct pt_regs *regs);
const char *exception_name(unsigned int vector);
void die(const char *what, struct pt_regs *regs) __attribute__((noreturn));

/* ---- arch/x86/dumpstack.c ---- */
void show_regs(const struct pt_regs *regs);
void show_backtrace(unsigned long ebp, unsigned long eip);

/* ---- arch/x86/mm/fault.c ---- */
void do_page_fault(struct pt_regs *regs);	/* vector 14, user or kernel mode */

/* ---- arch/x86/signal.c ---- */
asmlinkage void prepare_exit_to_usermode(struct pt_regs *regs);

#endif
