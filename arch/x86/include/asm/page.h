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

/*
 * Page-table entries and protections are one-member structs, not bare
 * integers, so that the compiler refuses to mix an entry with an address
 * or a frame number: read one with pte_val(), build one with __pte(), and
 * the same for directory entries (pgd_val, __pgd) and protection bits
 * (pgprot_val, __pgprot). As in Linux (2.6 keeps these in asm-i386/page.h).
 * The accessors are inline, and a one-member struct passed by value costs
 * what the integer costs.
 */
typedef struct { unsigned long pte; } pte_t;		/* a page-table entry */
typedef struct { unsigned long pgd; } pgd_t;		/* a page-directory entry */
typedef struct { unsigned long pgprot; } pgprot_t;	/* _PAGE_* bits of an entry */

#define pte_val(x)	((x).pte)
#define pgd_val(x)	((x).pgd)
#define pgprot_val(x)	((x).pgprot)

#define __pte(x)	((pte_t) { (x) })
#define __pgd(x)	((pgd_t) { (x) })
#define __pgprot(x)	((pgprot_t) { (x) })
#endif

#endif
