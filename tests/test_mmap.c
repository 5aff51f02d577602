/* SOURCES: lib/rbtree.c mm/mmap.c mm/mprotect.c mm/mremap.c mm/mlock.c mm/util.c tests/shim/mm_host.c */
/*
 * Host unit tests of the mm core, case by case: every vma_merge case of
 * the comment in mm/mmap.c, every do_munmap case, get_unmapped_area
 * against a brute-force lowest fit (gap tree) and for validity (linear
 * walk), do_mmap_pgoff's checks and accounting, brk, mremap, stacks,
 * fork's copy and exit, and validate_mm noticing corruption.
 *
 * Layouts are written as "0-2:rw 3-5:r": VMAs in page numbers relative to
 * B = TASK_UNMAPPED_BASE, with their permissions.
 */
#include "shim/mm_host.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uapi/mman.h>

#define B		TASK_UNMAPPED_BASE
#define P(n)		(B + (unsigned long)(n) * PAGE_SIZE)
#define RW		(PROT_READ | PROT_WRITE)
#define R		PROT_READ
#define RX		(PROT_READ | PROT_EXEC)
#define ANON		(MAP_PRIVATE | MAP_ANONYMOUS)

static struct mm_struct *mm;

static unsigned long map(long page, long pages, unsigned long prot)
{
	return do_mmap_pgoff(NULL, P(page), pages * PAGE_SIZE, prot, ANON | MAP_FIXED, 0);
}

/* map, with MAP_NORESERVE: no commit charge, no VM_ACCOUNT. */
static unsigned long map_noreserve(long page, long pages, unsigned long prot)
{
	return do_mmap_pgoff(NULL, P(page), pages * PAGE_SIZE, prot,
			     ANON | MAP_NORESERVE | MAP_FIXED, 0);
}

static unsigned long map_file(struct file *f, long page, long pages, unsigned long prot,
			      unsigned long flags, unsigned long pgoff)
{
	return do_mmap_pgoff(f, P(page), pages * PAGE_SIZE, prot, flags | MAP_FIXED, pgoff);
}

static long protect(long page, long pages, unsigned long prot)
{
	return do_mprotect(P(page), pages * PAGE_SIZE, prot);
}

static int unmap(long page, long pages)
{
	return do_munmap(mm, P(page), pages * PAGE_SIZE);
}

/* The layout of mm as "0-2:rw 3-5:r" (pages relative to B). */
static const char *layout(void)
{
	static char buf[4096];
	struct vm_area_struct *v;
	int n = 0;

	buf[0] = 0;
	for (v = mm->mmap; v && n < (int)sizeof(buf) - 64; v = v->vm_next)
		n += snprintf(buf + n, sizeof(buf) - n, "%s%ld-%ld:%s%s%s", n ? " " : "",
			      (long)(v->vm_start - B) / (long)PAGE_SIZE,
			      (long)(v->vm_end - B) / (long)PAGE_SIZE,
			      v->vm_flags & VM_READ ? "r" : "", v->vm_flags & VM_WRITE ? "w" : "",
			      v->vm_flags & VM_EXEC ? "x" : "");
	return buf;
}

static bool layout_is(const char *want, const char *what)
{
	const char *got = layout();
	bool ok = !strcmp(got, want) && __validate_mm(mm) == 0;

	CHECK(ok, "%s: layout \"%s\"", what, want);
	if (!ok)
		printf("#   got \"%s\"\n", got);
	return ok;
}

static void fresh(void)
{
	if (mm)
		shim_free_mm(mm);
	mm = shim_new_mm();
	shim_reset();
}

/* ---- vma_merge: the eight cases ---- */

static void test_merge_cases(void)
{
	struct vm_area_struct *n;

	fresh();
	map(0, 2, RW);
	map(3, 2, RW);
	map(2, 1, RW);
	layout_is("0-5:rw", "merge case 1: new range joins prev and next");
	CHECK_EQ(mm->map_count, 1, "merge case 1: one VMA left");

	fresh();
	map(0, 2, RW);
	n = find_vma(mm, P(0));
	map(2, 1, RW);
	layout_is("0-3:rw", "merge case 2: new range extends prev");
	CHECK(find_vma(mm, P(2)) == n, "merge case 2: prev itself grew");

	fresh();
	map(3, 2, RW);
	n = find_vma(mm, P(3));
	map(1, 2, RW);
	layout_is("1-5:rw", "merge case 3: new range extends next downwards");
	CHECK(find_vma(mm, P(1)) == n && n->vm_pgoff == P(1) >> PAGE_SHIFT,
	      "merge case 3: next itself grew and its pgoff moved down");

	/*
	 * mprotect to read-only keeps VM_ACCOUNT (the commit charge), so a
	 * once-writable private VMA merges only with other charged ones, as
	 * in Linux: the mprotect cases map without a charge (MAP_NORESERVE).
	 */
	fresh();
	map_noreserve(0, 4, RW);
	map_noreserve(4, 2, R);
	n = find_vma(mm, P(4));
	protect(2, 2, R);
	layout_is("0-2:rw 2-6:r", "merge case 4: mprotect of prev's tail moves it to next");
	CHECK(find_vma(mm, P(2)) == n, "merge case 4: next grew down");

	fresh();
	map_noreserve(0, 2, R);
	map_noreserve(2, 4, RW);
	protect(2, 2, R);
	layout_is("0-4:r 4-6:rw", "merge case 5: mprotect of next's head moves it to prev");

	fresh();
	map_noreserve(0, 2, R);
	map_noreserve(2, 2, RW);
	map_noreserve(4, 2, R);
	protect(2, 2, R);
	layout_is("0-6:r", "merge case 6: mprotect of a whole VMA joins prev and next");
	CHECK_EQ(mm->map_count, 1, "merge case 6: one VMA left");

	fresh();
	map_noreserve(0, 2, R);
	map_noreserve(2, 2, RW);
	map_noreserve(4, 2, RX);
	protect(2, 2, R);
	layout_is("0-4:r 4-6:rx", "merge case 7: mprotect of a whole VMA joins prev only");

	fresh();
	map_noreserve(0, 2, RX);
	map_noreserve(2, 2, RW);
	map_noreserve(4, 2, R);
	protect(2, 2, R);
	layout_is("0-2:rx 2-6:r", "merge case 8: mprotect of a whole VMA joins next only");

	fresh();
	map(0, 2, R);
	map(2, 2, RW);
	map(4, 2, R);
	layout_is("0-2:r 2-4:rw 4-6:r", "no merge: different flags stay apart");

	fresh();
	map(0, 6, RW);
	protect(2, 2, R);
	layout_is("0-2:rw 2-4:r 4-6:rw", "mprotect in the middle splits into three");
	CHECK_EQ(shim_log.change_prot_pages, 2, "mprotect rewrites exactly the 2 pages");
	protect(2, 2, RW);
	layout_is("0-6:rw", "mprotect back merges the three again");
	protect(0, 6, RW);
	CHECK_EQ(mm->map_count, 1, "mprotect to the same flags changes nothing");
}

