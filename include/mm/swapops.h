/*
 * Swap entries (Linux's include/linux/swapops.h): swp_entry_t holds the
 * swap area's index (type) in its top MAX_SWAPFILES_SHIFT bits and the
 * slot (offset, in pages) below; a page-table entry holds the arch's own
 * packing of the two (asm/pgtable.h), converted here.
 */
#ifndef MM_SWAPOPS_H
#define MM_SWAPOPS_H

#include <asm/pgtable.h>
#include <mm/mm_types.h>

#define MAX_SWAPFILES_SHIFT	5
#define MAX_SWAPFILES		(1 << MAX_SWAPFILES_SHIFT)	/* 32, as Linux */
#define SWP_TYPE_SHIFT		(8 * sizeof(unsigned long) - MAX_SWAPFILES_SHIFT)
#define SWP_OFFSET_MASK		((1UL << SWP_TYPE_SHIFT) - 1)

static inline swp_entry_t swp_entry(unsigned long type, unsigned long offset)
{
	swp_entry_t ret = { (type << SWP_TYPE_SHIFT) | (offset & SWP_OFFSET_MASK) };

	return ret;
}

static inline unsigned int swp_type(swp_entry_t entry)
{
	return entry.val >> SWP_TYPE_SHIFT;
}

static inline unsigned long swp_offset(swp_entry_t entry)
{
	return entry.val & SWP_OFFSET_MASK;
}

/* A page-table entry that is neither empty nor a page: a swap entry. */
static inline bool is_swap_pte(pte_t pte)
{
	return !pte_none(pte) && !pte_present(pte);
}

static inline swp_entry_t pte_to_swp_entry(pte_t pte)
{
	swp_entry_t arch = __pte_to_swp_entry(pte);

	return swp_entry(__swp_type(arch), __swp_offset(arch));
}

static inline pte_t swp_entry_to_pte(swp_entry_t entry)
{
	swp_entry_t arch = __swp_entry(swp_type(entry), swp_offset(entry));

	return __swp_entry_to_pte(arch);
}

#endif
