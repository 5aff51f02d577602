/*
 * The physical page allocator: mem_map[] and the binary buddy system.
 *
 * Every frame below max_pfn has a struct page in mem_map[], whether it is
 * RAM or not; frames the allocator must never hand out (the first page, the
 * kernel image, mem_map itself, the boot modules, holes and firmware areas)
 * carry PG_reserved and a reference count of 1 for ever.
 *
 * Free frames are kept as blocks of 2^order frames, 0 <= order < MAX_ORDER,
 * each block aligned on its own size. The first frame of a free block has
 * PG_buddy set and its order in page->private, and sits in
 * free_area[order]. The "buddy" of the block at pfn is the block at
 * pfn ^ (1 << order): together they form the aligned block of the next
 * order. So:
 *
 *   - freeing merges the block with its buddy for as long as the buddy is a
 *     free block of the same order (__free_one_block);
 *   - allocating takes the smallest free block that is big enough and gives
 *     the unused upper halves back, one per order (__rmqueue).
 *
 * Because freeing always merges, no two free buddies of the same order are
 * ever both in the lists, and a given set of free frames has exactly one
 * shape in the lists. That is what lets the self-tests demand that the
 * per-order counts come back exactly after an allocate-everything round.
 *
 * With CONFIG_DEBUG_VM a freed frame is filled with PAGE_POISON and marked
 * PG_poison; when it is handed out again the pattern must still be intact,
 * otherwise someone wrote to memory after freeing it.
 */
#include <asm/setup.h>
#include <kernel/init.h>
#include <kernel/printk.h>
#include <lib/string.h>
#include <mm/page.h>
#include <mm/swap.h>

#define PFN_UP(x)	((unsigned long)(((x) + PAGE_SIZE - 1) >> PAGE_SHIFT))
#define PFN_DOWN(x)	((unsigned long)((x) >> PAGE_SHIFT))
#define MAXMEM_PFN	(MAXMEM >> PAGE_SHIFT)

/* Byte pattern of a free frame in debug builds (Linux's PAGE_POISON). */
#define PAGE_POISON		0xaa
#define PAGE_POISON_WORD	0xaaaaaaaaU

struct free_area {
	struct list_head free_list;	/* first frames of the free blocks */
	unsigned long nr_free;		/* blocks (not frames) in free_list */
};

struct page *mem_map;
unsigned long max_pfn;
unsigned long nr_free_pages;
unsigned long totalram_pages;
static struct free_area free_area[MAX_ORDER];

/* What free_area_init found, for the summary line of mem_init (frames). */
static struct {
	unsigned long ram;		/* usable RAM below max_pfn */
	unsigned long kernel;		/* the kernel image */
	unsigned long map;		/* mem_map itself */
	unsigned long modules;		/* boot modules */
	unsigned long above_maxmem_kb;	/* RAM left out above MAXMEM */
} memstat;

/* linker.ld: the kernel image, as virtual addresses. */
extern char _text[], _end[];

/* ---- the buddy lists ---- */

static void add_to_free_area(struct page *page, unsigned int order)
{
	SetPageFlag(page, PG_buddy);
	page->private = order;
	list_add(&page->lru, &free_area[order].free_list);
	free_area[order].nr_free++;
}

static void del_from_free_area(struct page *page, unsigned int order)
{
	list_del(&page->lru);
	ClearPageFlag(page, PG_buddy);
	page->private = 0;
	free_area[order].nr_free--;
}

/* Is the frame at pfn the head of a free block of exactly this order? */
static bool pfn_is_free_buddy(unsigned long pfn, unsigned int order)
{
	return pfn < max_pfn && PageBuddy(pfn_to_page(pfn)) &&
	       pfn_to_page(pfn)->private == order;
}

/*
 * Put the block of 2^order frames at pfn into the free lists, merging it
 * with its buddy as long as the buddy is free and whole. The caller has
 * made every frame of the block free (count 0, no owner) and accounts
 * nr_free_pages.
 */
static void __free_one_block(unsigned long pfn, unsigned int order)
{
	while (order < MAX_ORDER - 1) {
		unsigned long buddy = pfn ^ (1UL << order);

		if (!pfn_is_free_buddy(buddy, order))
			break;
		del_from_free_area(pfn_to_page(buddy), order);
		pfn &= buddy;		/* the lower of the two heads the merged block */
		order++;
	}
	add_to_free_area(pfn_to_page(pfn), order);
}