static void test_merge_files(void)
{
	struct file *f = shim_file(FMODE_READ | FMODE_WRITE, true);
	struct file *g = shim_file(FMODE_READ | FMODE_WRITE, true);

	fresh();
	map_file(f, 0, 2, R, MAP_PRIVATE, 10);
	map_file(f, 2, 2, R, MAP_PRIVATE, 12);
	layout_is("0-4:r", "file: consecutive offsets of one file merge");
	CHECK_EQ(f->f_count, 2, "file: the merged VMA holds one reference");
	CHECK_EQ(shim_i_mmap_count(f), 1, "file: one VMA on i_mmap");
	map_file(f, 4, 2, R, MAP_PRIVATE, 20);
	layout_is("0-4:r 4-6:r", "file: a gap in the file offsets prevents merging");
	map_file(g, 6, 2, R, MAP_PRIVATE, 16);
	layout_is("0-4:r 4-6:r 6-8:r", "file: another file never merges");
	map(8, 2, R);
	layout_is("0-4:r 4-6:r 6-8:r 8-10:r", "file: an anonymous range never merges with a file");
	unmap(0, 10);
	CHECK(f->f_count == 1 && g->f_count == 1 && shim_i_mmap_count(f) == 0,
	      "file: munmap drops every reference and i_mmap link");
	map_file(f, 0, 4, R, MAP_PRIVATE, 0);
	unmap(1, 2);
	CHECK(f->f_count == 3 && shim_i_mmap_count(f) == 2 &&
	      find_vma(mm, P(3))->vm_pgoff == 3,
	      "file: a split keeps a reference per VMA and the right pgoff");
	unmap(0, 4);
	CHECK_EQ(f->f_count, 1, "file: all references back after unmapping the pieces");
}

/* ---- do_munmap ---- */

static void test_munmap(void)
{
	fresh();
	map(0, 4, RW);
	CHECK_EQ(do_munmap(mm, P(0) + 1, PAGE_SIZE), -EINVAL, "munmap: unaligned start is EINVAL");
	CHECK_EQ(do_munmap(mm, P(0), 0), -EINVAL, "munmap: length 0 is EINVAL");
	CHECK_EQ(do_munmap(mm, P(0), TASK_SIZE), -EINVAL, "munmap: range past TASK_SIZE is EINVAL");
	CHECK_EQ(do_munmap(mm, P(100), PAGE_SIZE), 0, "munmap: nothing mapped there is not an error");
	layout_is("0-4:rw", "munmap: failed calls change nothing");
	shim_reset();
	unmap(0, 1);
	layout_is("1-4:rw", "munmap: truncate at the front");
	CHECK(shim_log.zapped_pages == 1 && shim_log.last_zap_start == P(0),
	      "munmap: front truncation zaps only that page");
	unmap(3, 1);
	layout_is("1-3:rw", "munmap: truncate at the back");
	fresh();
	map(0, 6, RW);
	unmap(2, 2);
	layout_is("0-2:rw 4-6:rw", "munmap: a hole in the middle splits the VMA");
	CHECK_EQ(mm->total_vm, 4, "munmap: total_vm counts the 4 pages left");
	unmap(0, 6);
	layout_is("", "munmap: a range covering everything removes all");
	CHECK_EQ(mm->total_vm, 0, "munmap: total_vm back to 0");
	fresh();
	map(0, 2, RW);
	map(3, 2, R);
	map(6, 2, RW);
	shim_reset();
	unmap(1, 6);
	layout_is("0-1:rw 7-8:rw", "munmap: a range spanning three VMAs and two holes");
	CHECK_EQ(shim_log.zapped_pages, 4, "munmap: zaps 1 + 2 + 1 pages, not the holes");
	CHECK_EQ(shim_log.free_pgtables_calls, 1, "munmap: frees page tables once");
	do_munmap(mm, P(0), 1);
	layout_is("7-8:rw", "munmap: length rounds up to a page");

	fresh();
	map(0, 2, RW);
	map(2, 2, R);
	map(4, 2, RW);
	sysctl_max_map_count = 3;
	CHECK_EQ(unmap(0, 1), 0, "munmap: front truncation needs no new VMA at the limit");
	CHECK_EQ(unmap(4, 1) + unmap(5, 1), 0, "munmap: removing pieces works at the limit");
	map(4, 3, RW);
	CHECK_EQ(unmap(5, 1), -ENOMEM, "munmap: a split past the map-count limit is ENOMEM");
	layout_is("1-2:rw 2-4:r 4-7:rw", "munmap: the failed split left everything as it was");
	sysctl_max_map_count = DEFAULT_MAX_MAP_COUNT;
}

