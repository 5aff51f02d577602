/*
 * Page directories of processes. Each one has its own user half (entries
 * 0-767, filled in by mm/ as pages are mapped) and a copy of the kernel
 * half of swapper_pg_dir (entries 768-1023). The kernel half maps RAM with
 * 4 MiB pages and never changes after paging_init, so copying it once is
 * enough: there are no kernel page tables to keep in sync.
 */
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <kernel/printk.h>
#include <lib/string.h>
#include <mm/page.h>

/*
 * pgd_alloc - a new page directory
 * Returns it with every user entry empty and the kernel entries of
 * swapper_pg_dir, or NULL when out of memory.
 */
pgd_t *pgd_alloc(void)
{
	struct page *page = alloc_page();
	pgd_t *pgd;

	if (!page)
		return NULL;
	pgd = page_address(page);
	memset(pgd, 0, USER_PGD_PTRS * sizeof(pgd_t));
	memcpy(pgd + USER_PGD_PTRS, swapper_pg_dir + USER_PGD_PTRS,
	       (PTRS_PER_PGD - USER_PGD_PTRS) * sizeof(pgd_t));
	return pgd;
}

/*
 * pgd_free - give back a page directory from pgd_alloc
 * The caller has freed the page tables its user entries pointed to, and
 * the directory is not live in CR3.
 */
void pgd_free(pgd_t *pgd)
{
	VM_BUG_ON(pgd == swapper_pg_dir);
	VM_BUG_ON(read_cr3() == __pa(pgd));
	free_page((unsigned long)pgd);
}

/* switch_pgd - make pgd the live page directory (flushes non-global TLB entries). */
void switch_pgd(pgd_t *pgd)
{
	write_cr3(__pa(pgd));
}
