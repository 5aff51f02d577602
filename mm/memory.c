/*
 * Demand paging: what happens after do_page_fault has found a VMA that
 * allows the access, and the page-table work of munmap, fork, mprotect,
 * mremap and mlock.
 *
 * A VMA is a promise; a page-table entry is the promise kept. mmap only
 * records the VMA. The first touch of a page faults, and handle_mm_fault
 * fills in the entry, choosing by what the entry holds and by the VMA:
 *
 *   entry empty, no vm_ops->fault     do_anonymous_page: a read maps the
 *                                     shared zero page read-only, a write
 *                                     maps a fresh zeroed page
 *   entry empty, vm_ops->fault        do_linear_fault -> __do_fault: the
 *                                     filesystem finds the page-cache page
 *                                     (filemap_fault) and we map it read-only;
 *                                     a private write copies it at once, a
 *                                     shared write maps it writable and dirty
 *   entry present, write, read-only   do_wp_page: copy on write, or reuse a
 *                                     page nobody else maps
 *   entry PROT_NONE, VMA allows now   refresh the entry from vm_page_prot
 *   entry a swap entry                do_swap_page: from the swap cache, or
 *                                     read from the swap area (mm/swapfile.c)
 *
 * Reference counting is what makes freeing exact. Every page-table entry that
 * maps a frame holds one reference (_count) and one map count (_mapcount) on
 * it; the page cache holds one more reference on its own pages. So an
 * anonymous page is freed when its last mapping goes, and a file page stays
 * in the cache. The zero page is the one exception: it is mapped without
 * counting and never freed (vm_normal_page hides it).
 *
 * A store through a shared writable mapping dirties the page-cache page at
 * its first store: a read fault maps the page read-only, so the store
 * faults and do_wp_page calls set_page_dirty. Later stores (after msync
 * wrote the page, say) only set the hardware dirty bit in the entry;
 * zap_page_range and msync move that bit to the page, so the filesystem
 * writes the page back.
 *
 * Locking: the kernel is non-preemptible on one CPU and page faults on user
 * addresses happen only in process context, so nothing here sleeps with
 * state half changed, and no locks are needed.
 */
#include <asm/pgtable.h>
#include <asm/tlbflush.h>
#include <fs/fs.h>
#include <kernel/init.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <lib/string.h>
#include <mm/memory.h>
#include <mm/mm.h>
#include <mm/page.h>
#include <mm/rmap.h>
#include <mm/swap.h>
#include <mm/swapops.h>
#include <mm/vmstat.h>
#include <uapi/errno.h>

/* The frame every untouched anonymous page reads from: all zeros, read-only. */
static struct page *zero_page;
static unsigned long zero_pfn = ~0UL;

/*
 * Allocate the shared zero page. A core initcall; the boot self-tests may
 * call it earlier, and a second call does nothing. Returns 0; panics
 * without memory, since no anonymous read fault could be served.
 */
int zero_page_init(void)
{
	if (zero_page)
		return 0;	/* the boot self-tests may have needed it first */
	zero_page = alloc_zeroed_page();
	if (!zero_page)
		panic("zero_page_init: no memory for the zero page");
	zero_pfn = page_to_pfn(zero_page);
	return 0;
}
core_initcall(zero_page_init);

/*
 * The counted page a present entry maps, or NULL for the shared zero page
 * (mapped without counting). Entries only ever map frames of mem_map, so
 * anything else is a corrupted table: panic. (Linux's also takes the VMA
 * and the address, for raw-frame VM_PFNMAP regions.)
 */
struct page *vm_normal_page(pte_t pte)
{
	unsigned long pfn = pte_pfn(pte);

	if (pfn == zero_pfn)
		return NULL;
	if (pfn >= max_pfn)
		panic("vm_normal_page: pte %08lx maps pfn %lu past max_pfn %lu",
		      pte_val(pte), pfn, max_pfn);
	return pfn_to_page(pfn);
}

/*
 * An entry of mm stopped mapping page: drop its map count, its reference
 * and its rss count. The last reference of an anonymous page frees it; a
 * page left only in the swap cache, with no other user of its slot, leaves
 * the cache first (its copy on swap is of no use to anyone).
 */
static void page_unmap_put(struct mm_struct *mm, struct page *page)
{
	add_mm_rss(mm, page, -1);
	page_remove_rmap(page);
	free_swap_cache(page);
	put_page(page);
}