/* ---- get_unmapped_area ---- */

/* Lowest start >= low of a free range of len bytes, by walking the list. */
static unsigned long brute_lowest_fit(unsigned long len, unsigned long low)
{
	unsigned long cand = low;
	struct vm_area_struct *v;

	for (v = mm->mmap; v; v = v->vm_next) {
		if (v->vm_end <= cand)
			continue;
		if (cand + len <= v->vm_start)
			return cand;
		cand = v->vm_end;
	}
	return cand <= TASK_SIZE - len ? cand : (unsigned long)-ENOMEM;
}

/* The legacy layout: the lowest fit above its base, never below it (Linux's rule). */
static unsigned long expected_area(unsigned long len)
{
	return brute_lowest_fit(len, mm->mmap_base);
}

/* Highest start with [start, start + len) free inside [low, high), by walking the list. */
static unsigned long brute_highest_fit(unsigned long len, unsigned long low, unsigned long high)
{
	unsigned long best = (unsigned long)-ENOMEM, gap_start = 0, gap_end, top;
	struct vm_area_struct *v = mm->mmap;

	for (;; v = v->vm_next) {
		gap_end = v ? v->vm_start : TASK_SIZE;
		top = min(gap_end, high);
		if (top >= len && top - len >= max(gap_start, low))
			best = top - len;
		if (!v)
			return best;
		gap_start = v->vm_end;
	}
}

static bool range_free(unsigned long addr, unsigned long len)
{
	return addr >= MMAP_MIN_ADDR && addr <= TASK_SIZE - len &&
	       !find_vma_intersection(mm, addr, addr + len);
}

static void test_gua_random(bool linear, unsigned int seed)
{
	int i, wrong = 0, invalid = 0;

	fresh();
	mmap_search_linear = linear;
	srand(seed);
	for (i = 0; i < 400; i++)
		map(rand() % 16384 - 2048, 1 + rand() % 8, rand() % 2 ? RW : R);
	for (i = 0; i < 1000; i++) {
		unsigned long len = (1 + rand() % (rand() % 4 ? 4 : 64)) * PAGE_SIZE;
		unsigned long want = expected_area(len);
		unsigned long got = get_unmapped_area(NULL, 0, len, 0, ANON);

		if (got != want)
			wrong++;
		if (IS_ERR_VALUE(got) || !range_free(got, len) || got < B)
			invalid++;
		if (i % 3 == 0 && !IS_ERR_VALUE(got))
			map((long)(got - B) / (long)PAGE_SIZE, len / PAGE_SIZE, i % 2 ? RW : R);
		if (i % 5 == 0)
			unmap(rand() % 16384, 1 + rand() % 16);
	}
	if (linear) {
		CHECK_EQ(invalid, 0, "get_unmapped_area linear: 1000 results free and above the base (seed %u)",
			 seed);
		printf("# linear walk gave the lowest fit in %d of 1000 cases\n", 1000 - wrong);
	} else {
		CHECK_EQ(wrong, 0, "get_unmapped_area tree: 1000 results are the brute-force lowest fit (seed %u)",
			 seed);
	}
	CHECK_EQ(__validate_mm(mm), 0, "get_unmapped_area %s: mm valid after the run",
		 linear ? "linear" : "tree");
	mmap_search_linear = false;
}

static void test_gua(bool linear)
{
	const char *name = linear ? "linear" : "tree";

	fresh();
	mmap_search_linear = linear;
	CHECK_EQ(get_unmapped_area(NULL, 0, PAGE_SIZE, 0, ANON), B,
		 "get_unmapped_area %s: empty mm gives TASK_UNMAPPED_BASE", name);
	map(0, 2, RW);
	map(3, 1, RW);
	CHECK_EQ(get_unmapped_area(NULL, 0, PAGE_SIZE, 0, ANON), P(2),
		 "get_unmapped_area %s: the lowest hole first", name);
	CHECK_EQ(get_unmapped_area(NULL, 0, PAGE_SIZE, 0, ANON), linear ? P(4) : P(2),
		 "get_unmapped_area %s: %s", name,
		 linear ? "continues after the last result (free_area_cache), even if unused"
			: "the lowest hole again (no state kept)");
	CHECK_EQ(get_unmapped_area(NULL, 0, 2 * PAGE_SIZE, 0, ANON), linear ? P(5) : P(4),
		 "get_unmapped_area %s: a hole too small is skipped", name);
	CHECK_EQ(get_unmapped_area(NULL, P(10), PAGE_SIZE, 0, ANON), P(10),
		 "get_unmapped_area %s: a free hint is honoured", name);
	CHECK_EQ(get_unmapped_area(NULL, P(10) + 5, PAGE_SIZE, 0, ANON), P(11),
		 "get_unmapped_area %s: an unaligned hint is rounded up", name);
	CHECK(get_unmapped_area(NULL, P(1), PAGE_SIZE, 0, ANON) != P(1),
	      "get_unmapped_area %s: an occupied hint is not used", name);
	CHECK_EQ(get_unmapped_area(NULL, P(1), PAGE_SIZE, 0, ANON | MAP_FIXED), P(1),
		 "get_unmapped_area %s: MAP_FIXED is taken as given", name);
	CHECK_EQ(get_unmapped_area(NULL, P(1) + 1, PAGE_SIZE, 0, ANON | MAP_FIXED), -EINVAL,
		 "get_unmapped_area %s: MAP_FIXED unaligned is EINVAL", name);
	CHECK_EQ(get_unmapped_area(NULL, TASK_SIZE - PAGE_SIZE, 2 * PAGE_SIZE, 0, ANON | MAP_FIXED),
		 -ENOMEM, "get_unmapped_area %s: MAP_FIXED past TASK_SIZE is ENOMEM", name);
	CHECK_EQ(get_unmapped_area(NULL, 0, TASK_SIZE + PAGE_SIZE, 0, ANON), -ENOMEM,
		 "get_unmapped_area %s: longer than TASK_SIZE is ENOMEM", name);
	/* Fill everything from the base up but one page: the legacy layout never goes below. */
	do_mmap_pgoff(NULL, B, TASK_SIZE - B - PAGE_SIZE, R, ANON | MAP_FIXED, 0);
	CHECK_EQ(get_unmapped_area(NULL, 0, PAGE_SIZE, 0, ANON), TASK_SIZE - PAGE_SIZE,
		 "get_unmapped_area %s: finds the last free page", name);
	CHECK_EQ(get_unmapped_area(NULL, 0, 2 * PAGE_SIZE, 0, ANON), -ENOMEM,
		 "get_unmapped_area %s: top full is ENOMEM, nothing below the base", name);
	mmap_search_linear = false;
}

