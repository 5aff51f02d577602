/*
 * Demand paging and the page-table side of mm (mm/memory.c), and the
 * system calls on top of it (mm/mlock.c, mm/mincore.c, mm/madvise.c,
 * mm/msync.c). The functions mm/mmap.c calls (zap_page_range,
 * free_pgtables, copy_page_range, change_protection, make_pages_present,
 * move_page_tables) are declared in <mm/mm.h> with the rest of the mm API.
 */
#ifndef MM_MEMORY_H
#define MM_MEMORY_H

#include <asm/pgtable.h>
#include <kernel/types.h>

struct address_space;
struct mm_struct;
struct page;
struct vm_area_struct;

/* ---- mm/memory.c ---- */

/*
 * Resolve a fault at address in vma (address inside it; the caller checked
 * the access against vm_flags). flags: FAULT_FLAG_WRITE for a write.
 * Returns 0 or VM_FAULT_* bits: VM_FAULT_MAJOR when the page had to be
 * read, VM_FAULT_WRITE after a copy on write, VM_FAULT_OOM or
 * VM_FAULT_SIGBUS when the page cannot be mapped. Counts the fault in
 * /proc/vmstat's pgfault (not in the task: the caller does that).
 */
int handle_mm_fault(struct mm_struct *mm, struct vm_area_struct *vma,
		    unsigned long address, unsigned int flags);

/* Allocate the shared zero page (a core initcall; earlier callers may call it too). */
int zero_page_init(void);

/* The counted frame an entry maps, or NULL for the shared zero page. */
struct page *vm_normal_page(pte_t pte);

/* The page-table entry for addr in mm, or NULL when no page table covers it. */
pte_t *pte_lookup(struct mm_struct *mm, unsigned long addr);

/*
 * Unmap, in every process, the pages of mapping's file from byte holebegin
 * for holelen bytes (0: to the end of the file), as truncate needs: the
 * next access faults and finds the new size (SIGBUS past it). even_cows:
 * also drop private copies of those pages (truncate does; an invalidation
 * of cached data would not).
 */
void unmap_mapping_range(struct address_space *mapping, loff_t holebegin,
			 loff_t holelen, int even_cows);

/*
 * Write-protect and clean every shared mapping of a page-cache page before
 * it is written back; true if one of them had dirtied it. The next store
 * through any of them faults and calls set_page_dirty again.
 */
bool page_mkclean(struct page *page);

#endif
