/*
 * The architecture's part of making and freeing an address space (Linux:
 * asm/mmu_context.h): on i386, the LDT (arch/x86/ldt.c).
 */
#ifndef ASM_MMU_CONTEXT_H
#define ASM_MMU_CONTEXT_H

struct mm_struct;

/* ---- arch/x86/ldt.c ---- */
int init_new_context(struct mm_struct *mm, struct mm_struct *oldmm);
void destroy_context(struct mm_struct *mm);

#endif