/* A fresh mm in the top-down layout with mmap_base at 2 GiB and a program at 128 MiB. */
#define TD_BASE		0x80000000UL
#define TD_TEXT		0x08000000UL
static void fresh_topdown(void)
{
	fresh();
	mm->get_unmapped_area = arch_get_unmapped_area_topdown;
	mm->unmap_area = arch_unmap_area_topdown;
	mm->mmap_base = mm->free_area_cache = TD_BASE;
	mm->cached_hole_size = ~0UL;
	mm->start_code = TD_TEXT;
	do_mmap_pgoff(NULL, TD_TEXT, 16 * PAGE_SIZE, R, ANON | MAP_FIXED, 0);
}

static void test_gua_topdown(bool linear)
{
	const char *name = linear ? "linear" : "tree";
	unsigned long a;

	fresh_topdown();
	mmap_search_linear = linear;
	a = get_unmapped_area(NULL, 0, PAGE_SIZE, 0, ANON);
	CHECK_EQ(a, TD_BASE - PAGE_SIZE, "top-down %s: an empty area gives the page below mmap_base", name);
	do_mmap_pgoff(NULL, TD_BASE - 2 * PAGE_SIZE, 2 * PAGE_SIZE, RW, ANON | MAP_FIXED, 0);
	do_mmap_pgoff(NULL, TD_BASE - 4 * PAGE_SIZE, PAGE_SIZE, RW, ANON | MAP_FIXED, 0);
	CHECK_EQ(get_unmapped_area(NULL, 0, PAGE_SIZE, 0, ANON), TD_BASE - 3 * PAGE_SIZE,
		 "top-down %s: the highest hole first", name);
	CHECK_EQ(get_unmapped_area(NULL, 0, 2 * PAGE_SIZE, 0, ANON), TD_BASE - 6 * PAGE_SIZE,
		 "top-down %s: a hole too small is skipped", name);
	do_munmap(mm, TD_BASE - 2 * PAGE_SIZE, 2 * PAGE_SIZE);
	CHECK_EQ(get_unmapped_area(NULL, 0, 2 * PAGE_SIZE, 0, ANON), TD_BASE - 2 * PAGE_SIZE,
		 "top-down %s: an unmapped range at the top is found again", name);
	CHECK_EQ(get_unmapped_area(NULL, TD_BASE + 10 * PAGE_SIZE, PAGE_SIZE, 0, ANON),
		 TD_BASE + 10 * PAGE_SIZE, "top-down %s: a free hint above the base is honoured", name);
	/* Fill from the program to the base: the fallback searches bottom-up from 1 GiB. */
	do_mmap_pgoff(NULL, TD_TEXT + 16 * PAGE_SIZE, TD_BASE - TD_TEXT - 16 * PAGE_SIZE, R,
		      ANON | MAP_FIXED, 0);
	CHECK_EQ(get_unmapped_area(NULL, 0, PAGE_SIZE, 0, ANON), TD_BASE,
		 "top-down %s: below the base full, the bottom-up fallback gives the base", name);
	CHECK_EQ(__validate_mm(mm), 0, "top-down %s: mm valid", name);
	/* Nothing below the program's text, although page 1 up to it is free. */
	do_mmap_pgoff(NULL, TD_BASE, TASK_SIZE - TD_BASE, R, ANON | MAP_FIXED, 0);
	CHECK_EQ(get_unmapped_area(NULL, 0, PAGE_SIZE, 0, ANON), -ENOMEM,
		 "top-down %s: all full above the program is ENOMEM, nothing below the text", name);
	mmap_search_linear = false;
}

