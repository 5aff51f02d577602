/*
 * Reverse mapping: from a page to the page-table entries that map it.
 *
 * Forward, a page-table entry names its frame. Reclaim needs the other
 * direction: to evict a page it must clear every entry that maps it, in
 * every process, and to judge whether the page is in use it must read
 * their accessed bits. Linux 2.4 walked every page table for that; 2.6
 * finds the entries from the page, through the objects that map it:
 *
 *   a file page: page->mapping->i_mmap lists every VMA mapping the file;
 *	in each, the page can only be at the address of its file offset.
 *   an anonymous page: page->anon_vma lists every VMA that may map it -
 *	the VMA it was faulted in, and the copies fork made of that VMA
 *	(the child's pages stay shared until one side writes) - and
 *	page->index is its linear index, the same in all of them.
 *
 * vma_address turns (page, vma) into the one address to look at;
 * page_check_address reads the entry there and checks that it maps this
 * frame (a private copy may have replaced it). Everything else is a loop
 * over one of the two lists: page_referenced reads and clears accessed
 * bits, try_to_unmap replaces each entry by nothing (a file page: the next
 * touch finds it in the page cache or reads it again) or by its swap entry
 * (an anonymous page in the swap cache: do_swap_page brings it back).
 *
 * The kernel is non-preemptive on one CPU: nothing here takes a lock.
 */
#include <asm/tlbflush.h>
#include <fs/fs.h>
#include <kernel/printk.h>
#include <mm/memory.h>
#include <mm/mm.h>
#include <mm/rmap.h>
#include <mm/slab.h>
#include <mm/swap.h>
#include <mm/swapops.h>
#include <mm/vmstat.h>

static struct kmem_cache *anon_vma_cachep;

/* ---- anon_vma: who may map an anonymous page -------------------------- */

/*
 * Give vma an anon_vma before its first anonymous page is mapped (the
 * anonymous fault, a copy on write), if it has none yet: a new one, with
 * vma on it. 0, or -ENOMEM. (Linux also tries a neighbour's first, so the
 * two may still merge; a fresh one here only costs such merges.)
 */
int anon_vma_prepare(struct vm_area_struct *vma)
{
	struct anon_vma *anon_vma;

	if (vma->anon_vma)
		return 0;
	if (!anon_vma_cachep)
		anon_vma_cachep = kmem_cache_create("anon_vma", sizeof(struct anon_vma), 0, NULL);
	anon_vma = anon_vma_cachep ? kmem_cache_alloc(anon_vma_cachep) : NULL;
	if (!anon_vma)
		return -ENOMEM;
	INIT_LIST_HEAD(&anon_vma->head);
	vma->anon_vma = anon_vma;
	list_add_tail(&vma->anon_vma_node, &anon_vma->head);
	return 0;
}

/*
 * vma is a copy of a VMA that has an anon_vma (fork's child, a split half,
 * an mremap target): put it on the same one, so the shared pages are
 * found from either. Nothing if vma->anon_vma is NULL.
 */
void anon_vma_link(struct vm_area_struct *vma)
{
	if (vma->anon_vma)
		list_add_tail(&vma->anon_vma_node, &vma->anon_vma->head);
}

/* vma goes away (munmap, exit, swallowed by a merge): off its anon_vma, the last frees it. */
void anon_vma_unlink(struct vm_area_struct *vma)
{
	struct anon_vma *anon_vma = vma->anon_vma;

	if (!anon_vma)
		return;
	list_del(&vma->anon_vma_node);
	vma->anon_vma = NULL;
	if (list_empty(&anon_vma->head))
		kmem_cache_free(anon_vma_cachep, anon_vma);
}

/*
 * A merge or an adjustment moves pages of exporter into importer (vma_adjust
 * growing over its neighbour, or the neighbour taking its tail): importer
 * must be on their anon_vma. vma_merge has checked that the two anon_vmas
 * are compatible (equal, or one of them NULL), so at most importer gets
 * exporter's.
 */
void anon_vma_import(struct vm_area_struct *importer, struct vm_area_struct *exporter)
{
	if (importer->anon_vma || !exporter->anon_vma)
		return;
	importer->anon_vma = exporter->anon_vma;
	anon_vma_link(importer);
}

/*
 * validate_mm's check of one VMA: if it has an anon_vma, it is on its list.
 * Returns the number of problems found (0 or 1), printing them.
 */
