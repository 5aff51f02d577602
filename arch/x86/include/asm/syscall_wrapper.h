/*
 * The i386 system-call wrappers (Linux: arch/x86/include/asm/syscall_wrapper.h).
 *
 * The i386 ABI passes a system call's arguments in ebx, ecx, edx, esi, edi
 * and ebp, in that order, and its number in eax. Generic code never sees
 * those registers: it writes
 *
 *	SYSCALL_DEFINE2(munmap, unsigned long, addr, size_t, len)
 *	{ ... }
 *
 * and __SYSCALL_DEFINEx below turns that into two functions:
 *
 *	long sys_munmap(unsigned long addr, size_t len)	    the body, typed
 *	static long __ia32_sys_munmap(const struct pt_regs *regs)
 *	{ return sys_munmap((unsigned long)regs->ebx, (size_t)regs->ecx); }
 *
 * The table (kernel/syscall.c) holds the __ia32_ wrapper. sys_munmap is
 * kept out of line (noinline), so a breakpoint on it stops in a real frame
 * and GDB's bt shows its arguments by name. Every argument type must fit in
 * one 32-bit register; a 64-bit value arrives as two arguments (lo, hi), as
 * in Linux's ia32 calls.
 */
#ifndef ASM_SYSCALL_WRAPPER_H
#define ASM_SYSCALL_WRAPPER_H

#include <asm/ptrace.h>

/* "t1, a1, t2, a2, ..." -> "t1 a1, t2 a2, ..." (the typed parameter list). */
#define __SC_DECL0()			void
#define __SC_DECL1(t1, a1)		t1 a1
#define __SC_DECL2(t1, a1, ...)		t1 a1, __SC_DECL1(__VA_ARGS__)
#define __SC_DECL3(t1, a1, ...)		t1 a1, __SC_DECL2(__VA_ARGS__)
#define __SC_DECL4(t1, a1, ...)		t1 a1, __SC_DECL3(__VA_ARGS__)
#define __SC_DECL5(t1, a1, ...)		t1 a1, __SC_DECL4(__VA_ARGS__)
#define __SC_DECL6(t1, a1, ...)		t1 a1, __SC_DECL5(__VA_ARGS__)

/* The n-th argument, cast from its register to its declared type. */
#define __SC_ARGS0()
#define __SC_ARGS1(t1, a1)		(t1)regs->ebx
#define __SC_ARGS2(t1, a1, t2, a2)	__SC_ARGS1(t1, a1), (t2)regs->ecx
#define __SC_ARGS3(t1, a1, t2, a2, t3, a3) \
	__SC_ARGS2(t1, a1, t2, a2), (t3)regs->edx
#define __SC_ARGS4(t1, a1, t2, a2, t3, a3, t4, a4) \
	__SC_ARGS3(t1, a1, t2, a2, t3, a3), (t4)regs->esi
#define __SC_ARGS5(t1, a1, t2, a2, t3, a3, t4, a4, t5, a5) \
	__SC_ARGS4(t1, a1, t2, a2, t3, a3, t4, a4), (t5)regs->edi
#define __SC_ARGS6(t1, a1, t2, a2, t3, a3, t4, a4, t5, a5, t6, a6) \
	__SC_ARGS5(t1, a1, t2, a2, t3, a3, t4, a4, t5, a5), (t6)regs->ebp

#define __SYSCALL_DEFINEx(x, nr, name, ...)					\
	noinline long sys_##name(__SC_DECL##x(__VA_ARGS__));	\
	static long __ia32_sys_##name(const struct pt_regs *regs)		\
	{									\
		return sys_##name(__SC_ARGS##x(__VA_ARGS__));			\
	}									\
	__SYSCALL_ENTRY(nr, name, __ia32_sys_##name);				\
	long sys_##name(__SC_DECL##x(__VA_ARGS__))

/*
 * The trap frame of the current system call, for the few calls that work on
 * it rather than on arguments (fork/clone, execve, sigreturn, sigaltstack).
 * A system call always comes from user mode, so the frame is the one at the
 * top of the task's kernel stack.
 */
#define current_pt_regs()	task_pt_regs(current)

#endif
