/*
 * The CPU state mm/ and kernel/ may touch: control registers, CPUID, the
 * registers a new program starts with. The interrupt flag and halting are
 * in asm/irqflags.h, included here.
 */
#ifndef ASM_PROCESSOR_H
#define ASM_PROCESSOR_H

#include <asm/irqflags.h>	/* local_irq_*, halt: most callers include us for them */
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

/* CPUID leaf `op`: its edx (for leaf 1, the feature flags: FXSR, SSE...). */
static inline u32 cpuid_edx(u32 op)
{
	u32 a = op, b, c, d;

	__asm__ __volatile__("cpuid" : "+a"(a), "=b"(b), "=c"(c), "=d"(d));
	return d;
}

static inline unsigned long read_ebp(void)
{
	unsigned long v;
	__asm__ __volatile__("mov %%ebp, %0" : "=r"(v));
	return v;
}

#define X86_CR0_WP	(1UL << 16)	/* ring 0 honours read-only PTEs */
#define X86_CR4_PSE	(1UL << 4)	/* 4 MiB pages */
#define X86_CR4_PGE	(1UL << 7)	/* global pages survive CR3 reloads */
#define X86_EFLAGS_TF	(1UL << 8)	/* trap after each instruction (single step) */
#define X86_EFLAGS_IF	(1UL << 9)

struct pt_regs;

/* ---- arch/x86/process.c ---- */
void start_thread(struct pt_regs *regs, unsigned long new_ip, unsigned long new_sp);

#endif