/* The gap tree's top-down search against the brute-force highest fit. */
static void test_gua_topdown_random(unsigned int seed)
{
	int i, wrong = 0;

	fresh_topdown();
	srand(seed);
	for (i = 0; i < 400; i++)
		map((long)(TD_BASE - B) / (long)PAGE_SIZE - (rand() % 16384), 1 + rand() % 8,
		    rand() % 2 ? RW : R);
	for (i = 0; i < 1000; i++) {
		unsigned long len = (1 + rand() % (rand() % 4 ? 4 : 64)) * PAGE_SIZE;
		unsigned long want = brute_highest_fit(len, TD_TEXT, TD_BASE);
		unsigned long got = get_unmapped_area(NULL, 0, len, 0, ANON);

		if (got != want)
			wrong++;
		if (i % 3 == 0 && !IS_ERR_VALUE(got))
			map((long)(got - B) / (long)PAGE_SIZE, len / PAGE_SIZE, i % 2 ? RW : R);
		if (i % 5 == 0)
			unmap((long)(TD_BASE - B) / (long)PAGE_SIZE - (rand() % 16384), 1 + rand() % 16);
	}
	CHECK_EQ(wrong, 0, "top-down tree: 1000 results are the brute-force highest fit (seed %u)", seed);
	CHECK_EQ(__validate_mm(mm), 0, "top-down tree: mm valid after the run");
}

/* ---- do_mmap_pgoff ---- */

static void test_mmap_checks(void)
{
	struct file *ro = shim_file(FMODE_READ, true);
	struct file *wo = shim_file(FMODE_WRITE, true);
	struct file *nomap = shim_file(FMODE_READ, false);
	struct file *rw = shim_file(FMODE_READ | FMODE_WRITE, true);
	struct vm_area_struct *v;
	unsigned long a;

	fresh();
	CHECK_EQ(do_mmap_pgoff(NULL, 0, 0, RW, ANON, 0), -EINVAL, "mmap: length 0 is EINVAL");
	CHECK_EQ(do_mmap_pgoff(NULL, P(0) + 1, PAGE_SIZE, RW, ANON | MAP_FIXED, 0), -EINVAL,
		 "mmap: MAP_FIXED at an unaligned address is EINVAL");
	CHECK_EQ(do_mmap_pgoff(NULL, 0, PAGE_SIZE, RW, MAP_ANONYMOUS, 0), -EINVAL,
		 "mmap: neither MAP_SHARED nor MAP_PRIVATE is EINVAL");
	CHECK_EQ(do_mmap_pgoff(NULL, 0, -100UL, RW, ANON, 0), -ENOMEM,
		 "mmap: a length that overflows when rounded is ENOMEM");
	CHECK_EQ(do_mmap_pgoff(NULL, TASK_SIZE - PAGE_SIZE, 2 * PAGE_SIZE, RW, ANON | MAP_FIXED, 0),
		 -ENOMEM, "mmap: MAP_FIXED reaching past TASK_SIZE is ENOMEM");
	CHECK_EQ(do_mmap_pgoff(ro, 0, PAGE_SIZE, RW, MAP_SHARED, 0), -EACCES,
		 "mmap: MAP_SHARED|PROT_WRITE of an O_RDONLY file is EACCES");
	CHECK_EQ(do_mmap_pgoff(wo, 0, PAGE_SIZE, R, MAP_PRIVATE, 0), -EACCES,
		 "mmap: a file not open for reading is EACCES");
	CHECK_EQ(do_mmap_pgoff(nomap, 0, PAGE_SIZE, R, MAP_PRIVATE, 0), -ENODEV,
		 "mmap: a file without f_op->mmap is ENODEV");
	CHECK_EQ(do_mmap_pgoff(rw, 0, 2 * PAGE_SIZE, R, MAP_PRIVATE, -1UL), -EOVERFLOW,
		 "mmap: a file offset that wraps is EOVERFLOW");
	CHECK_EQ(mm->map_count, 0, "mmap: failed calls map nothing");
	CHECK_EQ(ro->f_count + nomap->f_count, 2, "mmap: failed calls keep no file reference");

	a = do_mmap_pgoff(ro, 0, PAGE_SIZE, R, MAP_SHARED, 0);
	v = find_vma(mm, a);
	CHECK(a == B && (v->vm_flags & VM_MAYSHARE) && !(v->vm_flags & (VM_SHARED | VM_MAYWRITE)),
	      "mmap: MAP_SHARED of an O_RDONLY file is may-share, never writable");
	CHECK_EQ(do_mprotect(a, PAGE_SIZE, RW), -EACCES,
		 "mprotect: PROT_WRITE on it is EACCES (no VM_MAYWRITE)");
	CHECK_EQ(pgprot_val(v->vm_page_prot), pgprot_val(PAGE_READONLY), "mmap: its PTEs are read-only");
	a = do_mmap_pgoff(rw, 0, PAGE_SIZE, RW, MAP_SHARED, 0);
	CHECK_EQ(pgprot_val(find_vma(mm, a)->vm_page_prot), pgprot_val(PAGE_SHARED),
		 "mmap: shared writable PTEs are writable");
	a = do_mmap_pgoff(NULL, 0, PAGE_SIZE, RW, ANON, 0);
	CHECK_EQ(pgprot_val(find_vma(mm, a)->vm_page_prot), pgprot_val(PAGE_READONLY),
		 "mmap: private writable PTEs start read-only (copy on write)");
	a = do_mmap_pgoff(NULL, 0, PAGE_SIZE, PROT_NONE, ANON, 0);
	CHECK_EQ(pgprot_val(find_vma(mm, a)->vm_page_prot), pgprot_val(PAGE_NONE),
		 "mmap: PROT_NONE gives PAGE_NONE");
	a = do_mmap_pgoff(NULL, 0, PAGE_SIZE, RW, ANON | MAP_GROWSDOWN, 0);
	CHECK(find_vma(mm, a)->vm_flags & VM_GROWSDOWN, "mmap: MAP_GROWSDOWN gives VM_GROWSDOWN");

	fresh();
	do_mmap_pgoff(NULL, 0, 3 * PAGE_SIZE, RW, ANON, 0);
	do_mmap_pgoff(NULL, 0, 2 * PAGE_SIZE, RW, ANON | MAP_LOCKED, 0);
	CHECK(mm->total_vm == 5 && mm->locked_vm == 2 && shim_log.populate_pages == 2,
	      "mmap: total_vm 5, locked_vm 2, MAP_LOCKED pages faulted in");
	do_mmap_pgoff(NULL, 0, 4 * PAGE_SIZE, RW, ANON | MAP_POPULATE, 0);
	CHECK(mm->total_vm == 9 && mm->locked_vm == 2 && shim_log.populate_pages == 6,
	      "mmap: MAP_POPULATE faults pages in without locking them");
	do_munmap(mm, B, 9 * PAGE_SIZE);
	CHECK(mm->total_vm == 0 && mm->locked_vm == 0, "munmap: total_vm and locked_vm back to 0");
	a = do_mmap_pgoff(NULL, B, PAGE_SIZE, RW, ANON | MAP_FIXED_NOREPLACE, 0);
	CHECK_EQ(do_mmap_pgoff(NULL, B, PAGE_SIZE, RW, ANON | MAP_FIXED_NOREPLACE, 0), -EEXIST,
		 "mmap: MAP_FIXED_NOREPLACE over a mapping is EEXIST");

	fresh();
	CHECK_EQ(sys_mmap2(0, PAGE_SIZE, R, MAP_PRIVATE, 7, 0), -EBADF, "mmap2: a closed fd is EBADF");
	shim_fds[3] = rw;
	a = sys_mmap2(0, PAGE_SIZE, R, MAP_PRIVATE, 3, 1);
	CHECK(a == B && find_vma(mm, a)->vm_pgoff == 1 && rw->f_count == 2,
	      "mmap2: maps the fd at page offset 1, the VMA holds the reference");
	{
		unsigned long args[6] = { 0, PAGE_SIZE, R, MAP_PRIVATE, 3, 5 * PAGE_SIZE };
		struct mmap_arg_struct *uargs = (struct mmap_arg_struct *)args;

		a = sys_old_mmap(uargs);
		CHECK(!IS_ERR_VALUE(a) && find_vma(mm, a)->vm_pgoff == 5,
		      "old mmap: reads the argument block, offset in bytes");
		args[5] = 100;
		CHECK_EQ(sys_old_mmap(uargs), -EINVAL, "old mmap: an unaligned offset is EINVAL");
		CHECK_EQ(sys_old_mmap(NULL), -EFAULT, "old mmap: a bad argument pointer is EFAULT");
	}
	shim_fds[3] = NULL;
}

