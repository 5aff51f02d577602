/*
 * The x86 "this cannot happen" instruction (Linux: asm/bug.h). Linux's BUG()
 * on x86 executes ud2, an instruction defined to be invalid: the CPU raises
 * #UD (vector 6) and the trap handler prints the oops. Our BUG() and
 * BUG_ON() (kernel/printk.h) panic in C instead; ud2() is for code that
 * wants the real exception, such as crashtest=ud.
 */
#ifndef ASM_BUG_H
#define ASM_BUG_H

#define ASM_UD2		"ud2"

/*
 * Raise #UD here. Always inlined, so the oops names the caller's function;
 * never returns when nothing fixes the exception up (in the kernel: die()).
 */
static inline __attribute__((always_inline)) void ud2(void)
{
	__asm__ __volatile__(ASM_UD2);
}

#endif