/* Tell the page cache a mapped page holds data the file does not have yet. */
static void mark_page_dirty(struct page *page)
{
	if (page->mapping)
		set_page_dirty(page);
}

/* ---- page-table walking ------------------------------------------------ */

/*
 * The page-table entry for user address addr in mm, or NULL when no page
 * table covers addr; never allocates.
 */
pte_t *pte_lookup(struct mm_struct *mm, unsigned long addr)
{
	pgd_t *pgdp = pgd_offset(mm->pgd, addr);

	if (pgd_none(*pgdp))
		return NULL;
	return pte_offset(pgdp, addr);
}

/* The entry for addr in mm, allocating its page table; NULL when out of memory. */
static pte_t *pte_alloc(struct mm_struct *mm, unsigned long addr)
{
	pgd_t *pgdp = pgd_offset(mm->pgd, addr);

	VM_BUG_ON(addr >= TASK_SIZE);
	if (pgd_none(*pgdp)) {
		struct page *table = alloc_zeroed_page();

		if (!table)
			return NULL;
		nr_page_table_pages++;
		pgd_populate(pgdp, page_to_phys(table));
	}
	return pte_offset(pgdp, addr);
}

/* ---- the fault handlers ------------------------------------------------- */

/*
 * A new anonymous page for vma holding a copy of src (NULL: zeros), not
 * mapped yet; NULL if out of memory. vma gets its anon_vma first, so the
 * page can go on the reverse map when it is mapped (map_new_anon_page).
 * Allocating may reclaim, and reclaim may change page-table entries: a
 * caller that looked at an entry before re-checks it after (pte_same).
 */
static struct page *new_anon_page(struct vm_area_struct *vma, struct page *src)
{
	struct page *new;

	if (anon_vma_prepare(vma))
		return NULL;
	new = src ? alloc_page() : alloc_zeroed_page();
	if (!new)
		return NULL;
	if (src)
		memcpy(page_address(new), page_address(src), PAGE_SIZE);
	SetPageFlag(new, PG_anon);	/* counted until freed (__page_cache_release) */
	nr_anon_pages++;
	nr_pgalloc_anon++;
	return new;
}

/*
 * Map the new anonymous page at address, in place of what *pte held: the
 * reverse map, the rss count and the active list (2.6 starts anonymous
 * pages there: they were just used). writable: map it writable and dirty.
 */
static void map_new_anon_page(struct vm_area_struct *vma, unsigned long address,
			      pte_t *pte, struct page *new, bool writable)
{
	pte_t entry = pfn_pte(page_to_pfn(new), vma->vm_page_prot);

	page_add_new_anon_rmap(new, vma, address);
	add_mm_rss(vma->vm_mm, new, 1);
	lru_cache_add_active(new);
	if (writable)
		entry = pte_mkdirty(pte_mkwrite(entry));
	set_pte(pte, pte_mkyoung(entry));
	flush_tlb_page(vma, address);
}

/* First touch of an anonymous page: the zero page for a read, a new page for a write. */
static int do_anonymous_page(struct mm_struct *mm, struct vm_area_struct *vma,
			     unsigned long address, pte_t *pte, unsigned int flags)
{
	struct page *page;

	/*
	 * A private page that is only read need not exist yet: every such
	 * page reads the same zeros. A shared one must be real at once, so
	 * that whoever shares it later shares the frame.
	 */
	if (!(flags & FAULT_FLAG_WRITE) && !(vma->vm_flags & VM_SHARED)) {
		set_pte(pte, pte_wrprotect(pfn_pte(zero_pfn, vma->vm_page_prot)));
		return 0;
	}
	page = new_anon_page(vma, NULL);
	if (!page)
		return VM_FAULT_OOM;
	/* Reclaim never fills an empty entry, so *pte is still empty. */
	map_new_anon_page(vma, address, pte, page, vma->vm_flags & VM_WRITE);
	return 0;
}

/*
 * Replace the mapping of old (NULL: the zero page), which *pte held as
 * orig, by a private copy. old is held across the allocation, which may
 * reclaim: if the entry changed meanwhile (reclaim swapped old out), the
 * copy is dropped and the access simply faults again. Linux 4.1+ name.
 */
