/*
 * The i386 two-level page-table format, and the named primitives through
 * which mm/ reads and changes it. Nothing outside arch/x86 and boot/ knows
 * what a bit in a PTE means; mm/ calls these (and asm/tlbflush.h after a
 * change).
 *
 * Two levels. i386 without PAE translates through a page directory and
 * page tables, each a 4 KiB page of 1024 four-byte entries. CR3 holds the
 * physical address of the directory; a present directory entry (pgd_t)
 * points at a page table, whose entries (pte_t) each map one 4 KiB page,
 * so a directory entry covers 4 MiB (PGDIR_SIZE). A linear
 * address splits 10 / 10 / 12: directory index (pgd_index), table index
 * (pte_index), offset in the page. A directory entry with _PAGE_PSE maps a
 * 4 MiB page itself, with no table below: that is how the kernel half
 * (directory entries 768-1023) maps physical RAM, and it is shared by every
 * page directory. (With PAE, i386 has three levels of 64-bit entries; we
 * do not use it.)
 *
 * Where Linux's levels went. Linux's generic mm/ walks four levels since
 * 2.6.11, pgd -> pud -> pmd -> pte (five since 4.11, with p4d below pgd);
 * in 2.6:
 *
 *	pgd = pgd_offset(mm, addr);
 *	pud = pud_offset(pgd, addr);
 *	pmd = pmd_offset(pud, addr);
 *	pte = pte_offset_map(pmd, addr);
 *
 * On two-level i386 the middle levels fold away (asm-generic/
 * pgtable-nopud.h and pgtable-nopmd.h): pud_offset and pmd_offset return
 * their argument cast, pgd_none and pud_none are constant 0, and the pmd
 * entry is the hardware's directory entry, so there Linux tests and fills
 * the real entry with pmd_none, pmd_present and pmd_populate. We have no
 * folded levels and name everything after the two the hardware has: our
 * pgd_offset(pgd, addr) is Linux's pgd_offset (given the directory, not the
 * mm) with pud_offset and pmd_offset applied; our pgd_none, pgd_present,
 * pgd_populate and pgd_page_vaddr do what Linux's pmd_* ones do on i386;
 * and our pte_offset(pgdp, addr) is pte_offset_kernel / pte_offset_map
 * (page tables live in the direct map, so nothing needs mapping).
 */
#ifndef ASM_PGTABLE_H
#define ASM_PGTABLE_H

#include <asm/page.h>
#include <asm/processor.h>
#include <kernel/types.h>

#define PGDIR_SHIFT	22
#define PGDIR_SIZE	(1UL << PGDIR_SHIFT)
#define PGDIR_MASK	(~(PGDIR_SIZE - 1))
#define PTRS_PER_PGD	1024
#define PTRS_PER_PTE	1024
#define USER_PGD_PTRS	(PAGE_OFFSET >> PGDIR_SHIFT)	/* 768 */

/* Hardware bits of a page-directory or page-table entry. */
#define _PAGE_PRESENT	0x001
#define _PAGE_RW	0x002
#define _PAGE_USER	0x004
#define _PAGE_PWT	0x008
#define _PAGE_PCD	0x010
#define _PAGE_ACCESSED	0x020
#define _PAGE_DIRTY	0x040
#define _PAGE_PSE	0x080	/* in a directory entry: a 4 MiB page */
#define _PAGE_GLOBAL	0x100
/*
 * Software bit: a PROT_NONE page that is still mapped. The entry is not
 * present to the hardware (so any access faults), but the frame stays
 * attached. User entries are never global, so the G bit is free for this,
 * as in Linux.
 */
#define _PAGE_PROTNONE	_PAGE_GLOBAL

/*
 * A page that is out on swap keeps its place in the page table as a swap
 * entry: a non-present entry (bit 0 and _PAGE_PROTNONE clear, so neither
 * the hardware nor pte_present takes it for a page) holding the swap
 * area's number in bits 1-5 and the slot's offset from bit 9 up. Linux
 * 2.6's i386 layout is the same with the offset from bit 8: its PROT_NONE
 * bit is 0x080, ours is the G bit 0x100. The arch-independent
 * swp_entry_t of <mm/swapops.h> converts through these.
 */
#define __swp_type(x)		(((x).val >> 1) & 0x1f)
#define __swp_offset(x)		((x).val >> 9)
#define __swp_entry(type, offset)	((swp_entry_t) { ((type) << 1) | ((offset) << 9) })
#define __pte_to_swp_entry(pte)	((swp_entry_t) { pte_val(pte) })
#define __swp_entry_to_pte(x)	__pte((x).val)

#define pgd_index(addr)	(((addr) >> PGDIR_SHIFT) & (PTRS_PER_PGD - 1))
#define pte_index(addr)	(((addr) >> PAGE_SHIFT) & (PTRS_PER_PTE - 1))

/* Protections a VMA's pages get; private writable pages start read-only for COW. */
#define PAGE_NONE	__pgprot(_PAGE_PROTNONE)
#define PAGE_READONLY	__pgprot(_PAGE_PRESENT | _PAGE_USER)
#define PAGE_SHARED	__pgprot(_PAGE_PRESENT | _PAGE_USER | _PAGE_RW)
#define PAGE_KERNEL	__pgprot(_PAGE_PRESENT | _PAGE_RW)
/* What a directory entry pointing at a user page table holds besides the frame. */
#define _PAGE_TABLE	(_PAGE_PRESENT | _PAGE_RW | _PAGE_USER)