/*
 * Take a free block of 2^order frames off the lists: the smallest free
 * block that is large enough, with its unused upper halves given back
 * (Linux's expand()). NULL when no block is large enough.
 */
static struct page *__rmqueue(unsigned int order)
{
	unsigned int current_order;
	struct page *page;

	for (current_order = order; current_order < MAX_ORDER; current_order++)
		if (!list_empty(&free_area[current_order].free_list))
			break;
	if (current_order == MAX_ORDER)
		return NULL;
	page = list_first_entry(&free_area[current_order].free_list, struct page, lru);
	del_from_free_area(page, current_order);
	while (current_order > order) {
		current_order--;
		add_to_free_area(page + (1UL << current_order), current_order);
	}
	return page;
}

/* ---- debug checks and poisoning ---- */

#ifdef CONFIG_DEBUG_VM
static void __noreturn bad_page(const struct page *page, const char *why)
{
	panic("bad page: %s: pfn 0x%lx flags 0x%lx count %d mapcount %d mapping %p",
	      why, page_to_pfn(page), page->flags, page->_count, page->_mapcount,
	      (void *)page->mapping);
}

static void poison_page(struct page *page)
{
	u32 *word = page_address(page);
	unsigned int i;

	/* A word loop: this runs for every freed frame, and must stay cheap. */
	for (i = 0; i < PAGE_SIZE / sizeof(u32); i++)
		word[i] = PAGE_POISON_WORD;
	SetPageFlag(page, PG_poison);
}

/*
 * page_poison_check - find damage in the poison of a free frame
 * Returns the byte offset of the first byte that is not PAGE_POISON, or -1
 * when the frame is intact. Only meaningful for a frame with PG_poison.
 */
long page_poison_check(struct page *page)
{
	const u32 *word = page_address(page);
	const u8 *byte = page_address(page);
	unsigned long i;

	for (i = 0; i < PAGE_SIZE / sizeof(u32); i++)
		if (word[i] != PAGE_POISON_WORD)
			break;
	for (i *= sizeof(u32); i < PAGE_SIZE; i++)
		if (byte[i] != PAGE_POISON)
			return i;
	return -1;
}

/* A frame leaves the free lists: it must be clean, and its poison intact. */
static void check_new_page(struct page *page)
{
	long off;

	if (page->flags & ~(1UL << PG_poison) || page->_count || page->mapping ||
	    page->_mapcount != -1)
		bad_page(page, "allocating a frame that is not free");
	if (!PagePoison(page))
		return;
	off = page_poison_check(page);
	if (off >= 0)
		panic("page_alloc: write after free at %p (pfn 0x%lx, offset %ld): "
		      "byte 0x%02x, poison 0x%02x", (u8 *)page_address(page) + off,
		      page_to_pfn(page), off, ((u8 *)page_address(page))[off], PAGE_POISON);
	ClearPageFlag(page, PG_poison);
}

/* A frame goes back: nobody may still map it, cache it or own it. */
static void check_free_page(struct page *page)
{
	if (page->_count)
		bad_page(page, "freeing a frame that is still referenced");
	if (page->flags & ((1UL << PG_reserved) | (1UL << PG_buddy) |
			   (1UL << PG_slab) | (1UL << PG_locked)))
		bad_page(page, "freeing a reserved, free, slab or locked frame");
	if (page->flags & ((1UL << PG_lru) | (1UL << PG_swapcache)))
		bad_page(page, "freeing a frame still on an LRU list or in the swap cache");
	if (page->mapping)
		bad_page(page, "freeing a frame still in a page cache");
	if (page->_mapcount != -1)
		bad_page(page, "freeing a frame still mapped");
}
#else
static inline void poison_page(struct page *page) { }
static inline void check_new_page(struct page *page) { }
static inline void check_free_page(struct page *page) { }
/* page_poison_check - without CONFIG_DEBUG_VM nothing is poisoned: always -1. */
long page_poison_check(struct page *page) { return -1; }
#endif