static void test_map_count_limit(void)
{
	int i, fails = 0;
	unsigned long a;

	fresh();
	for (i = 0; i < DEFAULT_MAX_MAP_COUNT; i++) {
		a = do_mmap_pgoff(NULL, 0, PAGE_SIZE, i % 2 ? RW : R, ANON, 0);
		fails += IS_ERR_VALUE(a);
	}
	CHECK(fails == 0 && mm->map_count == DEFAULT_MAX_MAP_COUNT,
	      "map count: 65530 unmergeable mappings succeed");
	/* Linux refuses only once map_count > max_map_count: one more fits. */
	CHECK_EQ(map(DEFAULT_MAX_MAP_COUNT + 10, 1, RW), P(DEFAULT_MAX_MAP_COUNT + 10),
		 "map count: the 65531st mapping succeeds, as in Linux");
	CHECK_EQ(map(DEFAULT_MAX_MAP_COUNT + 20, 1, RW), -ENOMEM,
		 "map count: the 65532nd mapping is ENOMEM");
	CHECK_EQ(__validate_mm(mm), 0, "map count: 65531 VMAs pass validate_mm");
	CHECK_EQ(find_vma(mm, P(40000))->vm_start, P(40000), "map count: find_vma finds page 40000");
	for (i = 0; i < DEFAULT_MAX_MAP_COUNT; i += 2)
		do_munmap(mm, P(i), PAGE_SIZE);
	CHECK_EQ(get_unmapped_area(NULL, 0, PAGE_SIZE, 0, ANON), P(0),
		 "map count: after unmapping every other one, the lowest hole is found");
	do_munmap(mm, B, (DEFAULT_MAX_MAP_COUNT + 20) * PAGE_SIZE);
	CHECK(mm->map_count == 0 && mm->total_vm == 0 && mm->mmap == NULL,
	      "map count: all destroyed");
}

/* ---- brk, mremap, stacks ---- */

static unsigned long brk(unsigned long addr)
{
	return sys_brk(addr);
}

/*
 * The map-count rule at a small limit, as Linux's do_mmap and do_brk have
 * it: at the limit one more VMA is allowed; past it mmap and brk fail
 * even where they would only extend a neighbour; shrinking still works.
 */
static void test_map_count_rule(void)
{
	fresh();
	mm->start_brk = mm->brk = P(20);
	sysctl_max_map_count = 2;
	CHECK_EQ(brk(P(21)), P(21), "map count 2: brk makes the heap VMA");
	map(0, 1, RW);
	CHECK_EQ(brk(P(22)), P(22), "map count 2: at the limit the heap grows in place");
	CHECK_EQ(map(4, 1, R), P(4), "map count 2: at the limit one more VMA is allowed");
	CHECK_EQ(map(6, 1, RW), -ENOMEM, "map count 2: past the limit mmap is ENOMEM");
	CHECK_EQ(map(5, 1, R), -ENOMEM, "map count 2: ... even where it would merge");
	CHECK_EQ(brk(P(23)), P(22), "map count 2: past the limit brk cannot grow, even in place");
	CHECK_EQ(brk(P(21)), P(21), "map count 2: ... but it can shrink");
	layout_is("0-1:rw 4-5:r 20-21:rw", "map count 2: what the failed calls left");
	sysctl_max_map_count = DEFAULT_MAX_MAP_COUNT;
}