static int wp_page_copy(struct vm_area_struct *vma, unsigned long address,
			pte_t *pte, pte_t orig, struct page *old)
{
	struct page *new;

	if (old)
		get_page(old);
	new = new_anon_page(vma, old);
	if (new && pte_val(*pte) != pte_val(orig)) {
		put_page(new);
		put_page(old);
		return 0;
	}
	if (old)
		put_page(old);
	if (!new)
		return VM_FAULT_OOM;
	map_new_anon_page(vma, address, pte, new, true);
	if (old)
		page_unmap_put(vma->vm_mm, old);
	nr_pgcow++;
	return VM_FAULT_WRITE;
}

/*
 * Make the present entry writable in place: this mapper may write the
 * frame itself. Linux 4.1+ name (2.6 does both inside do_wp_page).
 */
static int wp_page_reuse(struct vm_area_struct *vma, unsigned long address,
			 pte_t *pte, pte_t orig)
{
	set_pte(pte, pte_mkyoung(pte_mkdirty(pte_mkwrite(orig))));
	flush_tlb_page(vma, address);
	nr_pgreuse++;
	return VM_FAULT_WRITE;
}

/*
 * Write to a present read-only page of a writable VMA. A shared mapping
 * writes the frame itself (and dirties it). A private one copies, unless
 * the frame is an anonymous page only this entry maps: then nobody can
 * see the write, and the page is simply made writable.
 */
static int do_wp_page(struct mm_struct *mm, struct vm_area_struct *vma,
		      unsigned long address, pte_t *pte, pte_t orig)
{
	struct page *old = vm_normal_page(orig);

	if (old && (vma->vm_flags & VM_SHARED)) {
		mark_page_dirty(old);
		return wp_page_reuse(vma, address, pte, orig);
	}
	/* Nobody else may see the frame: no other entry, no other user of its swap slot. */
	if (old && PageAnon(old) && can_share_swap_page(old))
		return wp_page_reuse(vma, address, pte, orig);
	return wp_page_copy(vma, address, pte, orig, old);
}

/* A private write to a file page: map a copy of it, drop the cache page's reference. */
static int do_cow_page(struct vm_area_struct *vma, unsigned long address,
		       pte_t *pte, struct page *page)
{
	struct page *new = new_anon_page(vma, page);

	put_page(page);
	if (!new)
		return VM_FAULT_OOM;
	map_new_anon_page(vma, address, pte, new, true);
	nr_pgcow++;
	return VM_FAULT_WRITE;
}

/* Map the page-cache page itself; the entry keeps the reference ->fault took. */
static void map_file_page(struct vm_area_struct *vma, pte_t *pte,
			  struct page *page, bool write)
{
	pte_t entry = pfn_pte(page_to_pfn(page), vma->vm_page_prot);

	page_add_file_rmap(page);
	add_mm_rss(vma->vm_mm, page, 1);
	if (write) {
		/* A shared store: the page now differs from the disk. */
		entry = pte_mkdirty(pte_mkwrite(entry));
		mark_page_dirty(page);
	} else {
		/*
		 * Read-only either way: a private mapping never writes the
		 * cache page (a store copies it), and a shared one takes one
		 * more fault at its first store, which dirties the page at
		 * once, so fsync sees it without waiting for msync or munmap.
		 */
		entry = pte_wrprotect(entry);
	}
	set_pte(pte, pte_mkyoung(entry));
}

/*
 * A file-backed address: vm_ops->fault (filemap_fault) finds or reads the
 * page and returns it with a reference held for us.
 */
static int __do_fault(struct mm_struct *mm, struct vm_area_struct *vma,
		      unsigned long address, pte_t *pte, unsigned long pgoff,
		      unsigned int flags)
{
	struct vm_fault vmf = {
		.pgoff = pgoff,
		.address = address & PAGE_MASK,
		.flags = flags,
		.page = NULL,
	};
	bool write = flags & FAULT_FLAG_WRITE;
	int ret;

	ret = vma->vm_ops->fault(vma, &vmf);
	if (ret & VM_FAULT_ERROR)
		return ret;
	VM_BUG_ON(!vmf.page);
	if (write && !(vma->vm_flags & VM_SHARED))
		return ret | do_cow_page(vma, address, pte, vmf.page);
	map_file_page(vma, pte, vmf.page, write);
	return ret;
}

/* First touch of a page of a file mapping: its file page is vm_pgoff + the page index. */
static int do_linear_fault(struct mm_struct *mm, struct vm_area_struct *vma,
			   unsigned long address, pte_t *pte, unsigned int flags)
{
	unsigned long pgoff = ((address - vma->vm_start) >> PAGE_SHIFT) + vma->vm_pgoff;

	return __do_fault(mm, vma, address, pte, pgoff, flags);
}