/* ---- allocation and freeing ---- */

/*
 * alloc_pages - allocate 2^order contiguous frames
 * Returns the first frame of a block aligned on its size, every frame with
 * _count 1 and no flags, or NULL when no free block is large enough (or
 * order >= MAX_ORDER) even after reclaim. Free memory below pages_low
 * wakes kswapd; below pages_min (and unless reclaim is held off,
 * memalloc_noreclaim_save) the caller reclaims first (direct reclaim), so
 * page-table entries may change under a caller that looked at them. The contents are not cleared. Since each frame has
 * its own count, the block may be given back whole (__free_pages) or frame
 * by frame (put_page, __free_page).
 */
struct page *alloc_pages(unsigned int order)
{
	struct page *page;
	unsigned long i;

	if (order >= MAX_ORDER)
		return NULL;
	/* Below the min watermark (or with nothing free) we free pages ourselves first. */
	if (nr_free_pages < pages_min + (1UL << order) && reclaim_allowed())
		try_to_free_pages();
	page = __rmqueue(order);
	if (!page && reclaim_allowed() && try_to_free_pages())
		page = __rmqueue(order);
	if (!page)
		return NULL;
	nr_free_pages -= 1UL << order;
	if (nr_free_pages < pages_low)
		wakeup_kswapd();
	for (i = 0; i < (1UL << order); i++) {
		check_new_page(page + i);
		set_page_count(page + i, 1);
	}
	return page;
}

/* alloc_zeroed_page - one frame filled with zeroes, or NULL. */
struct page *alloc_zeroed_page(void)
{
	struct page *page = alloc_page();

	if (page)
		memset(page_address(page), 0, PAGE_SIZE);
	return page;
}

/* Frames whose count has dropped to 0 go back to the lists. */
static void free_frames(struct page *page, unsigned int order)
{
	unsigned long i;

	for (i = 0; i < (1UL << order); i++) {
		check_free_page(page + i);
		/* Owners' state bits (uptodate, dirty, anon, ...) end here. */
		page[i].flags = 0;
		page[i].private = 0;
		page[i].index = 0;
		poison_page(page + i);
	}
	__free_one_block(page_to_pfn(page), order);
	nr_free_pages += 1UL << order;
}

/*
 * __free_pages - give back a block from alloc_pages
 * page is the first frame of an aligned block of 2^order frames, each with
 * _count 1 (a block from alloc_pages(order), or part of a larger one), no
 * longer mapped, cached or owned. The block merges with its free buddies.
 */
void __free_pages(struct page *page, unsigned int order)
{
	unsigned long i;

	VM_BUG_ON(order >= MAX_ORDER);
	VM_BUG_ON(page_to_pfn(page) & ((1UL << order) - 1));
	VM_BUG_ON(page_to_pfn(page) + (1UL << order) > max_pfn);
	for (i = 0; i < (1UL << order); i++) {
		VM_BUG_ON(page_count(page + i) != 1);
		set_page_count(page + i, 0);
	}
	free_frames(page, order);
}

/* __get_free_pages - alloc_pages as a kernel virtual address, or 0. */
unsigned long __get_free_pages(unsigned int order)
{
	struct page *page = alloc_pages(order);

	return page ? (unsigned long)page_address(page) : 0;
}

/* free_pages - give back a block from __get_free_pages; addr 0 is ignored. */
void free_pages(unsigned long addr, unsigned int order)
{
	if (!addr)
		return;
	VM_BUG_ON(addr & ~PAGE_MASK || addr < PAGE_OFFSET);
	__free_pages(virt_to_page(addr), order);
}

/*
 * put_page - drop a reference; the last one frees the frame
 * A page-cache page must have been removed from its mapping before its
 * last reference goes (the cache holds a reference of its own); a page on
 * an LRU list leaves it (__page_cache_release).
 */
void put_page(struct page *page)
{
	VM_BUG_ON(page_count(page) <= 0);
	if (--page->_count)
		return;
	VM_BUG_ON(page->mapping != NULL);
	if (page->flags & ((1UL << PG_lru) | (1UL << PG_anon)))
		__page_cache_release(page);
	free_frames(page, 0);
}

