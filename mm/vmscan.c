/*
 * Page reclaim: when free memory runs low, find pages nobody has used for
 * a while and free them - dropping clean file pages (the file still has
 * the data), writing dirty file pages back first, and sending anonymous
 * pages to swap. Linux 2.6's mm/vmscan.c, one zone, one CPU.
 *
 * Every page a process can map is on one of two LRU lists (page->lru,
 * PG_lru): the active list, pages in use, and the inactive list, the
 * candidates. New file pages start inactive, new anonymous pages active.
 * Reclaim works from the cold ends:
 *
 *   refill_inactive_list   moves pages from the tail of the active list to
 *                          the inactive list, unless they are mapped and
 *                          were used since the last look (page_referenced
 *                          reads and clears the accessed bits): they go
 *                          round the active list again;
 *   shrink_list            takes pages from the tail of the inactive list
 *                          and tries to free each (shrink_page): used
 *                          again -> activated; anonymous -> a swap slot
 *                          and the swap cache (add_to_swap); mapped ->
 *                          unmapped everywhere (try_to_unmap, mm/rmap.c);
 *                          dirty -> written (pageout); then it leaves its
 *                          cache and is freed.
 *
 * That is 2.6's second chance: a page must stay unused through a whole
 * trip down the inactive list to be evicted; PG_referenced (set by read()
 * and faults, mark_page_accessed) counts as one use, PG_active records on
 * which list the page is.
 *
 * Who reclaims: kswapd, a kernel thread woken when free memory falls below
 * pages_low, frees until pages_high; an allocation that would take free
 * memory below pages_min reclaims by itself first (direct reclaim), so it
 * does not fail while something can still be freed. Reclaim allocates
 * too (the swap cache's tree); it does so without reclaiming again, and
 * paths that must not be re-entered (a radix-tree insertion) say so with
 * memalloc_noreclaim_save.
 *
 * Nothing is locked: the kernel is non-preemptive on one CPU and the swap
 * disk is polled, so a page taken off a list is ours until we put it back.
 * Linux keeps the LRU functions (lru_cache_add, mark_page_accessed) in
 * mm/swap.c; they are here, next to their only reader.
 */
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
#include <mm/vmstat.h>

#define DEF_PRIORITY	12	/* the first pass scans 1/4096 of each list */

static LIST_HEAD(active_list);
static LIST_HEAD(inactive_list);
unsigned long nr_active, nr_inactive;
unsigned long pages_min, pages_low, pages_high;

static unsigned int noreclaim_depth;	/* > 0: allocations must not reclaim */
static struct task_struct *kswapd_task;
static struct wait_queue_head kswapd_wait;

/* ---- the LRU lists --------------------------------------------------------- */

static void add_page_to_lru(struct page *page)
{
	VM_BUG_ON(PageLRU(page));
	SetPageFlag(page, PG_lru);
	if (PageActive(page)) {
		list_add(&page->lru, &active_list);
		nr_active++;
	} else {
		list_add(&page->lru, &inactive_list);
		nr_inactive++;
	}
}

static void del_page_from_lru(struct page *page)
{
	list_del_init(&page->lru);
	ClearPageFlag(page, PG_lru);
	if (PageActive(page))
		nr_active--;
	else
		nr_inactive--;
}

/* A new page-cache page joins the inactive list: it has been used once. */
void lru_cache_add(struct page *page)
{
	add_page_to_lru(page);
}

/* A new anonymous page joins the active list: the process is using it now. */
void lru_cache_add_active(struct page *page)
{
	SetPageFlag(page, PG_active);
	add_page_to_lru(page);
}

/* Move a page that is on the inactive list to the active one. */
static void activate_page(struct page *page)
{
	del_page_from_lru(page);
	SetPageFlag(page, PG_active);
	add_page_to_lru(page);
	nr_pgactivate++;
}

/*
 * page was used (read(), a fault brought it in): the first use sets
 * PG_referenced, a second one while it is on the inactive list moves it
 * to the active list. As Linux 2.6's.
 */
