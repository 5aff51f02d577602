/* SOURCES: tests/shim/pmem_host.c */
/*
 * Host unit tests of the physical page allocator: mem_map built from a
 * Multiboot-style memory map, the buddy lists (splitting, merging, exact
 * restoration), poisoning and the debug checks. mm/page_alloc.c is
 * included whole so the tests can look at its free lists.
 */
#include "pmem_host.h"
#include "../mm/page_alloc.c"

#define MiB (1UL << 20)

static struct boot_params bp;

static bool frame_reserved(unsigned long pfn)
{
	return PageReserved(pfn_to_page(pfn));
}

static bool range_reserved(unsigned long start, unsigned long end)
{
	for (; start < end; start++)
		if (!frame_reserved(start))
			return false;
	return true;
}

/* The shape of a 16 MiB QEMU machine: low RAM, the VGA/BIOS hole, RAM above 1 MiB. */
static void machine_16m(void)
{
	pmem_bp_reset(&bp);
	pmem_bp_add(&bp, 0, 0x9fc00, 1);
	pmem_bp_add(&bp, 0x9fc00, 0x400, 2);
	pmem_bp_add(&bp, 0xf0000, 0x10000, 2);
	pmem_bp_add(&bp, 0x100000, 16 * MiB - 0x100000 - 0x20000, 1);
	pmem_bp_add(&bp, 0xfffc0000, 0x40000, 2);
	pmem_bp_module(&bp, 3 * MiB, 4 * MiB + 123);
	free_area_init(&bp, 1 * MiB, 2 * MiB + 0x8800);
}

static void test_layout_16m(void)
{
	unsigned long end_pfn = (16 * MiB - 0x20000) >> PAGE_SHIFT;
	unsigned long map_frames = PAGE_ALIGN(end_pfn * sizeof(struct page)) >> PAGE_SHIFT;
	unsigned long expect;

	machine_16m();
	selftest_check(max_pfn == end_pfn, "16M: max_pfn is the end of the last RAM region");
	selftest_check(mem_map == __va(4 * MiB + PAGE_SIZE),
		       "16M: mem_map placed after the module, page-aligned");
	selftest_check(frame_reserved(0), "16M: pfn 0 reserved");
	selftest_check(!frame_reserved(1) && !frame_reserved(0x9e), "16M: low RAM is free");
	selftest_check(frame_reserved(0x9f), "16M: partial frame at the end of low RAM reserved");
	selftest_check(range_reserved(0xa0, 0x100), "16M: the 640K-1M hole is reserved");
	selftest_check(range_reserved(0x100, 0x209) && !frame_reserved(0x209),
		       "16M: the kernel image (partial last frame) is reserved");
	selftest_check(!frame_reserved(0x209) && !frame_reserved(0x2ff), "16M: RAM between kernel and module is free");
	selftest_check(range_reserved(0x300, 0x401) && !frame_reserved(0x401 + map_frames),
		       "16M: module and mem_map are reserved, the frame after is free");
	expect = (0x9e) + (end_pfn - 0x100) - 0x109 - 0x101 - map_frames;
	selftest_check(nr_free_pages == expect && totalram_pages == expect,
		       "16M: free frame count is RAM minus everything reserved");
	selftest_check(memstat.ram == 0x9f + end_pfn - 0x100,
		       "16M: RAM counts whole frames of RAM regions only");
	show_free_areas();
	selftest_check(free_area_nr_free(MAX_ORDER) == 0 && free_area_nr_free(0) == free_area[0].nr_free,
		       "free_area_nr_free reports the lists");
}

/* A hole, firmware data inside RAM, RAM above 4 GiB, and no room for mem_map after the kernel. */
static void test_layout_holes(void)
{
	pmem_bp_reset(&bp);
	pmem_bp_add(&bp, 0, 0x9fc00, 1);
	pmem_bp_add(&bp, 0x100000, 2 * MiB, 1);			/* 1M - 3M */
	pmem_bp_add(&bp, 8 * MiB, 56 * MiB, 1);			/* 8M - 64M */
	pmem_bp_add(&bp, 32 * MiB + 0x800, 0x10000, 3);		/* ACPI inside RAM */
	pmem_bp_add(&bp, 0x100000000ULL, 0x40000000ULL, 1);	/* above 4 GiB */
	free_area_init(&bp, 1 * MiB, 2 * MiB + MiB / 2);
	selftest_check(max_pfn == (64 * MiB) >> PAGE_SHIFT, "holes: max_pfn ignores RAM above MAXMEM");
	selftest_check(mem_map == __va(8 * MiB), "holes: mem_map goes to the next RAM that fits");
	selftest_check(range_reserved(3 * MiB >> PAGE_SHIFT, 8 * MiB >> PAGE_SHIFT), "holes: the hole is reserved");
	selftest_check(range_reserved((32 * MiB) >> PAGE_SHIFT, ((32 * MiB + 0x10800) >> PAGE_SHIFT) + 1) &&
		       !frame_reserved(((32 * MiB) >> PAGE_SHIFT) - 1) &&
		       !frame_reserved(((32 * MiB + 0x10800) >> PAGE_SHIFT) + 1),
		       "holes: firmware data inside RAM is reserved, rounded outward");
	selftest_check(ram_above_maxmem_kb(&bp) == 1024 * 1024, "holes: RAM above MAXMEM is counted as left out");
}