/* free_area_nr_free - free blocks of one order (for /proc/buddyinfo); 0 past MAX_ORDER. */
unsigned long free_area_nr_free(unsigned int order)
{
	return order < MAX_ORDER ? free_area[order].nr_free : 0;
}

/* show_free_areas - print the free blocks of every order, like Linux's. */
void show_free_areas(void)
{
	char line[MAX_ORDER * 8 + 1];
	unsigned int order, len = 0;

	for (order = 0; order < MAX_ORDER; order++)
		len += snprintf(line + len, sizeof(line) - len, " %lu", free_area[order].nr_free);
	printk(KERN_INFO "Free blocks by order:%s (%lu of %lu frames free)\n", line,
	       nr_free_pages, totalram_pages);
}

/* ---- building mem_map from the boot memory map ---- */

static bool region_is_ram(const struct boot_mem_region *r)
{
	return r->type == BOOT_MEM_RAM;
}

/*
 * find_max_pfn - the end of usable RAM the kernel can direct-map
 * Returns the first pfn past the highest RAM frame below MAXMEM.
 */
unsigned long find_max_pfn(const struct boot_params *bp)
{
	unsigned long max = 0;
	int i;

	for (i = 0; i < bp->nr_regions; i++) {
		const struct boot_mem_region *r = &bp->regions[i];
		u64 end = r->addr + r->len;

		if (!region_is_ram(r) || r->addr >= MAXMEM)
			continue;
		if (end > MAXMEM)
			end = MAXMEM;
		if (PFN_DOWN(end) > max)
			max = PFN_DOWN(end);
	}
	return max;
}

/* KiB of RAM above MAXMEM, which we leave out (there is no highmem). */
static unsigned long ram_above_maxmem_kb(const struct boot_params *bp)
{
	u64 bytes = 0;
	int i;

	for (i = 0; i < bp->nr_regions; i++) {
		const struct boot_mem_region *r = &bp->regions[i];
		u64 start = r->addr, end = r->addr + r->len;

		if (region_is_ram(r) && end > MAXMEM)
			bytes += end - (start > MAXMEM ? start : MAXMEM);
	}
	return bytes >> 10;
}

/* Is [start, end) (physical) inside one RAM region and clear of everything else? */
static bool range_is_free_ram(const struct boot_params *bp, u64 start, u64 end)
{
	bool in_ram = false;
	int i;

	if (end > (u64)max_pfn << PAGE_SHIFT)
		return false;
	for (i = 0; i < bp->nr_regions; i++) {
		const struct boot_mem_region *r = &bp->regions[i];

		if (region_is_ram(r) && r->addr <= start && end <= r->addr + r->len)
			in_ram = true;
		else if (!region_is_ram(r) && r->addr < end && start < r->addr + r->len)
			return false;
	}
	for (i = 0; i < bp->nr_modules; i++)
		if (bp->modules[i].start < end && start < bp->modules[i].end)
			return false;
	return in_ram;
}

/* The lowest candidate at or above floor where size bytes of free RAM start; 0 if none. */
static u64 lowest_fit(const struct boot_params *bp, const u64 *cand, int n, u64 floor,
		      unsigned long size)
{
	u64 best = 0;
	int i;

	for (i = 0; i < n; i++) {
		if (cand[i] < floor || (best && cand[i] >= best))
			continue;
		if (range_is_free_ram(bp, cand[i], cand[i] + size))
			best = cand[i];
	}
	return best;
}

/*
 * Where mem_map goes: the lowest page-aligned free RAM after the kernel
 * image and the modules, or failing that anywhere after the image (a
 * module may have been loaded high). The candidates are the end of the
 * image, the end of every module and the start of every RAM region.
 * 0 if nothing fits.
 */
static unsigned long place_mem_map(const struct boot_params *bp,
				   unsigned long image_end, unsigned long size)
{
	u64 cand[1 + BOOT_MAX_MODULES + E820_MAX], floor = PAGE_ALIGN(image_end), best;
	int n = 0, i;

	cand[n++] = floor;
	for (i = 0; i < bp->nr_modules; i++) {
		cand[n++] = PAGE_ALIGN(bp->modules[i].end);
		if (cand[n - 1] > floor)
			floor = cand[n - 1];
	}
	for (i = 0; i < bp->nr_regions; i++)
		cand[n++] = (bp->regions[i].addr + PAGE_SIZE - 1) & PAGE_MASK;
	best = lowest_fit(bp, cand, n, floor, size);
	if (!best)
		best = lowest_fit(bp, cand, n, PAGE_ALIGN(image_end), size);
	return best;
}