void mark_page_accessed(struct page *page)
{
	if (!PageActive(page) && PageReferenced(page) && PageLRU(page)) {
		activate_page(page);
		ClearPageReferenced(page);
	} else if (!PageReferenced(page)) {
		SetPageReferenced(page);
	}
}

/*
 * The last reference to page went (put_page): off the LRU list, and out
 * of the anonymous-page count. The page allocator frees it next.
 */
void __page_cache_release(struct page *page)
{
	if (PageLRU(page))
		del_page_from_lru(page);
	if (PageAnon(page))
		nr_anon_pages--;
}

/*
 * Dirty page-cache pages, for /proc/meminfo's Dirty: a walk over the LRU
 * lists (every cached page is on one), cheap next to reading the file.
 */
unsigned long nr_dirty_pages(void)
{
	unsigned long n = 0;
	struct page *page;

	list_for_each_entry(page, &active_list, lru)
		n += PageDirty(page) && page->mapping;
	list_for_each_entry(page, &inactive_list, lru)
		n += PageDirty(page) && page->mapping;
	return n;
}

/* Take up to nr pages from the tail of src onto dst, each off the LRU with a reference. */
static unsigned long isolate_lru_pages(unsigned long nr, struct list_head *src,
				       struct list_head *dst)
{
	unsigned long taken = 0;

	while (taken < nr && !list_empty(src)) {
		struct page *page = list_entry(src->prev, struct page, lru);

		get_page(page);
		del_page_from_lru(page);
		list_add(&page->lru, dst);
		taken++;
	}
	return taken;
}

/* Back on its list (PG_active says which), and drop the isolation's reference. */
static void putback_lru_page(struct page *page)
{
	list_del_init(&page->lru);
	add_page_to_lru(page);
	put_page(page);
}

/* ---- freeing one page ---------------------------------------------------- */

/* Write a dirty page out: to its swap slot, or through its file. 0 or -errno. */
static int pageout(struct page *page)
{
	int err;

	if (PageSwapCache(page)) {
		ClearPageDirty(page);
		err = swap_writepage(page);
		if (err)
			SetPageDirty(page);
		return err;
	}
	if (!page->mapping || !page->mapping->a_ops->writepage)
		return -EINVAL;
	return write_one_page(page);
}

/*
 * Drop page from its cache - the swap cache or a file's page cache - if
 * nobody but the cache and reclaim holds it. true if it may now be freed.
 */
static bool remove_mapping(struct page *page)
{
	if (page_count(page) != 2 && (PageSwapCache(page) || page->mapping))
		return false;
	if (PageSwapCache(page))
		delete_from_swap_cache(page);
	else if (page->mapping)
		remove_from_page_cache(page);
	return page_count(page) == 1;
}

/*
 * Try to free one page taken off the inactive list (shrink_list's body).
 * may_swap: anonymous pages may go to swap. ignore_references: the caller
 * asked for this page to go (MADV_PAGEOUT). Returns true when the page was
 * freed (the isolation's reference was the last); otherwise the page
 * still belongs to the caller, which puts it back - on the active list if
 * it came out with PG_active (it was used, or must stay).
 */
static bool shrink_page(struct page *page, bool may_swap, bool ignore_references)
{
	int referenced = ignore_references ? 0 : page_referenced(page);

	if (referenced && page_mapped(page))
		goto activate;
	if (PageAnon(page) && !PageSwapCache(page)) {
		if (!may_swap || !add_to_swap(page))
			goto activate;
	}
	if (page_mapped(page)) {
		switch (try_to_unmap(page)) {
		case SWAP_FAIL:
			goto activate;
		case SWAP_AGAIN:
			return false;
		}
	}
	if (PageDirty(page)) {
		if (referenced)
			return false;
		if (pageout(page))
			return false;
	}
	if (!remove_mapping(page))
		return false;
	put_page(page);		/* the last: the page is free */
	return true;
activate:
	SetPageFlag(page, PG_active);
	return false;
}