/*
 * The entry holds a swap entry: the page was evicted (try_to_unmap left
 * the entry of its slot behind). Find it in the swap cache - it may not
 * have left memory yet, or another process that shares the slot brought
 * it back - or read it from the swap area (a major fault). Then the entry
 * maps it again and gives up its count on the slot. A write fault gets the
 * page writable at once if nobody else can see it (can_share_swap_page),
 * else goes on to do_wp_page. The allocation may reclaim, so the entry is
 * checked again before it is replaced: if it changed, someone else
 * resolved it and the access simply retries.
 */
static int do_swap_page(struct mm_struct *mm, struct vm_area_struct *vma,
			unsigned long address, pte_t *pte, pte_t orig, unsigned int flags)
{
	swp_entry_t entry = pte_to_swp_entry(orig);
	bool write = flags & FAULT_FLAG_WRITE;
	struct page *page;
	int ret = 0, err;
	pte_t new;

	if (anon_vma_prepare(vma))
		return VM_FAULT_OOM;
	page = lookup_swap_cache(entry);
	if (!page) {
		page = read_swap_cache_async(entry, &err);
		if (!page) {
			if (pte_val(*pte) != pte_val(orig))
				return 0;
			return err == -ENOMEM ? VM_FAULT_OOM : VM_FAULT_SIGBUS;
		}
		ret = VM_FAULT_MAJOR;
	}
	if (pte_val(*pte) != pte_val(orig)) {
		put_page(page);
		return ret;
	}
	swap_free(entry);		/* the reference we hold becomes the entry's */
	mm->rss[MM_SWAPENTS]--;
	page_add_anon_rmap(page, vma, address);
	add_mm_rss(mm, page, 1);
	new = pfn_pte(page_to_pfn(page), vma->vm_page_prot);
	if (write && (vma->vm_flags & VM_WRITE) && can_share_swap_page(page)) {
		new = pte_mkdirty(pte_mkwrite(new));
		write = false;
		ret |= VM_FAULT_WRITE;
	} else {
		new = pte_wrprotect(new);
	}
	set_pte(pte, pte_mkyoung(new));
	flush_tlb_page(vma, address);
	mark_page_accessed(page);
	/* With swap more than half full, free the slot of a page only we use. */
	if (vm_swap_full())
		remove_exclusive_swap_page(page);
	if (write)
		ret |= do_wp_page(mm, vma, address, pte, *pte);
	return ret;
}

/*
 * Dispatch on what the entry holds; see the table at the top of the file.
 * pte_protnone, the test for a PROT_NONE entry (a frame the hardware sees
 * as absent), is a Linux 4.0+ name (from NUMA balancing).
 */
static int handle_pte_fault(struct mm_struct *mm, struct vm_area_struct *vma,
			    unsigned long address, pte_t *pte, unsigned int flags)
{
	pte_t entry = *pte;

	if (pte_none(entry)) {
		if (vma->vm_ops && vma->vm_ops->fault)
			return do_linear_fault(mm, vma, address, pte, flags);
		return do_anonymous_page(mm, vma, address, pte, flags);
	}
	if (!pte_present(entry))
		return do_swap_page(mm, vma, address, pte, entry, flags);
	if (pte_protnone(entry)) {
		/* The VMA allows the access (do_page_fault checked); the entry lags behind. */
		entry = pte_modify(entry, vma->vm_page_prot);
		if (!(vma->vm_flags & VM_SHARED))
			entry = pte_wrprotect(entry);
	}
	if (flags & FAULT_FLAG_WRITE) {
		if (!pte_write(entry)) {
			set_pte(pte, entry);
			return do_wp_page(mm, vma, address, pte, entry);
		}
		entry = pte_mkdirty(entry);
	}
	/* Present and allowed: a stale TLB entry; refresh it. */
	set_pte(pte, pte_mkyoung(entry));
	flush_tlb_page(vma, address);
	return 0;
}

/*
 * Resolve a fault at address in vma: address lies inside vma, and the
 * caller (the fault path, make_pages_present) has checked the access
 * against vm_flags. flags: FAULT_FLAG_WRITE for a store. Allocates the
 * page table if needed and dispatches (handle_pte_fault). Returns 0 or
 * VM_FAULT_* bits: VM_FAULT_MAJOR when the page had to be read,
 * VM_FAULT_WRITE after a copy on write, VM_FAULT_OOM or VM_FAULT_SIGBUS
 * when the page cannot be mapped. Counts the fault in /proc/vmstat's
 * pgfault; the task's min_flt/maj_flt are the caller's to count.
 */