int anon_vma_validate(struct vm_area_struct *vma)
{
	struct vm_area_struct *v;

	if (!vma->anon_vma)
		return 0;
	list_for_each_entry(v, &vma->anon_vma->head, anon_vma_node)
		if (v == vma)
			return 0;
	printk(KERN_ERR "validate_mm: vma %p at %08lx is not on its anon_vma %p\n", vma,
	       vma->vm_start, vma->anon_vma);
	return 1;
}

/* ---- adding and removing mappings of a page ---------------------------- */

/*
 * Where page would be mapped in vma, from its index: the user address,
 * or -EFAULT when that falls outside vma (the page is not in this part
 * of a split, for instance).
 */
unsigned long vma_address(struct page *page, struct vm_area_struct *vma)
{
	unsigned long pgoff = page->index;
	unsigned long address;

	if (pgoff < vma->vm_pgoff || pgoff - vma->vm_pgoff >= vma_pages(vma))
		return -EFAULT;
	address = vma->vm_start + ((pgoff - vma->vm_pgoff) << PAGE_SHIFT);
	return address;
}

/* The linear page index of address in vma: what page->index records. */
static unsigned long linear_page_index(struct vm_area_struct *vma, unsigned long address)
{
	return ((address - vma->vm_start) >> PAGE_SHIFT) + vma->vm_pgoff;
}

/*
 * A freshly allocated anonymous page is about to be mapped once, at
 * address in vma (which has its anon_vma, anon_vma_prepare): PG_anon,
 * its reverse map, map count 1. The caller holds the entry's reference.
 */
void page_add_new_anon_rmap(struct page *page, struct vm_area_struct *vma,
			    unsigned long address)
{
	VM_BUG_ON(!vma->anon_vma);
	SetPageFlag(page, PG_anon);
	page->anon_vma = vma->anon_vma;
	page->index = linear_page_index(vma, address);
	page->_mapcount = 0;
}

/*
 * A page from the swap cache is mapped at address in vma (do_swap_page,
 * swapoff). If nothing maps it now, it takes vma's anon_vma and index, as
 * a new page does (its old VMAs may all be gone); otherwise vma must be
 * on its anon_vma already, at the same index: every user of one swap slot
 * descends by fork from one VMA.
 */
void page_add_anon_rmap(struct page *page, struct vm_area_struct *vma,
			unsigned long address)
{
	VM_BUG_ON(!vma->anon_vma);
	if (!page_mapped(page)) {
		page_add_new_anon_rmap(page, vma, address);
		return;
	}
	VM_BUG_ON(!PageAnon(page) || page->anon_vma != vma->anon_vma);
	VM_BUG_ON(page->index != linear_page_index(vma, address));
	page->_mapcount++;
}

/* One more entry maps a page-cache page (a fault); the caller holds its reference. */
void page_add_file_rmap(struct page *page)
{
	page->_mapcount++;
}

/*
 * fork copied an entry that maps page, anonymous or file: one more map
 * count, on the reverse map it is already on. Linux 2.6.24+ name.
 */
void page_dup_rmap(struct page *page)
{
	VM_BUG_ON(page->_mapcount < 0);
	page->_mapcount++;
}

/*
 * One entry less maps page; the caller then drops the entry's reference.
 * An anonymous page keeps PG_anon and its anon_vma until it is freed: it
 * may live on unmapped in the swap cache, and come back.
 */
void page_remove_rmap(struct page *page)
{
	VM_BUG_ON(page->_mapcount < 0);
	page->_mapcount--;
}

/* ---- walking the mappings of a page ------------------------------------ */

/*
 * The entry that maps page at address in mm, or NULL if it does not map it
 * there (no entry, a swap entry, or another frame: a private copy). A
 * PROT_NONE entry still maps its frame.
 */
static pte_t *page_check_address(struct page *page, struct mm_struct *mm,
				 unsigned long address)
{
	pte_t *pte = pte_lookup(mm, address);

	if (!pte || !pte_present(*pte) || pte_pfn(*pte) != page_to_pfn(page))
		return NULL;
	return pte;
}

/*
 * Call fn on every VMA that may map page, with the address there, until
 * fn returns non-zero (which is then returned). Anonymous pages walk their
 * anon_vma, file pages their file's i_mmap; a page with neither (being
 * freed, or in the swap cache only) has no mappings: 0.
 */
