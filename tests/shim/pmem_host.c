/*
 * Host stand-ins for what the physical-memory code needs from the rest of
 * the kernel: printk, panic, selftest_check, boot_params and the linker's
 * image symbols, plus fake physical memory at PAGE_OFFSET.
 */
#define _GNU_SOURCE
#include <stdarg.h>
#define ssize_t host_ssize_t
#include <sys/mman.h>
#undef ssize_t
#include "pmem_host.h"

struct boot_params boot_params;
bool boot_test_mode = true;
char boot_cmdline[256];
char _text[1], _end[1];		/* mem_init is not run on the host */

jmp_buf pmem_panic_jmp;
int pmem_panic_armed;
char pmem_panic_msg[256];
int pmem_failures;
static int checks;

/* Kernel messages become TAP comments; the "<N>" level prefix is dropped. */
int printk(const char *fmt, ...)
{
	char buf[512];
	const char *s = buf;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (s[0] == '<' && s[1] && s[2] == '>')
		s += 3;
	printf("# %s", s);
	return n;
}

void panic(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(pmem_panic_msg, sizeof(pmem_panic_msg), fmt, ap);
	va_end(ap);
	if (pmem_panic_armed) {
		printf("# expected panic: %s\n", pmem_panic_msg);
		longjmp(pmem_panic_jmp, 1);
	}
	printf("not ok - unexpected panic: %s\n", pmem_panic_msg);
	fflush(stdout);
	abort();
}

bool selftest_check(bool cond, const char *what)
{
	printf("%s %d - %s\n", cond ? "ok" : "not ok", ++checks, what);
	if (!cond)
		pmem_failures++;
	return cond;
}

void pmem_fake_ram(void)
{
	void *want = (void *)PAGE_OFFSET;
	void *p = mmap(want, PMEM_FAKE_RAM, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);

	if (p != want) {
		printf("not ok - cannot map fake physical memory at %p\n", want);
		exit(1);
	}
}

void pmem_bp_reset(struct boot_params *bp)
{
	memset(bp, 0, sizeof(*bp));
}

void pmem_bp_add(struct boot_params *bp, u64 addr, u64 len, u32 type)
{
	struct boot_mem_region *r = &bp->regions[bp->nr_regions++];

	r->addr = addr;
	r->len = len;
	r->type = type;
}

void pmem_bp_module(struct boot_params *bp, unsigned long start, unsigned long end)
{
	struct boot_module *m = &bp->modules[bp->nr_modules++];

	m->start = start;
	m->end = end;
	strcpy(m->name, "initrd");
}

/*
 * Reclaim and swap (mm/vmscan.c, mm/swap_state.c, mm/swapfile.c) are not
 * linked into host tests: no LRU lists, no reclaim (pages_min 0), no swap.
 */
struct page;
unsigned long pages_min, pages_low, pages_high, nr_active, nr_inactive;
unsigned long total_swapcache_pages;
long nr_swap_pages, total_swap_pages;
bool reclaim_allowed(void) { return false; }
unsigned long try_to_free_pages(void) { return 0; }
void wakeup_kswapd(void) { }
void __page_cache_release(struct page *page) { }
void lru_cache_add(struct page *page) { }
void mark_page_accessed(struct page *page) { }
unsigned int memalloc_noreclaim_save(void) { return 0; }
void memalloc_noreclaim_restore(unsigned int flags) { }
unsigned long nr_dirty_pages(void) { return 0; }
int swaps_show(char *buf, int size) { return snprintf(buf, size, "Filename\t\t\t\tType\t\tSize\tUsed\tPriority\n"); }