int handle_mm_fault(struct mm_struct *mm, struct vm_area_struct *vma,
		    unsigned long address, unsigned int flags)
{
	pte_t *pte;

	VM_BUG_ON(address < vma->vm_start || address >= vma->vm_end);
	nr_pgfault++;
	pte = pte_alloc(mm, address);
	if (!pte)
		return VM_FAULT_OOM;
	return handle_pte_fault(mm, vma, address, pte, flags);
}

/* ---- unmapping ---------------------------------------------------------- */

/* Drop the entries of [addr, end), all under the one page table at pgdp. */
static void zap_pte_range(struct vm_area_struct *vma, pgd_t *pgdp,
			  unsigned long addr, unsigned long end)
{
	pte_t *pte = pte_offset(pgdp, addr);

	for (; addr < end; addr += PAGE_SIZE, pte++) {
		pte_t entry = *pte;
		struct page *page;

		if (pte_none(entry))
			continue;
		pte_clear(pte);
		if (!pte_present(entry)) {
			/* Out on swap: the slot loses this user (and the cache, if it was the last). */
			free_swap_and_cache(pte_to_swp_entry(entry));
			vma->vm_mm->rss[MM_SWAPENTS]--;
			continue;
		}
		page = vm_normal_page(entry);
		if (!page)
			continue;
		if ((vma->vm_flags & VM_SHARED) && pte_dirty(entry))
			mark_page_dirty(page);
		page_unmap_put(vma->vm_mm, page);
		nr_pgzapped++;
	}
}

/*
 * Unmap [start, end), which lies inside vma: each entry is cleared, and
 * its page loses a map count and a reference (the last frees an anonymous
 * page); a dirty shared page is marked dirty for writeback. The TLB is
 * flushed if mm is live. Page tables stay (free_pgtables frees them), and
 * so does the VMA: munmap, exit and MADV_DONTNEED decide its fate.
 */
void zap_page_range(struct vm_area_struct *vma, unsigned long start, unsigned long end)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long addr, next;

	VM_BUG_ON(start < vma->vm_start || end > vma->vm_end);
	for (addr = start; addr < end; addr = next) {
		pgd_t *pgdp = pgd_offset(mm->pgd, addr);

		next = pgd_addr_end(addr, end);
		if (!pgd_none(*pgdp))
			zap_pte_range(vma, pgdp, addr, next);
	}
	flush_tlb_range(vma, start, end);
}

/* The part of vma that maps file pages [first, last]: [*start, *end), or false if none. */
static bool vma_file_range(struct vm_area_struct *vma, unsigned long first,
			   unsigned long last, unsigned long *start, unsigned long *end)
{
	unsigned long vfirst = vma->vm_pgoff;
	unsigned long vlast = vfirst + vma_pages(vma) - 1;

	if (last < vfirst || first > vlast)
		return false;
	*start = vma->vm_start + ((max(first, vfirst) - vfirst) << PAGE_SHIFT);
	*end = vma->vm_start + ((min(last, vlast) - vfirst + 1) << PAGE_SHIFT);
	return true;
}

/*
 * Unmap, in every process, the pages of mapping's file from byte holebegin
 * for holelen bytes (0: to the end of the file), as truncate needs: the
 * next access faults and finds the new size (SIGBUS past it). Walks every
 * VMA on mapping->i_mmap. even_cows: also drop private copies of those
 * pages in MAP_PRIVATE mappings (truncate does; an invalidation of cached
 * data would not).
 */
void unmap_mapping_range(struct address_space *mapping, loff_t holebegin,
			 loff_t holelen, int even_cows)
{
	unsigned long first = holebegin >> PAGE_SHIFT;
	unsigned long last = holelen ? (holebegin + holelen - 1) >> PAGE_SHIFT : ~0UL;
	struct vm_area_struct *vma;

	list_for_each_entry(vma, &mapping->i_mmap, shared) {
		unsigned long start, end;

		/* Private copies are the process's own data unless the file shrank under them. */
		if (!even_cows && !(vma->vm_flags & VM_SHARED))
			continue;
		if (vma_file_range(vma, first, last, &start, &end))
			zap_page_range(vma, start, end);
	}
}