static int rmap_walk(struct page *page,
		     int (*fn)(struct page *page, struct vm_area_struct *vma,
			       unsigned long address, void *arg), void *arg)
{
	struct vm_area_struct *vma;
	int ret;

	if (PageAnon(page)) {
		if (!page->anon_vma)
			return 0;
		list_for_each_entry(vma, &page->anon_vma->head, anon_vma_node) {
			unsigned long address = vma_address(page, vma);

			if (IS_ERR_VALUE(address))
				continue;
			ret = fn(page, vma, address, arg);
			if (ret)
				return ret;
		}
		return 0;
	}
	if (!page->mapping)
		return 0;
	list_for_each_entry(vma, &page->mapping->i_mmap, shared) {
		unsigned long address = vma_address(page, vma);

		if (IS_ERR_VALUE(address))
			continue;
		ret = fn(page, vma, address, arg);
		if (ret)
			return ret;
	}
	return 0;
}

/* page_referenced for one mapping: count and clear its accessed bit. */
static int page_referenced_one(struct page *page, struct vm_area_struct *vma,
			       unsigned long address, void *arg)
{
	int *referenced = arg;
	pte_t *pte = page_check_address(page, vma->vm_mm, address);

	if (!pte)
		return 0;
	/* A locked page counts as used, so reclaim keeps it on the active list. */
	if (vma->vm_flags & VM_LOCKED)
		(*referenced)++;
	if (pte_young(*pte)) {
		set_pte(pte, pte_mkold(*pte));
		flush_tlb_page(vma, address);
		(*referenced)++;
	}
	return 0;
}

/*
 * How much has page been used since reclaim last asked? The number of
 * mappings whose accessed bit was set (each is cleared, so the next call
 * sees only new use), plus one for PG_referenced (cleared too: read() and
 * faults set it, mark_page_accessed), plus one per VM_LOCKED mapping.
 * 0 means idle: a candidate for eviction. As Linux 2.6's.
 */
int page_referenced(struct page *page)
{
	int referenced = 0;

	if (PageReferenced(page)) {
		ClearPageReferenced(page);
		referenced++;
	}
	if (page_mapped(page))
		rmap_walk(page, page_referenced_one, &referenced);
	return referenced;
}

/*
 * try_to_unmap for one mapping. A VM_LOCKED mapping refuses (SWAP_FAIL), as
 * does one used since page_referenced last looked (its accessed bit set
 * again: Linux 2.6's second chance). Otherwise the entry goes: an
 * anonymous page leaves its swap entry behind, holding one more count on
 * the slot; a file page leaves nothing. The dirty bit moves to the page.
 */
static int try_to_unmap_one(struct page *page, struct vm_area_struct *vma,
			    unsigned long address, void *arg)
{
	struct mm_struct *mm = vma->vm_mm;
	pte_t *pte = page_check_address(page, mm, address);
	pte_t entry;

	if (!pte)
		return 0;
	if (vma->vm_flags & VM_LOCKED)
		return SWAP_FAIL;
	if (pte_young(*pte)) {
		set_pte(pte, pte_mkold(*pte));
		flush_tlb_page(vma, address);
		return SWAP_FAIL;
	}
	entry = *pte;
	/* Writeback (or swap-out) must write it; a file page counts as changed as a whole. */
	if (pte_dirty(entry) && PageAnon(page))
		SetPageDirty(page);
	else if (pte_dirty(entry))
		set_page_dirty(page);
	if (PageAnon(page)) {
		swp_entry_t swp = { page->private };

		VM_BUG_ON(!PageSwapCache(page));
		swap_duplicate(swp);
		set_pte(pte, swp_entry_to_pte(swp));
		mm->rss[MM_SWAPENTS]++;
	} else {
		pte_clear(pte);
	}
	flush_tlb_page(vma, address);
	add_mm_rss(mm, page, -1);
	page_remove_rmap(page);
	put_page(page);
	return 0;
}

/*
 * Take page out of every page table that maps it, so that reclaim can
 * free it. The caller holds a reference; an anonymous page must be in the
 * swap cache (add_to_swap), whose entry replaces each mapping. Returns
 * SWAP_SUCCESS when no entry maps it any more, SWAP_FAIL when one must
 * stay (VM_LOCKED, or used again since page_referenced looked), SWAP_AGAIN
 * when some remain for another reason. Entries already taken stay taken:
 * the page is then in its cache and faults back in. As Linux 2.6's.
 */
int try_to_unmap(struct page *page)
{
	int ret;

	if (!page_mapped(page))
		return SWAP_SUCCESS;
	ret = rmap_walk(page, try_to_unmap_one, NULL);
	if (ret == SWAP_FAIL)
		return SWAP_FAIL;
	return page_mapped(page) ? SWAP_AGAIN : SWAP_SUCCESS;
}