/* Set or clear PG_reserved on the frames [start, end), clipped to mem_map. */
static void mark_reserved(unsigned long start, unsigned long end, bool reserved)
{
	if (end > max_pfn)
		end = max_pfn;
	for (; start < end; start++) {
		if (reserved)
			SetPageFlag(pfn_to_page(start), PG_reserved);
		else
			ClearPageFlag(pfn_to_page(start), PG_reserved);
	}
}

/* RAM (rounded inward) loses PG_reserved; anything else (rounded outward) keeps it. */
static void mark_regions(const struct boot_params *bp)
{
	int i;

	for (i = 0; i < bp->nr_regions; i++) {
		const struct boot_mem_region *r = &bp->regions[i];

		if (region_is_ram(r) && r->addr < MAXMEM)
			mark_reserved(PFN_UP(r->addr), PFN_DOWN(min(r->addr + r->len, (u64)MAXMEM)),
				      false);
	}
	/* Firmware areas overlapping RAM win: a second pass, after all RAM. */
	for (i = 0; i < bp->nr_regions; i++) {
		const struct boot_mem_region *r = &bp->regions[i];

		if (!region_is_ram(r) && r->addr < MAXMEM)
			mark_reserved(PFN_DOWN(r->addr), PFN_UP(min(r->addr + r->len, (u64)MAXMEM)),
				      true);
	}
}

/* Every struct page starts reserved, held once and unmapped. */
static void init_mem_map(void)
{
	unsigned long pfn;

	memset(mem_map, 0, max_pfn * sizeof(struct page));
	for (pfn = 0; pfn < max_pfn; pfn++) {
		struct page *page = pfn_to_page(pfn);

		page->flags = 1UL << PG_reserved;
		set_page_count(page, 1);
		page->_mapcount = -1;
		INIT_LIST_HEAD(&page->lru);
		INIT_LIST_HEAD(&page->cache_list);
	}
}

static unsigned long count_unreserved(void)
{
	unsigned long pfn, n = 0;

	for (pfn = 0; pfn < max_pfn; pfn++)
		n += !PageReserved(pfn_to_page(pfn));
	return n;
}

/* Hand the frames [start, end) to the buddy lists in the largest aligned blocks. */
static void free_boot_range(unsigned long start, unsigned long end)
{
	while (start < end) {
		unsigned int order = MAX_ORDER - 1;
		unsigned long i;

		while ((start & ((1UL << order) - 1)) || start + (1UL << order) > end)
			order--;
		for (i = 0; i < (1UL << order); i++)
			set_page_count(pfn_to_page(start + i), 0);
		__free_one_block(start, order);
		nr_free_pages += 1UL << order;
		totalram_pages += 1UL << order;
		start += 1UL << order;
	}
}

/* Every run of frames that is not reserved goes to the buddy lists. */
static void free_unreserved(void)
{
	unsigned long pfn = 0, start;

	while (pfn < max_pfn) {
		while (pfn < max_pfn && PageReserved(pfn_to_page(pfn)))
			pfn++;
		start = pfn;
		while (pfn < max_pfn && !PageReserved(pfn_to_page(pfn)))
			pfn++;
		free_boot_range(start, pfn);
	}
}

static void reserve_modules(const struct boot_params *bp)
{
	int i;

	memstat.modules = 0;
	for (i = 0; i < bp->nr_modules; i++) {
		unsigned long s = PFN_DOWN(bp->modules[i].start);
		unsigned long e = PFN_UP(bp->modules[i].end);

		mark_reserved(s, e, true);
		memstat.modules += e - s;
	}
}

/*
 * free_area_init - build mem_map and the free lists
 * Sizes mem_map for every frame below the last RAM frame under MAXMEM,
 * places it in free RAM after the kernel image [image_start, image_end)
 * (physical addresses) and the modules, reserves pfn 0, the image,
 * mem_map, the modules and whatever is not RAM, and frees the rest.
 * Panics when mem_map fits nowhere: the kernel cannot run without it.
 * The work of mem_init; the host tests call it with a memory map and an
 * image of their own.
 */
