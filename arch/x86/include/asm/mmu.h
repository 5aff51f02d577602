/* What an i386 address space keeps of its own besides page tables (Linux: asm/mmu.h). */
#ifndef ASM_MMU_H
#define ASM_MMU_H

typedef struct {
	unsigned int ldt_entries;	/* descriptors in ldt; 0: no LDT */
	unsigned int (*ldt)[2];		/* the LDT modify_ldt made, kmalloc'ed, or NULL */
} mm_context_t;

#endif