/* End of the 4 MiB directory slot holding addr, or end if that comes first. */
static inline unsigned long pgd_addr_end(unsigned long addr, unsigned long end)
{
	unsigned long boundary = (addr + PGDIR_SIZE) & PGDIR_MASK;

	/* boundary is 0 when addr is in the last slot; "- 1" makes that compare high. */
	return boundary - 1 < end - 1 ? boundary : end;
}

static inline int pte_none(pte_t pte)	{ return pte_val(pte) == 0; }
static inline int pte_present(pte_t pte)
{
	return pte_val(pte) & (_PAGE_PRESENT | _PAGE_PROTNONE);
}
static inline int pte_write(pte_t pte)	{ return pte_val(pte) & _PAGE_RW; }
static inline int pte_dirty(pte_t pte)	{ return pte_val(pte) & _PAGE_DIRTY; }
static inline int pte_young(pte_t pte)	{ return pte_val(pte) & _PAGE_ACCESSED; }
/* A PROT_NONE entry: frame attached, but the hardware sees it as absent. */
static inline int pte_protnone(pte_t pte)
{
	return (pte_val(pte) & (_PAGE_PRESENT | _PAGE_PROTNONE)) == _PAGE_PROTNONE;
}
static inline unsigned long pte_pfn(pte_t pte) { return pte_val(pte) >> PAGE_SHIFT; }
static inline pte_t pfn_pte(unsigned long pfn, pgprot_t prot)
{
	return __pte((pfn << PAGE_SHIFT) | pgprot_val(prot));
}
static inline pte_t pte_mkwrite(pte_t pte)	{ return __pte(pte_val(pte) | _PAGE_RW); }
static inline pte_t pte_wrprotect(pte_t pte)	{ return __pte(pte_val(pte) & ~_PAGE_RW); }
static inline pte_t pte_mkdirty(pte_t pte)	{ return __pte(pte_val(pte) | _PAGE_DIRTY); }
static inline pte_t pte_mkclean(pte_t pte)	{ return __pte(pte_val(pte) & ~_PAGE_DIRTY); }
static inline pte_t pte_mkyoung(pte_t pte)	{ return __pte(pte_val(pte) | _PAGE_ACCESSED); }
static inline pte_t pte_mkold(pte_t pte)	{ return __pte(pte_val(pte) & ~_PAGE_ACCESSED); }
/* Keep the frame and the A/D bits, take the new protection. */
static inline pte_t pte_modify(pte_t pte, pgprot_t prot)
{
	return __pte((pte_val(pte) & (PAGE_MASK | _PAGE_ACCESSED | _PAGE_DIRTY)) |
		     pgprot_val(prot));
}

static inline void set_pte(pte_t *ptep, pte_t pte)	{ *ptep = pte; }
static inline void pte_clear(pte_t *ptep)		{ *ptep = __pte(0); }

static inline int pgd_none(pgd_t pgd)	{ return pgd_val(pgd) == 0; }
static inline int pgd_present(pgd_t pgd) { return pgd_val(pgd) & _PAGE_PRESENT; }
/* Kernel virtual address of the page table a directory entry points to. */
static inline pte_t *pgd_page_vaddr(pgd_t pgd)
{
	return (pte_t *)__va(pgd_val(pgd) & PAGE_MASK);
}
static inline void set_pgd(pgd_t *pgdp, pgd_t pgd)	{ *pgdp = pgd; }
static inline void pgd_clear(pgd_t *pgdp)		{ *pgdp = __pgd(0); }
/* Point a directory entry at a zeroed page-table frame (physical address). */
static inline void pgd_populate(pgd_t *pgdp, unsigned long table_phys)
{
	set_pgd(pgdp, __pgd((table_phys & PAGE_MASK) | _PAGE_TABLE));
}
/* The directory entry for addr in the page directory pgd. */
static inline pgd_t *pgd_offset(pgd_t *pgd, unsigned long addr)
{
	return pgd + pgd_index(addr);
}
/* The page-table entry for addr, below a present directory entry. */
static inline pte_t *pte_offset(pgd_t *pgdp, unsigned long addr)
{
	return pgd_page_vaddr(*pgdp) + pte_index(addr);
}
/* Physical frame of the page table a directory entry points to. */
static inline unsigned long pgd_pfn(pgd_t pgd)	{ return pgd_val(pgd) >> PAGE_SHIFT; }

/* True when pgd is the page directory in CR3, so the TLB may hold its entries. */
static inline bool pgd_active(const pgd_t *pgd)
{
	return read_cr3() == __pa(pgd);
}

/* The kernel's own page directory, built at boot; its upper quarter is in every pgd. */
extern pgd_t swapper_pg_dir[PTRS_PER_PGD];

/* arch/x86/mm/pgtable.c: a new page directory with the kernel half copied in, or NULL. */
pgd_t *pgd_alloc(void);
void pgd_free(pgd_t *pgd);
/* Make pgd the live page directory (CR3). */
void switch_pgd(pgd_t *pgd);

#endif