void free_area_init(const struct boot_params *bp, unsigned long image_start,
		    unsigned long image_end)
{
	unsigned long map_phys, map_size;
	int order;

	max_pfn = find_max_pfn(bp);
	map_size = PAGE_ALIGN(max_pfn * sizeof(struct page));
	map_phys = place_mem_map(bp, image_end, map_size);
	if (!max_pfn || !map_phys)
		panic("free_area_init: no room for mem_map (%lu bytes, %lu frames of RAM)",
		      map_size, max_pfn);
	mem_map = __va(map_phys);
	init_mem_map();
	mark_regions(bp);
	memstat.ram = count_unreserved();
	memstat.above_maxmem_kb = ram_above_maxmem_kb(bp);
	mark_reserved(0, 1, true);	/* the real-mode IVT and BIOS data; and NULL */
	mark_reserved(PFN_DOWN(image_start), PFN_UP(image_end), true);
	memstat.kernel = PFN_UP(image_end) - PFN_DOWN(image_start);
	mark_reserved(PFN_DOWN(map_phys), PFN_DOWN(map_phys + map_size), true);
	memstat.map = map_size >> PAGE_SHIFT;
	reserve_modules(bp);

	for (order = 0; order < MAX_ORDER; order++) {
		INIT_LIST_HEAD(&free_area[order].free_list);
		free_area[order].nr_free = 0;
	}
	nr_free_pages = totalram_pages = 0;
	free_unreserved();
}

#define K(frames)	((frames) << (PAGE_SHIFT - 10))

/*
 * mem_init - build mem_map and the buddy lists from boot_params
 * Call once, after setup_arch and paging_init; prints the memory summary
 * line ("Memory: total ... KiB, free ..."), and a notice about RAM above
 * MAXMEM that is left out.
 */
void mem_init(void)
{
	free_area_init(&boot_params, __pa(_text), __pa(_end));
	if (memstat.above_maxmem_kb)
		printk(KERN_NOTICE "Memory: %lu MiB of RAM above %lu MiB left out (no highmem)\n",
		       memstat.above_maxmem_kb >> 10, MAXMEM >> 20);
	printk(KERN_INFO "Memory: total %lu KiB, free %lu KiB, reserved %lu KiB "
	       "(kernel %lu KiB, mem_map %lu KiB, modules %lu KiB), max_pfn 0x%lx\n",
	       K(memstat.ram), K(nr_free_pages), K(memstat.ram - nr_free_pages),
	       K(memstat.kernel), K(memstat.map), K(memstat.modules), max_pfn);
}

/* ---- boot self-tests ---- */

static void snapshot_free_area(unsigned long counts[MAX_ORDER])
{
	int order;

	for (order = 0; order < MAX_ORDER; order++)
		counts[order] = free_area[order].nr_free;
}

/* Are the free lists exactly as in the snapshot, and the frame count too? */
static bool free_area_unchanged(const unsigned long counts[MAX_ORDER], unsigned long nr_free)
{
	int order;

	for (order = 0; order < MAX_ORDER; order++)
		if (free_area[order].nr_free != counts[order])
			return false;
	return nr_free_pages == nr_free;
}

/* Every free frame, one by one, then all of them back: nothing lost. */
static int selftest_alloc_all(void)
{
	unsigned long counts[MAX_ORDER], before = nr_free_pages, n = 0;
	bool drained, exact, fail = false;
	struct page *page;
	LIST_HEAD(taken);

	snapshot_free_area(counts);
	while ((page = alloc_page()) != NULL) {
		list_add(&page->lru, &taken);	/* an allocated frame's lru is its owner's */
		n++;
	}
	drained = nr_free_pages == 0 && alloc_pages(0) == NULL;
	while (!list_empty(&taken)) {
		page = list_first_entry(&taken, struct page, lru);
		list_del(&page->lru);
		__free_page(page);
	}
	exact = free_area_unchanged(counts, before);
	/* Print only now: nothing may need memory while every frame is taken. */
	fail |= !selftest_check(n == before && n > 0, "every free frame can be allocated");
	fail |= !selftest_check(drained, "nothing is left once all frames are taken");
	fail |= !selftest_check(exact, "freeing them all restores every free list exactly");
	return fail ? -1 : 0;
}