static void test_max_pfn(void)
{
	pmem_bp_reset(&bp);
	pmem_bp_add(&bp, 0x100000, 3072 * MiB - 0x100000, 1);
	selftest_check(find_max_pfn(&bp) == MAXMEM_PFN, "3G: max_pfn is capped at 896 MiB");
	selftest_check(ram_above_maxmem_kb(&bp) == (3072 - 896) * 1024, "3G: 2176 MiB left out");
	pmem_bp_reset(&bp);
	pmem_bp_add(&bp, 0, 0x9fc00, 1);
	pmem_bp_add(&bp, 0x100000, 16 * MiB + 0x800 - 0x100000, 1);
	selftest_check(find_max_pfn(&bp) == (16 * MiB) >> PAGE_SHIFT, "max_pfn rounds the end of RAM down");
}

/* Mixed-order blocks never overlap, are aligned, and all merge back. */
static void test_random_blocks(void)
{
	static struct { struct page *page; unsigned int order; } blk[4000];
	static unsigned char owner[(64 * MiB) >> PAGE_SHIFT];
	unsigned long counts[MAX_ORDER], before = nr_free_pages, i, j;
	int n = 0;
	bool ok = true;

	snapshot_free_area(counts);
	memset(owner, 0, sizeof(owner));
	srand(12345);
	while (n < 4000) {
		unsigned int order = rand() % 5 == 0 ? rand() % MAX_ORDER : rand() % 3;
		struct page *page = alloc_pages(order);

		if (!page)
			break;
		ok &= (page_to_pfn(page) & ((1UL << order) - 1)) == 0;
		for (j = 0; j < (1UL << order); j++) {
			ok &= !owner[page_to_pfn(page) + j] && page_count(page + j) == 1;
			owner[page_to_pfn(page) + j] = 1;
		}
		blk[n].page = page;
		blk[n++].order = order;
	}
	selftest_check(ok && n > 100, "random: blocks are aligned, counted and never overlap");
	for (i = n; i > 1; i--) {		/* free in a shuffled order */
		unsigned long k = rand() % i;
		struct page *p = blk[k].page;
		unsigned int o = blk[k].order;

		blk[k] = blk[i - 1];
		blk[i - 1].page = p;
		blk[i - 1].order = o;
	}
	for (i = 0; i < (unsigned long)n; i++)
		__free_pages(blk[i].page, blk[i].order);
	selftest_check(free_area_unchanged(counts, before), "random: every list is back exactly");
}

static void test_debug_checks(void)
{
	struct page *page = alloc_page(), *p2;
	u8 *data = page_address(page);

	__free_page(page);
	data[4095] = 0;			/* write after free, in the last byte */
	/* Allocating every frame reaches the damaged one sooner or later. */
	EXPECT_PANIC(while (alloc_page()) ;, "poison: allocation of a damaged free frame panics");
	selftest_check(strstr(pmem_panic_msg, "offset 4095") != NULL, "poison: the report names the offset");
	data[4095] = PAGE_POISON;
	machine_16m();			/* the panic left the lists half-way */

	page = alloc_page();
	EXPECT_PANIC(__free_pages(page, 0); __free_pages(page, 0), "double __free_pages panics");

	p2 = alloc_page();
	p2->mapping = (struct address_space *)0x1234;
	EXPECT_PANIC(put_page(p2), "put_page frees a page still in a page cache: panics");

	page = alloc_page();
	get_page(page);
	EXPECT_PANIC(__free_pages(page, 0), "__free_pages of a frame with two references panics");
	put_page(page);
	put_page(page);
	selftest_check(alloc_pages(MAX_ORDER) == NULL, "order MAX_ORDER is refused");
	free_pages(0, 3);
	selftest_check(true, "free_pages(0) is ignored");
}

int main(void)
{
	pmem_fake_ram();
	test_max_pfn();
	test_layout_holes();
	test_layout_16m();
	selftest_alloc_all();
	selftest_coalesce();
	selftest_page_helpers();
	selftest_poison();
	selftest_alloc_all();		/* again, now that every frame is poisoned */
	test_random_blocks();
	machine_16m();
	test_debug_checks();
	return pmem_failures ? 1 : 0;
}
