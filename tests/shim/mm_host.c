/*
 * Host versions of what the mm core calls (see mm_host.h). Memory comes
 * from malloc; page tables do not exist, so the page-table functions only
 * record their arguments for the tests to check.
 */
#include <asm/mmu_context.h>
#include <kernel/resource.h>
#include "mm_host.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct shim_log shim_log;
bool boot_test_mode;
struct file *shim_fds[16];
int shim_tests, shim_failed;

static struct task_struct shim_task;
struct task_struct *current = &shim_task;

void shim_reset(void)
{
	memset(&shim_log, 0, sizeof(shim_log));
}

/* ---- kernel services ---- */

int printk(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	fputs("# ", stderr);
	n = vfprintf(stderr, fmt, ap);
	va_end(ap);
	return n;
}

void panic(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fputs("# PANIC: ", stdout);
	vprintf(fmt, ap);
	putchar('\n');
	va_end(ap);
	fflush(stdout);
	abort();
}

struct kmem_cache {
	size_t size;
};

struct kmem_cache *kmem_cache_create(const char *name, size_t size, size_t align,
				     void (*ctor)(void *obj))
{
	struct kmem_cache *c = malloc(sizeof(*c));

	c->size = size;
	return c;
}

void *kmem_cache_alloc(struct kmem_cache *cache) { return malloc(cache->size); }
void *kmem_cache_zalloc(struct kmem_cache *cache) { return calloc(1, cache->size); }
void kmem_cache_free(struct kmem_cache *cache, void *obj) { free(obj); }

pgd_t *pgd_alloc(void) { return calloc(PTRS_PER_PGD, sizeof(pgd_t)); }
void pgd_free(pgd_t *pgd) { free(pgd); }

/* arch/x86/ldt.c is not linked: the host tests' address spaces have no LDT. */
void destroy_context(struct mm_struct *mm)
{
}

/* The host tests' "user" buffers lie anywhere in the host process: no limit. */
unsigned long addr_limit = ~0UL;

unsigned long copy_from_user(void *to, const void *ufrom, unsigned long n)
{
	if (!ufrom)
		return n;
	memcpy(to, ufrom, n);
	return 0;
}

/* ---- mm/memory.c stand-ins ---- */

void zap_page_range(struct vm_area_struct *vma, unsigned long start, unsigned long end)
{
	if (start < vma->vm_start || end > vma->vm_end || start >= end)
		panic("zap_page_range %08lx-%08lx outside vma %08lx-%08lx",
		      start, end, vma->vm_start, vma->vm_end);
	shim_log.zapped_pages += (end - start) >> PAGE_SHIFT;
	shim_log.zap_calls++;
	shim_log.last_zap_start = start;
	shim_log.last_zap_end = end;
}

void free_pgtables(struct mm_struct *mm, unsigned long start, unsigned long end,
		   unsigned long floor, unsigned long ceiling)
{
	if (floor > start || ceiling < end)
		panic("free_pgtables %08lx-%08lx outside floor/ceiling %08lx-%08lx",
		      start, end, floor, ceiling);
	shim_log.free_pgtables_calls++;
}

int copy_page_range(struct mm_struct *dst, struct mm_struct *src, struct vm_area_struct *vma)
{
	shim_log.copy_calls++;
	return 0;
}

void change_protection(struct vm_area_struct *vma, unsigned long start,
		       unsigned long end, pgprot_t newprot)
{
	if (start < vma->vm_start || end > vma->vm_end)
		panic("change_protection %08lx-%08lx outside vma %08lx-%08lx",
		      start, end, vma->vm_start, vma->vm_end);
	shim_log.change_prot_pages += (end - start) >> PAGE_SHIFT;
}

int make_pages_present(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	shim_log.populate_pages += (end - start) >> PAGE_SHIFT;
	return 0;
}

unsigned long move_page_tables(struct vm_area_struct *vma, unsigned long old_addr,
			       struct vm_area_struct *new_vma, unsigned long new_addr,
			       unsigned long len)
{
	shim_log.moved_pages += len >> PAGE_SHIFT;
	return len;
}

/* ---- files ---- */

static int shim_file_mmap(struct file *file, struct vm_area_struct *vma)
{
	static const struct vm_operations_struct shim_vm_ops = { 0 };

	vma->vm_ops = &shim_vm_ops;
	return 0;
}