/* Split a block, free it frame by frame in a scrambled order: it merges back. */
static int selftest_coalesce(void)
{
	static const int scramble[8] = { 5, 1, 7, 3, 0, 6, 2, 4 };
	unsigned long counts[MAX_ORDER], before = nr_free_pages;
	struct page *page, *big;
	int fails = 0, i;

	snapshot_free_area(counts);
	page = alloc_page();
	fails += !selftest_check(page && nr_free_pages == before - 1, "one frame");
	if (page)
		__free_page(page);
	fails += !selftest_check(free_area_unchanged(counts, before),
				 "a freed frame merges back with its buddies");

	page = alloc_pages(3);
	fails += !selftest_check(page && (page_to_pfn(page) & 7) == 0,
				 "an order-3 block is aligned on 8 frames");
	for (i = 0; page && i < 8; i++)
		__free_page(page + scramble[i]);
	fails += !selftest_check(free_area_unchanged(counts, before),
				 "an order-3 block freed frame by frame merges back");

	big = alloc_pages(MAX_ORDER - 1);
	fails += !selftest_check(!big || (page_to_pfn(big) & ((1UL << (MAX_ORDER - 1)) - 1)) == 0,
				 "the largest block is aligned on its size");
	if (big)
		__free_pages(big, MAX_ORDER - 1);
	fails += !selftest_check(alloc_pages(MAX_ORDER) == NULL, "order MAX_ORDER is refused");
	fails += !selftest_check(free_area_unchanged(counts, before),
				 "free lists unchanged after the coalescing tests");
	return -fails;
}

/* The helpers around alloc_pages: zeroed pages, addresses, references. */
static int selftest_page_helpers(void)
{
	unsigned long before = nr_free_pages, addr;
	struct page *page;
	int fails = 0, i;
	bool zero = true;

	page = alloc_zeroed_page();
	for (i = 0; page && i < (int)PAGE_SIZE; i++)
		zero &= ((u8 *)page_address(page))[i] == 0;
	fails += !selftest_check(page && zero, "alloc_zeroed_page is all zeroes");
	if (page) {
		get_page(page);
		put_page(page);
		fails += !selftest_check(nr_free_pages == before - 1 && page_count(page) == 1,
					 "put_page of an extra reference keeps the frame");
		put_page(page);
	}
	fails += !selftest_check(nr_free_pages == before, "the last put_page frees the frame");

	addr = __get_free_pages(2);
	fails += !selftest_check(addr && !(addr & (4 * PAGE_SIZE - 1)) &&
				 (unsigned long)page_address(virt_to_page(addr)) == addr,
				 "__get_free_pages gives an aligned direct-mapped address");
	free_pages(addr, 2);
	fails += !selftest_check(nr_free_pages == before, "free_pages gives it back");
	return -fails;
}

#ifdef CONFIG_DEBUG_VM
/* A freed frame is poisoned, and a write to it is found by the checker. */
static int selftest_poison(void)
{
	struct page *page = alloc_page();
	u8 *p;
	int fails = 0;

	if (!selftest_check(page != NULL, "a frame to poison"))
		return -1;
	p = page_address(page);
	__free_page(page);
	fails += !selftest_check(PagePoison(page) && page_poison_check(page) == -1,
				 "a freed frame is filled with the poison pattern");
	p[100] = 0x5a;		/* a deliberate write after free */
	fails += !selftest_check(page_poison_check(page) == 100,
				 "a write after free is found at its offset");
	p[100] = PAGE_POISON;	/* repair it, or the next allocation panics */
	fails += !selftest_check(page_poison_check(page) == -1, "repaired poison is intact");
	return -fails;
}
selftest("page_alloc: poison", selftest_poison);
#endif

selftest("page_alloc: allocate every frame", selftest_alloc_all);
selftest("page_alloc: coalescing", selftest_coalesce);
selftest("page_alloc: helpers", selftest_page_helpers);
