/*
 * Reverse mapping (mm/rmap.c), as Linux 2.6: from a page to the page-table
 * entries that map it, so that reclaim can ask "was it used?"
 * (page_referenced) and take it away from every process (try_to_unmap)
 * without walking every page table of the machine.
 *
 *   anonymous page  page->anon_vma: the VMAs that may map it (the one it
 *                   was faulted in, and their copies made by fork, split
 *                   and mremap); page->index is its linear page index, so
 *                   in each VMA it can only be at vma_address(page, vma)
 *   file page       page->mapping->i_mmap: every VMA mapping the file;
 *                   page->index is its offset in the file
 *
 * Contracts are at the definitions.
 */
#ifndef MM_RMAP_H
#define MM_RMAP_H

#include <kernel/list.h>
#include <mm/mm_types.h>
#include <mm/page.h>

/*
 * The VMAs whose anonymous pages share one reverse map: a VMA gets one at
 * its first anonymous page (anon_vma_prepare), and every VMA made from it
 * (a split half, an mremap copy, fork's copy in the child) joins it. Freed
 * when its last VMA leaves. (Linux 2.6.9-2.6.33's form; 2.6.34 made it a
 * tree of anon_vma_chains so that a child's new pages need not be looked
 * for in the parent.)
 */
struct anon_vma {
	struct list_head head;	/* the VMAs, by vma->anon_vma_node */
};

/* try_to_unmap's answers (Linux's values). */
#define SWAP_SUCCESS	0	/* no entry maps the page any more */
#define SWAP_AGAIN	1	/* some entry could not be taken now; try later */
#define SWAP_FAIL	2	/* it must stay: VM_LOCKED, or recently used */

/* Count n more (or fewer) resident pages of page's kind in mm->rss[]. */
static inline void add_mm_rss(struct mm_struct *mm, struct page *page, long n)
{
	mm->rss[PageAnon(page) ? MM_ANONPAGES : MM_FILEPAGES] += n;
}

/* ---- mm/rmap.c ---- */

int anon_vma_prepare(struct vm_area_struct *vma);
void anon_vma_link(struct vm_area_struct *vma);
void anon_vma_unlink(struct vm_area_struct *vma);
void anon_vma_import(struct vm_area_struct *importer, struct vm_area_struct *exporter);
int anon_vma_validate(struct vm_area_struct *vma);

unsigned long vma_address(struct page *page, struct vm_area_struct *vma);
void page_add_new_anon_rmap(struct page *page, struct vm_area_struct *vma,
			    unsigned long address);
void page_add_anon_rmap(struct page *page, struct vm_area_struct *vma,
			unsigned long address);
void page_add_file_rmap(struct page *page);
void page_dup_rmap(struct page *page);
void page_remove_rmap(struct page *page);
int page_referenced(struct page *page);
int try_to_unmap(struct page *page);

#endif