/*
 * Try to free every page on page_list (all isolated from the inactive
 * list); those that stay go back on their lists. Returns how many were
 * freed.
 */
static unsigned long shrink_list(struct list_head *page_list, bool may_swap,
				 bool ignore_references)
{
	unsigned long reclaimed = 0;

	while (!list_empty(page_list)) {
		struct page *page = list_first_entry(page_list, struct page, lru);

		list_del_init(&page->lru);
		if (shrink_page(page, may_swap, ignore_references)) {
			reclaimed++;
			continue;
		}
		putback_lru_page(page);
	}
	return reclaimed;
}

/*
 * Move up to nr pages from the active list's tail towards the inactive
 * list: those mapped and used since the last look go round again.
 */
static void refill_inactive_list(unsigned long nr)
{
	LIST_HEAD(hold);

	nr_pgrefill += isolate_lru_pages(nr, &active_list, &hold);
	while (!list_empty(&hold)) {
		struct page *page = list_first_entry(&hold, struct page, lru);

		if (!(page_mapped(page) && page_referenced(page))) {
			ClearPageFlag(page, PG_active);
			nr_pgdeactivate++;
		}
		putback_lru_page(page);
	}
}

/*
 * One pass over the lists at priority (DEF_PRIORITY down to 0): scan
 * 1/2^priority of each, in clusters. Returns pages freed; *scanned grows
 * by the inactive pages looked at.
 */
static unsigned long shrink_zone(int priority, unsigned long *scanned)
{
	unsigned long nr_act = (nr_active >> priority) + 1;
	unsigned long nr_inact = (nr_inactive >> priority) + 1;
	unsigned long reclaimed = 0;

	while (nr_act || nr_inact) {
		unsigned long n;
		LIST_HEAD(page_list);

		n = min(nr_act, (unsigned long)SWAP_CLUSTER_MAX);
		nr_act -= n;
		refill_inactive_list(n);
		n = min(nr_inact, (unsigned long)SWAP_CLUSTER_MAX);
		nr_inact -= n;
		*scanned += isolate_lru_pages(n, &inactive_list, &page_list);
		reclaimed += shrink_list(&page_list, total_swap_pages > 0, false);
	}
	return reclaimed;
}

/* ---- who reclaims --------------------------------------------------------- */

/*
 * Allocations from here until the matching restore never reclaim (Linux
 * 4.11+'s name; 2.6 sets PF_MEMALLOC): the caller is in the middle of
 * something reclaim may touch, or is reclaim. Returns what to restore.
 */
unsigned int memalloc_noreclaim_save(void)
{
	return noreclaim_depth++;
}

/* End a memalloc_noreclaim_save section: flags is what it returned. */
void memalloc_noreclaim_restore(unsigned int flags)
{
	noreclaim_depth = flags;
}

/* May the page allocator reclaim for the current allocation? */
bool reclaim_allowed(void)
{
	return !noreclaim_depth && pages_min;
}

/*
 * Reclaim until goal pages are freed or a pass at priority 0 is done.
 * Returns how many were freed; counts them in the kswapd or direct events.
 */
static unsigned long do_reclaim(unsigned long goal, bool kswapd)
{
	unsigned int noreclaim = memalloc_noreclaim_save();
	unsigned long reclaimed = 0, scanned = 0;
	int priority;

	for (priority = DEF_PRIORITY; priority >= 0 && reclaimed < goal; priority--)
		reclaimed += shrink_zone(priority, &scanned);
	memalloc_noreclaim_restore(noreclaim);
	if (kswapd) {
		nr_pgscan_kswapd += scanned;
		nr_pgsteal_kswapd += reclaimed;
	} else {
		nr_pgscan_direct += scanned;
		nr_pgsteal_direct += reclaimed;
	}
	return reclaimed;
}

