/*
 * Address-space constants of the i386 3 GiB / 1 GiB split. The kernel sees
 * all physical RAM (up to 896 MiB) direct-mapped at PAGE_OFFSET, so a
 * physical address and its kernel virtual address differ by a constant.
 */
#ifndef ASM_PAGE_H
#define ASM_PAGE_H

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))
#define PAGE_ALIGN(x)	(((x) + PAGE_SIZE - 1) & PAGE_MASK)

#define PAGE_OFFSET	0xC0000000UL	/* start of the kernel's direct map */
#define TASK_SIZE	PAGE_OFFSET	/* user addresses are below this */
#define MAXMEM		(896UL << 20)	/* most RAM the direct map may hold */

#ifndef __ASSEMBLER__
/* Kernel virtual <-> physical, for direct-mapped addresses only. */
#define __pa(vaddr)	((unsigned long)(vaddr) - PAGE_OFFSET)
#define __va(paddr)	((void *)((unsigned long)(paddr) + PAGE_OFFSET))
#endif

#endif