/* Write-protect and clean vma's entry for page, if it maps it; true if it was dirty. */
static bool page_mkclean_one(struct vm_area_struct *vma, struct page *page)
{
	unsigned long address, start, end;
	pte_t *pte;
	bool dirty;

	if (!vma_file_range(vma, page->index, page->index, &start, &end))
		return false;
	address = start;
	pte = pte_lookup(vma->vm_mm, address);
	if (!pte || !pte_present(*pte) || vm_normal_page(*pte) != page)
		return false;
	dirty = pte_dirty(*pte);
	set_pte(pte, pte_wrprotect(pte_mkclean(*pte)));
	flush_tlb_page(vma, address);
	return dirty;
}

/*
 * Before the filesystem writes a page-cache page back: write-protect and
 * clean every shared mapping of it, so that the next store faults again
 * and dirties the page again (do_wp_page). Returns true if some entry had
 * been written through since the page was last cleaned (the caller then
 * keeps the page dirty for this writeback); false for a page not in a
 * page cache. As Linux's page_mkclean.
 */
bool page_mkclean(struct page *page)
{
	struct vm_area_struct *vma;
	bool dirty = false;

	if (!page->mapping)
		return false;
	list_for_each_entry(vma, &page->mapping->i_mmap, shared)
		if (vma->vm_flags & VM_SHARED)
			dirty |= page_mkclean_one(vma, page);
	return dirty;
}

/* Free the (empty) page table below one directory entry. */
static void free_pte_table(pgd_t *pgdp)
{
	struct page *table;

#ifdef CONFIG_DEBUG_VM
	{
		pte_t *pte = pgd_page_vaddr(*pgdp);
		int i;

		for (i = 0; i < PTRS_PER_PTE; i++)
			if (!pte_none(pte[i]))
				panic("free_pgtables: table %08lx still maps %08lx at %d",
				      pgd_val(*pgdp), pte_val(pte[i]), i);
	}
#endif
	table = pfn_to_page(pgd_pfn(*pgdp));
	pgd_clear(pgdp);
	__free_page(table);
	nr_page_table_pages--;
}

/*
 * The whole user half has just been torn down (exit, exec): every mapping
 * is gone, so the resident counts must be zero and no page table may be
 * left. Anything else is a leak in this file; say so loudly (the test
 * layers look for "BUG:").
 */
static void check_mm_empty(struct mm_struct *mm)
{
#ifdef CONFIG_DEBUG_VM
	unsigned int i, tables = 0;

	for (i = 0; i < USER_PGD_PTRS; i++)
		tables += !pgd_none(mm->pgd[i]);
	if (mm->rss[MM_ANONPAGES] || mm->rss[MM_FILEPAGES] || mm->rss[MM_SWAPENTS] || tables)
		printk(KERN_ERR "BUG: mm %p torn down with %lu anonymous and %lu file pages "
		       "resident, %lu swap entries and %u page tables left\n", mm,
		       mm->rss[MM_ANONPAGES], mm->rss[MM_FILEPAGES], mm->rss[MM_SWAPENTS], tables);
#endif
}

/*
 * Free the page tables of mm that only [start, end) used, once its pages
 * are zapped. A page table covers 4 MiB; it may go when nothing else can
 * use it: it lies wholly at or above floor (the end of the previous VMA,
 * 0 if none) and below ceiling (the start of the next; 0 or past TASK_SIZE
 * means TASK_SIZE), and meets [start, end). Flushes the TLB if mm is live.
 * The tables freed must be empty (debug builds panic if not); a call for
 * the whole user half (exit, exec) also checks, in debug builds, that mm
 * is left with no resident pages and no page tables, printing "BUG:" if
 * not.
 */
void free_pgtables(struct mm_struct *mm, unsigned long start, unsigned long end,
		   unsigned long floor, unsigned long ceiling)
{
	unsigned long addr = start & PGDIR_MASK;
	bool freed = false;

	if (!ceiling || ceiling > TASK_SIZE)
		ceiling = TASK_SIZE;
	ceiling &= PGDIR_MASK;
	if (addr < floor)
		addr += PGDIR_SIZE;
	for (; addr < end && addr + PGDIR_SIZE <= ceiling; addr += PGDIR_SIZE) {
		pgd_t *pgdp = pgd_offset(mm->pgd, addr);

		if (pgd_none(*pgdp))
			continue;
		free_pte_table(pgdp);
		freed = true;
	}
	/* The CPU may cache directory entries too. */
	if (freed)
		flush_tlb_mm(mm);
	if (start == 0 && end >= TASK_SIZE && floor == 0)
		check_mm_empty(mm);
}

