/*
 * TLB flushing: what mm/ calls after it has changed page-table entries, so
 * that the CPU stops using translations it cached from the old ones.
 *
 *   flush_tlb_page(vma, addr)          one page of vma's address space
 *   flush_tlb_range(vma, start, end)   [start, end) of vma's address space
 *   flush_tlb_mm(mm)                   all of mm's user half
 *
 * The names and arguments are Linux's. The TLB holds translations of the
 * address space in CR3 only: writing CR3 (activate_mm, at a task switch to
 * another address space - threads of one mm keep it - and at exec) drops
 * every non-global entry, and only the kernel's 4 MiB pages
 * are global. So a change to an mm that is not loaded needs no flush, its
 * stale entries went when the CPU left it: each call does nothing unless
 * mm's page directory is the one in CR3, that is, unless mm is current's.
 * Fork's child, the boot self-test's mm and the mm that exit or exec tears
 * down are not loaded, and cost no flush. The kernel half is mapped once in
 * paging_init and never changes, so there is no flush_tlb_kernel_range and
 * no flush of global entries.
 *
 * This is also where an SMP kernel would do its TLB shootdown: an mm may be
 * loaded on several CPUs, and each call would in addition interrupt every
 * other CPU that has mm loaded and have it flush the same range (Linux 2.6:
 * flush_tlb_others; Linux 5.x: flush_tlb_multi). Callers would not change.
 */
#ifndef ASM_TLBFLUSH_H
#define ASM_TLBFLUSH_H

#include <asm/page.h>
#include <asm/pgtable.h>
#include <kernel/types.h>
#include <mm/mm_types.h>

/* Drop the TLB entry of the page holding addr in the loaded address space (2.6 name). */
static inline void __flush_tlb_single(unsigned long addr)
{
	__asm__ __volatile__("invlpg (%0)" : : "r"(addr) : "memory");
}

/* Drop every non-global TLB entry by reloading CR3: the whole user half (2.6 name). */
static inline void __flush_tlb(void)
{
	unsigned long cr3;
	__asm__ __volatile__("mov %%cr3, %0; mov %0, %%cr3" : "=r"(cr3) : : "memory");
}

/*
 * Past this many pages, one CR3 reload is cheaper than invlpg per page (Linux
 * x86 uses 33 too: tlb_single_page_flush_ceiling).
 */
#define TLB_FLUSH_PAGES_MAX	33

/* Drop the TLB entries of all of mm's user half, if mm is loaded. */
static inline void flush_tlb_mm(struct mm_struct *mm)
{
	if (pgd_active(mm->pgd))
		__flush_tlb();
}

/*
 * Drop the TLB entries of the pages of [start, end) in vma's address space,
 * if it is loaded; a long range reloads CR3 instead.
 */
static inline void flush_tlb_range(struct vm_area_struct *vma, unsigned long start,
				   unsigned long end)
{
	unsigned long addr;

	if (!pgd_active(vma->vm_mm->pgd))
		return;
	if ((end - start) >> PAGE_SHIFT > TLB_FLUSH_PAGES_MAX) {
		__flush_tlb();
		return;
	}
	for (addr = start; addr < end; addr += PAGE_SIZE)
		__flush_tlb_single(addr);
}

/* Drop the TLB entry of the page holding addr in vma's address space, if it is loaded. */
static inline void flush_tlb_page(struct vm_area_struct *vma, unsigned long addr)
{
	if (pgd_active(vma->vm_mm->pgd))
		__flush_tlb_single(addr);
}

#endif