static void test_brk(void)
{
	unsigned long base = 0x08100000;

	fresh();
	mm->start_brk = mm->brk = base;
	CHECK_EQ(brk(0), base, "brk(0) returns the current break");
	CHECK_EQ(brk(base + 3 * PAGE_SIZE + 10), base + 3 * PAGE_SIZE + 10, "brk grows (unaligned)");
	CHECK(find_vma(mm, base)->vm_end == base + 4 * PAGE_SIZE && mm->map_count == 1,
	      "brk: one VMA up to the rounded break");
	CHECK_EQ(brk(base + PAGE_SIZE), base + PAGE_SIZE, "brk shrinks");
	CHECK_EQ(find_vma(mm, base)->vm_end, base + PAGE_SIZE, "brk: the VMA shrank with it");
	CHECK_EQ(brk(base - PAGE_SIZE), base + PAGE_SIZE, "brk below start_brk fails: old break");
	do_mmap_pgoff(NULL, base + 8 * PAGE_SIZE, PAGE_SIZE, R, ANON | MAP_FIXED, 0);
	CHECK_EQ(brk(base + 8 * PAGE_SIZE), base + PAGE_SIZE,
		 "brk into (or next to) another mapping fails: old break");
	CHECK_EQ(brk(base + 6 * PAGE_SIZE), base + 6 * PAGE_SIZE, "brk up to a page below it works");
	CHECK_EQ(brk(TASK_SIZE + PAGE_SIZE), base + 6 * PAGE_SIZE, "brk past TASK_SIZE fails");
	CHECK_EQ(do_brk(base + 20 * PAGE_SIZE + 1, PAGE_SIZE), -EINVAL, "do_brk: unaligned is EINVAL");
	CHECK_EQ(__validate_mm(mm), 0, "brk: mm valid");
}

static void test_mremap(void)
{
	unsigned long a;

	fresh();
	map(0, 4, RW);
	map(6, 1, R);
	CHECK_EQ(do_mremap(P(0), 4 * PAGE_SIZE, 2 * PAGE_SIZE, 0, 0), P(0), "mremap: shrink in place");
	layout_is("0-2:rw 6-7:r", "mremap: the tail is gone");
	CHECK_EQ(do_mremap(P(0), 2 * PAGE_SIZE, 5 * PAGE_SIZE, 0, 0), P(0), "mremap: grow in place");
	layout_is("0-5:rw 6-7:r", "mremap: grew into the free space");
	CHECK_EQ(mm->total_vm, 6, "mremap: total_vm counts the growth");
	CHECK_EQ(do_mremap(P(0), 5 * PAGE_SIZE, 8 * PAGE_SIZE, 0, 0), -ENOMEM,
		 "mremap: no room and no MREMAP_MAYMOVE is ENOMEM");
	shim_reset();
	a = do_mremap(P(0), 5 * PAGE_SIZE, 8 * PAGE_SIZE, MREMAP_MAYMOVE, 0);
	CHECK(a == P(7) && shim_log.moved_pages == 5, "mremap: MAYMOVE moves to the lowest fit, 5 pages of PTEs moved");
	layout_is("6-7:r 7-15:rw", "mremap: old range gone, new one in place");
	CHECK_EQ(mm->total_vm, 9, "mremap: total_vm after the move");
	a = do_mremap(P(7), 2 * PAGE_SIZE, 2 * PAGE_SIZE, MREMAP_MAYMOVE | MREMAP_FIXED, P(20));
	CHECK_EQ(a, P(20), "mremap: MREMAP_FIXED moves to the address given");
	layout_is("6-7:r 9-15:rw 20-22:rw", "mremap: fixed move of the first 2 pages");
	CHECK_EQ(do_mremap(P(2), PAGE_SIZE, 2 * PAGE_SIZE, MREMAP_MAYMOVE, 0), -EFAULT,
		 "mremap: an unmapped old address is EFAULT");
	CHECK_EQ(do_mremap(P(6), 2 * PAGE_SIZE, 4 * PAGE_SIZE, MREMAP_MAYMOVE, 0), -EFAULT,
		 "mremap: an old range beyond its VMA is EFAULT");
	CHECK_EQ(do_mremap(P(6) + 1, PAGE_SIZE, PAGE_SIZE, 0, 0), -EINVAL, "mremap: unaligned is EINVAL");
	CHECK_EQ(do_mremap(P(6), PAGE_SIZE, 0, 0, 0), -EINVAL, "mremap: new length 0 is EINVAL");
	CHECK_EQ(do_mremap(P(6), PAGE_SIZE, PAGE_SIZE, MREMAP_FIXED, P(30)), -EINVAL,
		 "mremap: MREMAP_FIXED without MAYMOVE is EINVAL");
	CHECK_EQ(do_mremap(P(9), 2 * PAGE_SIZE, 2 * PAGE_SIZE, MREMAP_MAYMOVE | MREMAP_FIXED, P(10)), -EINVAL,
		 "mremap: overlapping old and new ranges are EINVAL");
}