/* ---- fork --------------------------------------------------------------- */

/* Copy the entries of [addr, end) under one page table of src into dst. */
static int copy_pte_range(struct mm_struct *dst, struct vm_area_struct *vma,
			  pgd_t *src_pgdp, unsigned long addr, unsigned long end)
{
	pte_t *src_pte = pte_offset(src_pgdp, addr);
	pte_t *dst_pte = pte_alloc(dst, addr);
	bool cow = !(vma->vm_flags & VM_SHARED);

	if (!dst_pte)
		return -ENOMEM;
	for (; addr < end; addr += PAGE_SIZE, src_pte++, dst_pte++) {
		pte_t entry = *src_pte;
		struct page *page;

		if (pte_none(entry))
			continue;
		if (!pte_present(entry)) {
			/* A swapped-out page: the child's entry is one more user of the slot. */
			swap_duplicate(pte_to_swp_entry(entry));
			set_pte(dst_pte, entry);
			dst->rss[MM_SWAPENTS]++;
			continue;
		}
		page = vm_normal_page(entry);
		if (page) {
			get_page(page);
			page_dup_rmap(page);
			add_mm_rss(dst, page, 1);
		}
		if (cow && pte_write(entry)) {
			/* Both sides read-only: the first write of either copies. */
			entry = pte_wrprotect(entry);
			set_pte(src_pte, entry);
		}
		if (!cow)
			entry = pte_mkclean(entry);	/* the parent's entry carries the dirt */
		set_pte(dst_pte, pte_mkold(entry));
	}
	return 0;
}

/*
 * A shared anonymous region has no object behind it (Linux uses shmem) for
 * parent and child to find a page in later: its pages are the object. So
 * before fork shares it, every page must exist, or each side would fill an
 * untouched page with a zeroed page of its own. 0, or -ENOMEM.
 */
static int populate_shared_anon(struct mm_struct *mm, struct vm_area_struct *vma)
{
	unsigned long addr;

	for (addr = vma->vm_start; addr < vma->vm_end; addr += PAGE_SIZE) {
		pte_t *pte = pte_lookup(mm, addr);

		if (pte && !pte_none(*pte))
			continue;
		if (handle_mm_fault(mm, vma, addr, 0) & VM_FAULT_OOM)
			return -ENOMEM;
	}
	return 0;
}

/*
 * fork: copy vma's entries from src into dst (whose copy of vma has the
 * same range). Every mapped page gains a reference and a map count; a
 * private writable entry becomes read-only on both sides, so the first
 * write of either copies (do_wp_page), and the parent's TLB is flushed. A
 * shared anonymous region is first faulted in completely in src, so both
 * sides map the same frames. Returns 0, or -ENOMEM for a page table or a
 * page (dst then holds part of the copy; the caller frees dst).
 */
int copy_page_range(struct mm_struct *dst, struct mm_struct *src,
		    struct vm_area_struct *vma)
{
	unsigned long addr, next;
	int err = 0;

	if ((vma->vm_flags & VM_SHARED) && !vma->vm_ops) {
		err = populate_shared_anon(src, vma);
		if (err)
			return err;
	}

	for (addr = vma->vm_start; addr < vma->vm_end; addr = next) {
		pgd_t *src_pgdp = pgd_offset(src->pgd, addr);

		next = pgd_addr_end(addr, vma->vm_end);
		if (pgd_none(*src_pgdp))
			continue;
		err = copy_pte_range(dst, vma, src_pgdp, addr, next);
		if (err)
			break;
	}
	/* The parent may hold writable TLB entries for what is now read-only. */
	if (!(vma->vm_flags & VM_SHARED))
		flush_tlb_range(vma, vma->vm_start, vma->vm_end);
	return err;
}

/* ---- mprotect, mremap, mlock ------------------------------------------- */

/* Give the entries of [addr, end), under the one page table at pgdp, newprot. */
static void change_pte_range(struct vm_area_struct *vma, pgd_t *pgdp,
			     unsigned long addr, unsigned long end, pgprot_t newprot)
{
	pte_t *pte = pte_offset(pgdp, addr);

	for (; addr < end; addr += PAGE_SIZE, pte++) {
		pte_t entry = *pte;

		if (!pte_present(entry))
			continue;	/* empty, or a swap entry: the fault uses the new prot */
		entry = pte_modify(entry, newprot);
		/*
		 * A private entry stays read-only even when the VMA becomes
		 * writable: the frame may be shared (cache page, zero page, a
		 * fork), and do_wp_page decides at the first write.
		 */
		if (!(vma->vm_flags & VM_SHARED))
			entry = pte_wrprotect(entry);
		set_pte(pte, entry);
	}
}

