/*
 * Physical page frames. Every frame of RAM the kernel manages has one
 * struct page in mem_map[], indexed by page frame number (pfn). The buddy
 * allocator, the slab, the page cache and anonymous memory all hand out
 * frames as struct page. The functions below are listed by the .c file
 * that defines them, where their contracts are.
 */
#ifndef MM_PAGE_H
#define MM_PAGE_H

#include <asm/page.h>
#include <kernel/list.h>
#include <kernel/types.h>

struct address_space;
struct anon_vma;

/* Bits of page->flags. */
enum pageflags {
	PG_reserved,	/* never allocatable: first page, kernel image, modules, holes */
	PG_buddy,	/* free, heading a block of 2^private frames in the buddy lists */
	PG_slab,	/* owned by the slab allocator */
	PG_uptodate,	/* page-cache page holds the file's data */
	PG_dirty,	/* page-cache page differs from the disk and must be written */
	PG_anon,	/* anonymous page (not in any page cache) */
	PG_locked,	/* being read or written by the filesystem */
	PG_poison,	/* debug: freed and poisoned */
	PG_compound,	/* head of a multi-frame kmalloc block; private is its order */
	/* Reclaim (mm/vmscan.c), 2.6's second-chance scheme: */
	PG_lru,		/* on the active or the inactive list (page->lru) */
	PG_active,	/* ... the active one */
	PG_referenced,	/* used since reclaim last looked (read(), a fault) */
	PG_swapcache,	/* in the swap cache; private is its swp_entry_t */
};

/*
 * The unions overlay fields of owners that never share a frame, as Linux
 * does: a slab page is never mapped by a PTE nor in a page cache.
 */
struct page {
	unsigned long flags;	/* PG_* bits; changed only by the page's owner */
	int _count;		/* references: users holding the frame; 0 = free */
	union {
		int _mapcount;	/* PTEs mapping the frame, minus one (-1 = unmapped) */
		int inuse;	/* slab (first frame of a slab): objects handed out */
	};
	unsigned long private;	/* buddy: order of a free block; slab: its cache;
				   PG_compound: order of the kmalloc block;
				   PG_swapcache: its swap entry (swp_entry_t.val) */
	struct address_space *mapping;	/* page-cache owner, or NULL */
	union {
		unsigned long index;	/* page-cache offset within mapping, in pages;
					   PG_anon: the linear page index its
					   VMAs map it at (see vma_address) */
		void *freelist;		/* slab (first frame): first free object */
	};
	/*
	 * Buddy free list, slab list, or (PG_lru) the active or inactive
	 * list of mm/vmscan.c: the owners never share a frame.
	 */
	struct list_head lru;
	struct list_head cache_list;	/* in mapping->page_list (mm/filemap.c) */
	/*
	 * PG_anon: the anon_vma whose VMAs may map it (mm/rmap.c). Linux
	 * keeps it in page->mapping with the low bit set (PAGE_MAPPING_ANON);
	 * a field of its own keeps mapping meaning "page cache" here.
	 */
	struct anon_vma *anon_vma;
};

extern struct page *mem_map;	/* one per frame, from pfn 0 */
extern unsigned long max_pfn;	/* frames below this have a struct page */

#define page_to_pfn(page)	((unsigned long)((page) - mem_map))
#define pfn_to_page(pfn)	(mem_map + (pfn))
#define virt_to_page(kaddr)	pfn_to_page(__pa(kaddr) >> PAGE_SHIFT)
#define page_to_phys(page)	(page_to_pfn(page) << PAGE_SHIFT)
/* Kernel virtual address of a frame (all managed RAM is direct-mapped). */
#define page_address(page)	__va(page_to_phys(page))

static inline bool PageFlag(const struct page *p, int bit) { return p->flags & (1UL << bit); }
static inline void SetPageFlag(struct page *p, int bit) { p->flags |= 1UL << bit; }
static inline void ClearPageFlag(struct page *p, int bit) { p->flags &= ~(1UL << bit); }
#define PageReserved(p)		PageFlag(p, PG_reserved)
#define PageDirty(p)		PageFlag(p, PG_dirty)
#define SetPageDirty(p)		SetPageFlag(p, PG_dirty)
#define ClearPageDirty(p)	ClearPageFlag(p, PG_dirty)
#define PageUptodate(p)		PageFlag(p, PG_uptodate)
#define SetPageUptodate(p)	SetPageFlag(p, PG_uptodate)
#define PageAnon(p)		PageFlag(p, PG_anon)
#define PageBuddy(p)		PageFlag(p, PG_buddy)
#define PageSlab(p)		PageFlag(p, PG_slab)
#define PagePoison(p)		PageFlag(p, PG_poison)
#define PageCompound(p)		PageFlag(p, PG_compound)
#define PageLRU(p)		PageFlag(p, PG_lru)
#define PageActive(p)		PageFlag(p, PG_active)
#define PageReferenced(p)	PageFlag(p, PG_referenced)
#define SetPageReferenced(p)	SetPageFlag(p, PG_referenced)
#define ClearPageReferenced(p)	ClearPageFlag(p, PG_referenced)
#define PageSwapCache(p)	PageFlag(p, PG_swapcache)

static inline int page_count(const struct page *p)	{ return p->_count; }
static inline int page_mapcount(const struct page *p)	{ return p->_mapcount + 1; }
static inline bool page_mapped(const struct page *p)	{ return p->_mapcount >= 0; }

static inline void set_page_count(struct page *p, int v) { p->_count = v; }

/* Smallest order whose block holds size bytes (size > 0). */
static inline unsigned int get_order(unsigned long size)
{
	unsigned int order = 0;

	while ((PAGE_SIZE << order) < size)
		order++;
	return order;
}

/* ---- mm/page_alloc.c ---- */

/* Block sizes of the buddy allocator: orders 0 .. MAX_ORDER - 1 (1 frame .. 4 MiB). */
#define MAX_ORDER	11

struct boot_params;
void mem_init(void);
unsigned long find_max_pfn(const struct boot_params *bp);
void free_area_init(const struct boot_params *bp, unsigned long image_start,
		    unsigned long image_end);

struct page *alloc_pages(unsigned int order);
#define alloc_page()	alloc_pages(0)
struct page *alloc_zeroed_page(void);
void __free_pages(struct page *page, unsigned int order);
#define __free_page(page) __free_pages(page, 0)

/* Kernel-virtual variants: an address, or 0 when out of memory. */
unsigned long __get_free_pages(unsigned int order);
#define __get_free_page() __get_free_pages(0)
void free_pages(unsigned long addr, unsigned int order);
#define free_page(addr) free_pages(addr, 0)

/* Take a reference on a frame; put_page drops one, and the last frees the frame. */
static inline void get_page(struct page *page) { page->_count++; }
void put_page(struct page *page);

extern unsigned long nr_free_pages;	/* frames in the buddy lists */
extern unsigned long totalram_pages;	/* frames managed by the allocator */

unsigned long free_area_nr_free(unsigned int order);
void show_free_areas(void);
long page_poison_check(struct page *page);

/* ---- arch/x86/mm/init.c ---- */

void paging_init(void);

#endif
