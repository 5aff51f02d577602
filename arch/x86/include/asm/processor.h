/* Control registers, interrupt flag and halting: the CPU state mm/ and kernel/ may touch. */
#ifndef ASM_PROCESSOR_H
#define ASM_PROCESSOR_H

#include <kernel/types.h>

static inline unsigned long read_cr0(void)
{
	unsigned long v;
	__asm__ __volatile__("mov %%cr0, %0" : "=r"(v));
	return v;
}

/* The faulting linear address of the last page fault. */
static inline unsigned long read_cr2(void)
{
	unsigned long v;
	__asm__ __volatile__("mov %%cr2, %0" : "=r"(v));
	return v;
}

static inline unsigned long read_cr3(void)
{
	unsigned long v;
	__asm__ __volatile__("mov %%cr3, %0" : "=r"(v));
	return v;
}

/* Switch page directory; flushes every non-global TLB entry. */
static inline void write_cr3(unsigned long pa)
{
	__asm__ __volatile__("mov %0, %%cr3" : : "r"(pa) : "memory");
}

static inline unsigned long read_cr4(void)
{
	unsigned long v;
	__asm__ __volatile__("mov %%cr4, %0" : "=r"(v));
	return v;
}

static inline void write_cr4(unsigned long v)
{
	__asm__ __volatile__("mov %0, %%cr4" : : "r"(v) : "memory");
}

static inline unsigned long read_ebp(void)
{
	unsigned long v;
	__asm__ __volatile__("mov %%ebp, %0" : "=r"(v));
	return v;
}

static inline void local_irq_enable(void) { __asm__ __volatile__("sti" ::: "memory"); }
static inline void local_irq_disable(void) { __asm__ __volatile__("cli" ::: "memory"); }

/* Save the interrupt flag and disable interrupts; restore it later. */
static inline unsigned long local_irq_save(void)
{
	unsigned long flags;
	__asm__ __volatile__("pushf; pop %0; cli" : "=r"(flags) : : "memory");
	return flags;
}

static inline void local_irq_restore(unsigned long flags)
{
	__asm__ __volatile__("push %0; popf" : : "r"(flags) : "memory", "cc");
}

static inline void halt(void) { __asm__ __volatile__("hlt"); }

#define X86_CR0_WP	(1UL << 16)	/* ring 0 honours read-only PTEs */
#define X86_CR4_PSE	(1UL << 4)	/* 4 MiB pages */
#define X86_CR4_PGE	(1UL << 7)	/* global pages survive CR3 reloads */
#define X86_EFLAGS_IF	(1UL << 9)

#endif
