/*
 * Reclaim and swap (Linux's include/linux/swap.h): the LRU lists and the
 * page reclaimer (mm/vmscan.c), the swap cache (mm/swap_state.c) and the
 * swap areas (mm/swapfile.c). Contracts are at the definitions.
 */
#ifndef MM_SWAP_H
#define MM_SWAP_H

#include <kernel/list.h>
#include <kernel/types.h>
#include <mm/mm_types.h>

struct page;

/* ---- mm/vmscan.c: the LRU lists and reclaim ---- */

/* Pages reclaim takes off a list at a time (Linux's SWAP_CLUSTER_MAX). */
#define SWAP_CLUSTER_MAX	32

extern unsigned long nr_active, nr_inactive;	/* pages on each list */
/*
 * Free-frame watermarks (Linux's zone->pages_min/low/high, from
 * min_free_kbytes): below low, kswapd is woken and frees up to high; an
 * allocation that would go below min reclaims by itself first.
 */
extern unsigned long pages_min, pages_low, pages_high;

void lru_cache_add(struct page *page);
void lru_cache_add_active(struct page *page);
void mark_page_accessed(struct page *page);
void __page_cache_release(struct page *page);
unsigned long nr_dirty_pages(void);
unsigned int memalloc_noreclaim_save(void);
void memalloc_noreclaim_restore(unsigned int flags);
bool reclaim_allowed(void);
unsigned long try_to_free_pages(void);
void wakeup_kswapd(void);
void kswapd_run(void);
unsigned long reclaim_pages_range(struct vm_area_struct *vma, unsigned long start,
				  unsigned long end);

/* ---- mm/swap_state.c: the swap cache and swap I/O ---- */

extern unsigned long total_swapcache_pages;	/* pages in the swap cache */

int add_to_swap(struct page *page);
int add_to_swap_cache(struct page *page, swp_entry_t entry);
void delete_from_swap_cache(struct page *page);
struct page *lookup_swap_cache(swp_entry_t entry);
struct page *read_swap_cache_async(swp_entry_t entry, int *errp);
void free_swap_cache(struct page *page);
int swap_writepage(struct page *page);

/* ---- mm/swapfile.c: swap areas and slots ---- */

extern long nr_swap_pages;	/* free slots in all areas */
extern long total_swap_pages;	/* usable slots in all areas */

swp_entry_t get_swap_page(void);
int swap_duplicate(swp_entry_t entry);
void swap_free(swp_entry_t entry);
int swap_count(swp_entry_t entry);
void free_swap_and_cache(swp_entry_t entry);
bool can_share_swap_page(struct page *page);
int remove_exclusive_swap_page(struct page *page);
int swap_bdev_rw(swp_entry_t entry, void *buf, bool write);
bool swap_entry_valid(swp_entry_t entry);
int swaps_show(char *buf, int size);

/* Is more than half of swap in use? Then do_swap_page frees slots it can. */
static inline bool vm_swap_full(void)
{
	return nr_swap_pages * 2 < total_swap_pages;
}

#endif