/*
 * Direct reclaim: the page allocator is below pages_min (or empty) and
 * frees some pages itself, SWAP_CLUSTER_MAX or whatever one full pass can.
 * Returns how many it freed; 0 when nothing could be (then the
 * allocation fails, and the fault path kills the process).
 */
unsigned long try_to_free_pages(void)
{
	nr_allocstall++;
	return do_reclaim(SWAP_CLUSTER_MAX, false);
}

/* Free memory is below pages_low: let kswapd bring it up to pages_high. */
void wakeup_kswapd(void)
{
	if (kswapd_task && kswapd_task->state != TASK_RUNNING)
		wake_up(&kswapd_wait);
}

/* kswapd's work: reclaim until pages_high are free, or a whole pass frees nothing. */
static void balance_pgdat(void)
{
	nr_pageoutrun++;
	while (nr_free_pages < pages_high)
		if (!do_reclaim(pages_high - nr_free_pages, true))
			break;
}

/*
 * The kswapd thread: sleeps until free memory falls below pages_low, then
 * balances. It blocks every signal (kill(-1) must not wake it into a spin).
 */
static void kswapd(void)
{
	current->blocked = ~0ULL;
	for (;;) {
		/* The next allocation below pages_low wakes us again if this was not enough. */
		sleep_on(&kswapd_wait);
		balance_pgdat();
	}
}

/* Start kswapd ("kswapd0"), once, after init exists (so init stays pid 1). */
void kswapd_run(void)
{
	init_waitqueue_head(&kswapd_wait);
	kswapd_task = kernel_thread(kswapd, "kswapd0");
	if (!kswapd_task)
		printk(KERN_ERR "kswapd: cannot start\n");
}

/* The integer square root of x (Linux's int_sqrt). */
static unsigned long int_sqrt(unsigned long x)
{
	unsigned long r = 0;

	while ((r + 1) * (r + 1) <= x)
		r++;
	return r;
}

/*
 * Set the watermarks from the memory the allocator manages, as 2.6:
 * min_free_kbytes = sqrt(16 * KiB of RAM), between 128 and 65536; low
 * and high a quarter and a half above min. Returns 0 (an initcall).
 */
static int setup_per_zone_pages_min(void)
{
	unsigned long kbytes = totalram_pages << (PAGE_SHIFT - 10);
	unsigned long min_free_kbytes = int_sqrt(kbytes * 16);

	min_free_kbytes = min(max(min_free_kbytes, 128UL), 65536UL);
	pages_min = min_free_kbytes >> (PAGE_SHIFT - 10);
	pages_low = pages_min + pages_min / 4;
	pages_high = pages_min + pages_min / 2;
	return 0;
}
core_initcall(setup_per_zone_pages_min);

/* ---- MADV_PAGEOUT ------------------------------------------------------- */

/*
 * Reclaim the pages of [start, end) in vma now, whatever their age
 * (MADV_PAGEOUT, Linux 5.4+): each page only this mapping maps is taken
 * off its LRU list and through shrink_page, anonymous ones to swap when
 * there is swap. Returns how many were freed.
 */
unsigned long reclaim_pages_range(struct vm_area_struct *vma, unsigned long start,
				  unsigned long end)
{
	unsigned long addr, reclaimed = 0;

	for (addr = start; addr < end; addr += PAGE_SIZE) {
		pte_t *pte = pte_lookup(vma->vm_mm, addr);
		struct page *page;
		LIST_HEAD(one);

		if (!pte || !pte_present(*pte) || pte_protnone(*pte))
			continue;
		page = vm_normal_page(*pte);
		if (!page || !PageLRU(page) || page_mapcount(page) != 1)
			continue;
		get_page(page);
		del_page_from_lru(page);
		ClearPageFlag(page, PG_active);
		page_referenced(page);	/* clear the accessed bits: try_to_unmap honours them */
		list_add(&page->lru, &one);
		reclaimed += shrink_list(&one, total_swap_pages > 0, true);
	}
	return reclaimed;
}
