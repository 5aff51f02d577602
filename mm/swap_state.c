/*
 * The swap cache: anonymous pages that have a slot on swap, indexed by
 * their swap entry (Linux's swapper_space). A page is in it while it is on
 * its way out (add_to_swap gave it a slot; try_to_unmap left the slot's
 * entry in each page table; pageout writes it) and on its way back in
 * (read_swap_cache_async); whoever faults on an entry finds the page here
 * first, so processes that share a slot after fork share the page again,
 * and a page evicted a moment ago comes back without a read.
 *
 * In the cache a page has PG_swapcache, its entry in page->private, one
 * reference and one count on its slot held by the cache. It leaves with
 * delete_from_swap_cache, when reclaim has written it and nobody uses it,
 * or when nobody can ask for the slot again (free_swap_cache,
 * free_swap_and_cache, swapoff).
 *
 * Linux 2.6's swapper_space is an address_space; ours is just its index,
 * a radix tree keyed by entry.val, so page->mapping keeps meaning "page
 * cache of a file" and stays NULL for anonymous pages.
 */
#include <lib/radix-tree.h>
#include <kernel/printk.h>
#include <mm/page.h>
#include <mm/swap.h>
#include <mm/swapops.h>
#include <mm/vmstat.h>
#include <uapi/errno.h>

static struct radix_tree_root swapper_space = RADIX_TREE_INIT;
unsigned long total_swapcache_pages;

/*
 * Put page into the swap cache as entry's copy. The caller has given the
 * cache its count on the slot (get_swap_page, swap_duplicate) and holds a
 * reference; the cache takes one of its own. 0, -EEXIST if entry is
 * cached already, or -ENOMEM. The tree's nodes are allocated without
 * reclaim: reclaim itself comes here.
 */
int add_to_swap_cache(struct page *page, swp_entry_t entry)
{
	unsigned int noreclaim = memalloc_noreclaim_save();
	int err = radix_tree_insert(&swapper_space, entry.val, page);

	memalloc_noreclaim_restore(noreclaim);
	if (err)
		return err;
	VM_BUG_ON(PageSwapCache(page) || page->mapping);
	get_page(page);
	SetPageFlag(page, PG_swapcache);
	page->private = entry.val;
	total_swapcache_pages++;
	return 0;
}

/*
 * Take page out of the swap cache: the cache's reference and its count on
 * the slot go (the last frees the slot). Whoever still holds the page
 * keeps it, now an ordinary anonymous page.
 */
void delete_from_swap_cache(struct page *page)
{
	swp_entry_t entry = { page->private };

	VM_BUG_ON(!PageSwapCache(page));
	radix_tree_delete(&swapper_space, entry.val);
	ClearPageFlag(page, PG_swapcache);
	page->private = 0;
	total_swapcache_pages--;
	swap_free(entry);
	put_page(page);
}

/* The cached page of entry with a reference for the caller, or NULL. */
struct page *lookup_swap_cache(swp_entry_t entry)
{
	struct page *page = radix_tree_lookup(&swapper_space, entry.val);

	if (page)
		get_page(page);
	return page;
}

/*
 * Give the anonymous page a slot and put it into the swap cache, marked
 * dirty: the slot holds nothing yet, so pageout must write it. Reclaim
 * calls this before try_to_unmap. Returns 1, or 0 if swap is full (or
 * there is none) or memory is short.
 */
int add_to_swap(struct page *page)
{
	swp_entry_t entry = get_swap_page();

	if (!entry.val)
		return 0;
	if (add_to_swap_cache(page, entry)) {
		swap_free(entry);
		return 0;
	}
	SetPageDirty(page);
	return 1;
}

/*
 * The page of entry, from the swap cache or read from its slot into a new
 * page that joins the cache (and the active list). Returns it with a
 * reference for the caller, or NULL with *errp -ENOMEM, or -EIO when the
 * disk failed. The entry's slot must be in use.
 */
struct page *read_swap_cache_async(swp_entry_t entry, int *errp)
{
	struct page *page = alloc_page();
	struct page *found;

	/* The allocation may have reclaimed, or brought the page in another way. */
	found = lookup_swap_cache(entry);
	if (found || !page) {
		if (page)
			put_page(page);
		*errp = -ENOMEM;
		return found;
	}
	SetPageFlag(page, PG_anon);
	nr_anon_pages++;
	swap_duplicate(entry);		/* the cache's count */
	*errp = add_to_swap_cache(page, entry);
	if (*errp) {
		swap_free(entry);
		put_page(page);
		return NULL;
	}
	if (swap_bdev_rw(entry, page_address(page), false)) {
		printk(KERN_ERR "swap: read of slot %lu of area %u failed\n", swp_offset(entry),
		       swp_type(entry));
		delete_from_swap_cache(page);
		put_page(page);
		*errp = -EIO;
		return NULL;
	}
	SetPageUptodate(page);
	nr_pswpin++;
	lru_cache_add_active(page);
	return page;
}

/*
 * After an entry stopped mapping page (the caller still holds that
 * entry's reference): if page is in the swap cache, mapped nowhere else
 * and its slot used by nobody else, it leaves the cache, for nobody can
 * ask for it again. (Linux's free_swap_cache, on the way to releasing it.)
 */
void free_swap_cache(struct page *page)
{
	if (PageSwapCache(page) && !page_mapped(page))
		remove_exclusive_swap_page(page);
}

/* Write page, in the swap cache, to its slot (the page's pageout). 0 or -EIO. */
int swap_writepage(struct page *page)
{
	swp_entry_t entry = { page->private };

	VM_BUG_ON(!PageSwapCache(page));
	nr_pswpout++;
	return swap_bdev_rw(entry, page_address(page), true);
}
