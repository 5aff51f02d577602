/*
 * Demand paging and the page-table side of mm (mm/memory.c), used by the
 * fault path, the page cache and the system calls of mm/mlock.c,
 * mm/mincore.c, mm/madvise.c and mm/msync.c. The functions mm/mmap.c
 * calls (zap_page_range, free_pgtables, copy_page_range,
 * change_protection, make_pages_present, move_page_tables) are in
 * <mm/mm.h> with the rest of the address-space API. Contracts are at the
 * definitions.
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

int handle_mm_fault(struct mm_struct *mm, struct vm_area_struct *vma,
		    unsigned long address, unsigned int flags);
int zero_page_init(void);
struct page *vm_normal_page(pte_t pte);
pte_t *pte_lookup(struct mm_struct *mm, unsigned long addr);
void unmap_mapping_range(struct address_space *mapping, loff_t holebegin,
			 loff_t holelen, int even_cows);
bool page_mkclean(struct page *page);

#endif