static void test_stack(void)
{
	struct vm_area_struct *st;
	unsigned long top = P(10000);

	fresh();
	map(0, 1, RW);
	do_mmap_pgoff(NULL, top - 4 * PAGE_SIZE, 4 * PAGE_SIZE, RW,
		      ANON | MAP_FIXED | MAP_GROWSDOWN, 0);
	st = find_vma(mm, top - PAGE_SIZE);
	CHECK_EQ(expand_stack(st, top - 10 * PAGE_SIZE + 123), 0, "expand_stack: grows down");
	CHECK(st->vm_start == top - 10 * PAGE_SIZE && mm->total_vm == 11 && __validate_mm(mm) == 0,
	      "expand_stack: new start, total_vm and gaps right");
	CHECK(find_extend_vma(mm, top - 12 * PAGE_SIZE) == st && st->vm_start == top - 12 * PAGE_SIZE,
	      "find_extend_vma: grows the stack to the address");
	CHECK_EQ(expand_stack(st, top - (8UL << 20) - PAGE_SIZE), -ENOMEM,
		 "expand_stack: beyond the 8 MiB stack limit is ENOMEM");
	CHECK_EQ(expand_stack(find_vma(mm, P(0)), P(0) - PAGE_SIZE), -EFAULT,
		 "expand_stack: a VMA without VM_GROWSDOWN does not grow");
	map(9980, 1, RW);
	CHECK_EQ(expand_stack(st, P(9980)), -ENOMEM, "expand_stack: never into the VMA below");
	CHECK(find_extend_vma(mm, P(5000)) == NULL, "find_extend_vma: too far below is NULL");
}

static void test_fork_exit(void)
{
	struct file *f = shim_file(FMODE_READ, true);
	struct mm_struct *parent, *child;

	fresh();
	parent = mm;
	map(0, 2, RW);
	map_file(f, 4, 2, R, MAP_PRIVATE, 0);
	do_mmap_pgoff(NULL, P(8), PAGE_SIZE, RW, ANON | MAP_FIXED | MAP_LOCKED, 0);
	parent->brk = parent->start_brk = 0x08100000;
	child = mm_alloc();
	shim_reset();
	CHECK_EQ(dup_mmap(child, parent), 0, "dup_mmap: succeeds");
	mm = child;
	layout_is("0-2:rw 4-6:r 8-9:rw", "dup_mmap: child has the same layout");
	CHECK(shim_log.copy_calls == 3 && f->f_count == 3 && shim_i_mmap_count(f) == 2,
	      "dup_mmap: page tables copied per VMA, file referenced and linked twice");
	CHECK(!(find_vma(child, P(8))->vm_flags & VM_LOCKED) && child->locked_vm == 0 &&
	      child->total_vm == 5 && child->brk == parent->brk,
	      "dup_mmap: locks are not inherited; total_vm and brk are");
	shim_reset();
	exit_mmap(child);
	CHECK(child->mmap == NULL && child->map_count == 0 && shim_log.zapped_pages == 5 &&
	      f->f_count == 2 && __validate_mm(child) == 0,
	      "exit_mmap: zaps every page, drops every VMA and file reference");
	mmput(child);
	mm = parent;
}

static void test_validate_catches(void)
{
	struct vm_area_struct *v;
	unsigned long saved;

	fresh();
	map(0, 2, RW);
	map(3, 2, R);
	map(6, 2, RW);
	v = find_vma(mm, P(3));
	saved = v->rb_subtree_gap;
	v->rb_subtree_gap += PAGE_SIZE;
	CHECK(__validate_mm(mm) > 0, "validate_mm: notices a wrong rb_subtree_gap");
	v->rb_subtree_gap = saved;
	mm->map_count++;
	CHECK(__validate_mm(mm) > 0, "validate_mm: notices a wrong map_count");
	mm->map_count--;
	v->vm_start -= PAGE_SIZE / 2;
	CHECK(__validate_mm(mm) > 0, "validate_mm: notices an unaligned VMA");
	v->vm_start += PAGE_SIZE / 2;
	CHECK_EQ(__validate_mm(mm), 0, "validate_mm: the repaired mm is valid again");
}

/* The host C library's mmap (its header would clash with the kernel's). */
void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off);

/*
 * A page-table entry outside every VMA is reported. The page table must
 * sit where __va() of its physical address points: a host page mapped at
 * PAGE_OFFSET + 0x1000000 (possible in a 32-bit process on a 64-bit host).
 */
static void test_validate_page_tables(void)
{
	unsigned long table_va = PAGE_OFFSET + 0x1000000;
	pte_t *pte = mmap((void *)table_va, PAGE_SIZE, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);

	if (pte != (pte_t *)table_va) {
		printf("# skipped the page-table check: cannot map the fake table\n");
		return;
	}
	fresh();
	map(0, 2, RW);
	mm->pgd[pgd_index(P(0))] = __pgd(__pa(table_va) | _PAGE_TABLE);
	pte[pte_index(P(1))] = __pte(0x123000 | _PAGE_PRESENT | _PAGE_USER);
	CHECK_EQ(__validate_mm(mm), 0, "validate_mm: a PTE inside a VMA is fine");
	pte[pte_index(P(2))] = __pte(0x124000 | _PAGE_PRESENT | _PAGE_USER);
	CHECK(__validate_mm(mm) > 0, "validate_mm: notices a PTE outside every VMA");
	mm->pgd[pgd_index(P(0))] = __pgd(0);
}

int main(void)
{
	debug_vm = true;
	test_validate_page_tables();
	test_merge_cases();
	test_merge_files();
	test_munmap();
	test_gua(false);
	test_gua(true);
	test_gua_random(false, 1);
	test_gua_random(false, 2);
	test_gua_random(true, 1);
	test_gua_topdown(false);
	test_gua_topdown(true);
	test_gua_topdown_random(1);
	test_gua_topdown_random(2);
	test_mmap_checks();
	test_map_count_limit();
	test_map_count_rule();
	test_brk();
	test_mremap();
	test_stack();
	test_fork_exit();
	test_validate_catches();
	return shim_done();
}