static const struct file_operations shim_fops_mmap = { .mmap = shim_file_mmap };
static const struct file_operations shim_fops_nommap = { 0 };

struct file *shim_file(unsigned int f_mode, bool with_mmap)
{
	struct file *f = calloc(1, sizeof(*f));

	f->f_mapping = calloc(1, sizeof(*f->f_mapping));
	INIT_LIST_HEAD(&f->f_mapping->i_mmap);
	f->f_mode = f_mode;
	f->f_op = with_mmap ? &shim_fops_mmap : &shim_fops_nommap;
	f->f_count = 1;
	return f;
}

int shim_i_mmap_count(struct file *file)
{
	struct list_head *p;
	int n = 0;

	list_for_each(p, &file->f_mapping->i_mmap)
		n++;
	return n;
}

/* Files are never really freed, so a test can look at f_count afterwards. */
void fput(struct file *file)
{
	if (--file->f_count < 0)
		panic("fput: f_count went negative");
}

struct file *fget(unsigned int fd)
{
	if (fd >= 16 || !shim_fds[fd])
		return NULL;
	return get_file(shim_fds[fd]);
}

/* ---- tasks and output ---- */

struct mm_struct *shim_new_mm(void)
{
	struct mm_struct *mm = mm_alloc();

	current->mm = mm;
	return mm;
}

void shim_free_mm(struct mm_struct *mm)
{
	mmput(mm);
	if (current->mm == mm)
		current->mm = NULL;
}

static bool shim_report(bool ok, const char *file, int line, const char *fmt, va_list ap)
{
	shim_tests++;
	if (!ok)
		shim_failed++;
	printf("%s %d - ", ok ? "ok" : "not ok", shim_tests);
	vprintf(fmt, ap);
	putchar('\n');
	if (!ok)
		printf("#   at %s:%d\n", file, line);
	return ok;
}

bool shim_check(bool ok, const char *expr, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	shim_report(ok, file, line, fmt, ap);
	va_end(ap);
	if (!ok)
		printf("#   failed: %s\n", expr);
	return ok;
}

bool shim_check_eq(unsigned long got, unsigned long want, const char *file, int line,
		   const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	shim_report(got == want, file, line, fmt, ap);
	va_end(ap);
	if (got != want)
		printf("#   expected %#lx (%lu), got %#lx (%lu)\n", want, want, got, got);
	return got == want;
}

int shim_done(void)
{
	printf("# %d tests, %d failed\n", shim_tests, shim_failed);
	return shim_failed ? 1 : 0;
}

/* kernel/resource.c is not linked into host tests: the limits a new system starts with. */
unsigned long rlimit(unsigned int res)
{
	if (res == RLIMIT_STACK)
		return 8UL << 20;
	if (res == RLIMIT_NOFILE)
		return NR_OPEN_DEFAULT;
	return RLIM_INFINITY;
}

/* mm/rmap.c and mm/swapfile.c are not linked: VMAs here never get an anon_vma. */
void anon_vma_link(struct vm_area_struct *vma) { }
int anon_vma_prepare(struct vm_area_struct *vma) { return 0; }
long total_swap_pages;	/* mm/swapfile.c: no swap on the host */
void anon_vma_unlink(struct vm_area_struct *vma) { vma->anon_vma = NULL; }
void anon_vma_import(struct vm_area_struct *importer, struct vm_area_struct *exporter) { }
int anon_vma_validate(struct vm_area_struct *vma) { return vma->anon_vma != NULL; }
bool swap_entry_valid(swp_entry_t entry) { return false; }
/* No page tables on the host: validate_mm never finds a mapped page. */
struct page *mem_map;
struct page *vm_normal_page(pte_t pte) { return NULL; }
unsigned long vma_address(struct page *page, struct vm_area_struct *vma) { return 0; }

/* mm/page_alloc.c is not linked: the RAM the commit heuristics compare with (128 MiB). */
unsigned long totalram_pages = 32768;

/* kernel/signal.c is not linked: make_pages_present above never fails, so nothing is sent. */
void force_sig(int sig)
{
	fprintf(stderr, "mm_host: unexpected signal %d\n", sig);
	abort();
}