/*
 * mprotect: give the present entries of [start, end), inside vma, the
 * protection newprot (private ones stay read-only, see change_pte_range);
 * flushes the TLB if the mm is live. Empty entries stay empty: the next
 * fault uses the VMA's new vm_page_prot, which the caller has set.
 */
void change_protection(struct vm_area_struct *vma, unsigned long start,
		       unsigned long end, pgprot_t newprot)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long addr, next;

	for (addr = start; addr < end; addr = next) {
		pgd_t *pgdp = pgd_offset(mm->pgd, addr);

		next = pgd_addr_end(addr, end);
		if (!pgd_none(*pgdp))
			change_pte_range(vma, pgdp, addr, next, newprot);
	}
	flush_tlb_range(vma, start, end);
}

/*
 * mremap: move the entries of [old_addr, old_addr + len) in vma to new_addr
 * in new_vma, whose entries there must be empty; pages keep their counts,
 * they only change address. Flushes the old range from the TLB if the mm
 * is live. Returns the bytes moved: less than len only when a page table
 * could not be allocated (the caller then moves the moved part back).
 */
unsigned long move_page_tables(struct vm_area_struct *vma, unsigned long old_addr,
			       struct vm_area_struct *new_vma, unsigned long new_addr,
			       unsigned long len)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long moved;

	for (moved = 0; moved < len; moved += PAGE_SIZE) {
		pte_t *old_pte = pte_lookup(mm, old_addr + moved);
		pte_t *new_pte;

		if (!old_pte || pte_none(*old_pte))
			continue;
		new_pte = pte_alloc(new_vma->vm_mm, new_addr + moved);
		if (!new_pte)
			break;
		VM_BUG_ON(!pte_none(*new_pte));
		set_pte(new_pte, *old_pte);	/* map counts move with the entry */
		pte_clear(old_pte);
	}
	flush_tlb_range(vma, old_addr, old_addr + moved);
	return moved;
}

/* True if addr already has an entry good enough for this access. */
static bool page_already_present(struct mm_struct *mm, unsigned long addr, bool write)
{
	pte_t *pte = pte_lookup(mm, addr);

	if (!pte || !pte_present(*pte) || pte_protnone(*pte))
		return false;
	return !write || pte_write(*pte);
}

/* Fault in one page for make_pages_present: 0, or -ENOMEM. */
static int populate_page(struct mm_struct *mm, struct vm_area_struct *vma,
			 unsigned long addr)
{
	/* Private writable pages are broken out now; shared ones stay clean. */
	bool write = (vma->vm_flags & (VM_WRITE | VM_SHARED)) == VM_WRITE;
	int ret;

	if (page_already_present(mm, addr, write))
		return 0;
	ret = handle_mm_fault(mm, vma, addr, write ? FAULT_FLAG_WRITE : 0);
	if (ret & VM_FAULT_OOM)
		return -ENOMEM;
	/* A page past the end of the file stays absent; touching it is SIGBUS. */
	if (ret & VM_FAULT_SIGBUS)
		return 0;
	if (ret & VM_FAULT_MAJOR) {
		current->maj_flt++;
		nr_pgmajfault++;
	} else {
		current->min_flt++;
	}
	return 0;
}

/*
 * mlock, MAP_LOCKED, MAP_POPULATE: fault in every page of [start, end) of
 * mm now, private writable ones already copied, PROT_NONE regions skipped,
 * pages past the end of a file left absent. Returns 0, or -ENOMEM when
 * part of the range is unmapped or memory runs out (the pages before that
 * stay). Counts the faults against current like user faults (every
 * caller works on current->mm).
 */
int make_pages_present(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	unsigned long addr;

	for (addr = start & PAGE_MASK; addr < end; addr += PAGE_SIZE) {
		struct vm_area_struct *vma = find_vma(mm, addr);
		int err;

		if (!vma || vma->vm_start > addr)
			return -ENOMEM;
		if (!(vma->vm_flags & (VM_READ | VM_WRITE | VM_EXEC))) {
			addr = vma->vm_end - PAGE_SIZE;	/* PROT_NONE: nothing to fault in */
			continue;
		}
		err = populate_page(mm, vma, addr);
		if (err)
			return err;
	}
	return 0;
}
