/* SOURCES: lib/rbtree.c mm/mmap.c mm/mprotect.c mm/mremap.c mm/mlock.c mm/util.c tests/shim/mm_host.c */
/*
 * Model-based randomized test of the mm core. Thousands of random mmap
 * (fixed, hinted, anywhere, anonymous and of a file), munmap, mprotect,
 * brk and mremap (in place, moving, to a fixed address) calls are
 * applied both to a real mm and to a plain model: one byte per page of a
 * window of the address space, saying which protection the page has (or
 * that it is unmapped). After every call the return value must be what the
 * model predicts, the VMAs must cover exactly the model's pages with the
 * model's protections, __validate_mm must find nothing wrong, and the
 * file must be referenced and linked on i_mmap exactly once per VMA.
 *
 * Every run is seeded; a failure prints the seed and the step, and
 * `test_mmap_model SEED` replays that seed alone.
 */
#include "shim/mm_host.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uapi/mman.h>

/* The window: 16 MiB below TASK_UNMAPPED_BASE (the heap lives there) and 48 MiB above. */
#define WIN_LO		(TASK_UNMAPPED_BASE - (16UL << 20))
#define WIN_HI		(TASK_UNMAPPED_BASE + (48UL << 20))
#define WIN_PAGES	((WIN_HI - WIN_LO) >> PAGE_SHIFT)
#define PG(addr)	(((addr) - WIN_LO) >> PAGE_SHIFT)
#define ADDR(pg)	(WIN_LO + ((unsigned long)(pg) << PAGE_SHIFT))
#define BASE_PG		PG(TASK_UNMAPPED_BASE)

/* model[pg]: 0 = unmapped, else 1 + (PROT_* bits) */
static unsigned char model[WIN_PAGES];
static unsigned long model_brk, start_brk;
static struct mm_struct *mm;
static unsigned int seed;
static int step;
static char what[160];

static const unsigned long prots[] = {
	PROT_READ, PROT_READ | PROT_WRITE, PROT_READ | PROT_EXEC, PROT_NONE,
};

static struct file *file;	/* one file, mapped privately at random offsets */

static unsigned long rnd(unsigned long n) { return (unsigned long)rand() % n; }

static void model_set(unsigned long pg, unsigned long n, int v)
{
	memset(model + pg, v, n);
}

static bool model_free(unsigned long pg, unsigned long n)
{
	unsigned long i;

	for (i = 0; i < n; i++)
		if (model[pg + i])
			return false;
	return true;
}

/* Lowest page >= from where n free pages start, or -1. */
static long model_lowest_fit(unsigned long from, unsigned long n)
{
	unsigned long pg, run = 0;

	for (pg = from; pg < WIN_PAGES; pg++) {
		run = model[pg] ? 0 : run + 1;
		if (run == n)
			return pg + 1 - n;
	}
	return -1;
}

static unsigned long mapped_above_base(void)
{
	unsigned long pg, n = 0;

	for (pg = BASE_PG; pg < WIN_PAGES; pg++)
		n += model[pg] != 0;
	return n;
}

static bool fail(const char *fmt, unsigned long got, unsigned long want)
{
	printf("not ok - model: seed %u step %d: %s: ", seed, step, what);
	printf(fmt, got, want);
	printf("\n#   replay with: test_mmap_model %u\n", seed);
	return false;
}

/* The file is referenced once by its opener and once per VMA, each on i_mmap. */
static bool file_refs_ok(void)
{
	struct vm_area_struct *v;
	int n = 0;

	for (v = mm->mmap; v; v = v->vm_next)
		n += v->vm_file == file;
	if (file->f_count != 1 + n)
		return fail("file f_count %lu, expected %lu", file->f_count, 1 + n);
	if (shim_i_mmap_count(file) != n)
		return fail("file i_mmap has %lu VMAs, expected %lu", shim_i_mmap_count(file), n);
	return true;
}

/* The VMAs, page by page, against the model; then the invariants. */
static bool compare(void)
{
	static unsigned char real[WIN_PAGES];
	struct vm_area_struct *v;
	unsigned long pg, a;

	memset(real, 0, sizeof(real));
	for (v = mm->mmap; v; v = v->vm_next) {
		if (v->vm_start < WIN_LO || v->vm_end > WIN_HI)
			return fail("VMA %08lx outside the window (end %08lx)", v->vm_start, v->vm_end);
		for (a = v->vm_start; a < v->vm_end; a += PAGE_SIZE)
			real[PG(a)] = 1 + (v->vm_flags & (VM_READ | VM_WRITE | VM_EXEC));
	}
	for (pg = 0; pg < WIN_PAGES; pg++)
		if (real[pg] != model[pg])
			return fail("page %08lx: kernel has %lu, model %lu", ADDR(pg),
				    real[pg] * 0x1000000UL + model[pg]) ||
			       printf("#   kernel %u, model %u\n", real[pg], model[pg]) < 0;
	if (__validate_mm(mm))
		return fail("validate_mm found %lu problems%lu", 1, 0);
	/* The commit leak check: what is charged is exactly what VM_ACCOUNT VMAs cover. */
	for (a = 0, v = mm->mmap; v; v = v->vm_next)
		if (v->vm_flags & VM_ACCOUNT)
			a += vma_pages(v);
	if (a != vm_committed_as)
		return fail("Committed_AS %lu pages, VM_ACCOUNT VMAs cover %lu", vm_committed_as, a);
	return file_refs_ok();
}

static bool expect(unsigned long got, unsigned long want)
{
	return got == want || fail("returned %#lx, model says %#lx", got, want);
}

/* ---- operations: each applies to kernel and model and checks the result ---- */

static bool op_mmap_fixed(void)
{
	unsigned long pg = rnd(WIN_PAGES - 64), n = 1 + rnd(32), prot = prots[rnd(4)];
	unsigned long r;

	snprintf(what, sizeof(what), "mmap fixed %08lx +%lu pages prot %lu", ADDR(pg), n, prot);
	r = do_mmap_pgoff(NULL, ADDR(pg), n * PAGE_SIZE, prot,
			  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, 0);
	model_set(pg, n, 1 + prot);
	return expect(r, ADDR(pg));
}

static bool op_mmap_file(void)
{
	unsigned long pg = rnd(WIN_PAGES - 64), n = 1 + rnd(16), prot = prots[rnd(3)];
	unsigned long pgoff = rnd(4) ? PG(ADDR(pg)) % 64 : rnd(64);	/* often consecutive */

	snprintf(what, sizeof(what), "mmap file fixed %08lx +%lu pages pgoff %lu prot %lu",
		 ADDR(pg), n, pgoff, prot);
	model_set(pg, n, 1 + prot);
	return expect(do_mmap_pgoff(file, ADDR(pg), n * PAGE_SIZE, prot, MAP_PRIVATE | MAP_FIXED,
				    pgoff), ADDR(pg));
}

/* MREMAP_FIXED of part of a VMA onto a random free-or-not destination. */
static bool op_mremap_fixed(void)
{
	unsigned long pg = rnd(WIN_PAGES - 64), dst = rnd(WIN_PAGES - 64), old_n, new_n, i;
	struct vm_area_struct *v = find_vma(mm, ADDR(pg));
	unsigned char saved[64];

	if (!v || v->vm_start > ADDR(pg) || v->vm_end > WIN_HI)
		return true;
	old_n = 1 + rnd(min((v->vm_end - ADDR(pg)) >> PAGE_SHIFT, 32UL));
	new_n = 1 + rnd(32);
	if (pg + old_n > dst && dst + new_n > pg)
		return true;	/* overlapping: EINVAL, covered by test_mmap */
	snprintf(what, sizeof(what), "mremap fixed %08lx %lu -> %08lx %lu pages", ADDR(pg), old_n,
		 ADDR(dst), new_n);
	memcpy(saved, model + pg, old_n);
	model_set(pg, old_n, 0);
	model_set(dst, new_n, 0);
	for (i = 0; i < new_n; i++)
		model[dst + i] = saved[i < old_n ? i : 0];
	return expect(do_mremap(ADDR(pg), old_n * PAGE_SIZE, new_n * PAGE_SIZE,
				MREMAP_MAYMOVE | MREMAP_FIXED, ADDR(dst)), ADDR(dst));
}

static bool op_mmap_any(bool linear, bool hinted)
{
	unsigned long n = 1 + rnd(16), prot = prots[rnd(4)], hint = 0, r;
	long want;

	if (hinted)
		hint = ADDR(rnd(WIN_PAGES - 64));
	snprintf(what, sizeof(what), "mmap hint %08lx +%lu pages prot %lu", hint, n, prot);
	if (hinted && hint >= MMAP_MIN_ADDR && model_free(PG(hint), n))
		want = PG(hint);
	else
		want = model_lowest_fit(BASE_PG, n);
	r = do_mmap_pgoff(NULL, hint, n * PAGE_SIZE, prot, MAP_PRIVATE | MAP_ANONYMOUS, 0);
	if (IS_ERR_VALUE(r) || r < WIN_LO || r >= WIN_HI)
		return fail("returned %#lx, outside the window%lu", r, 0);
	if (linear && want != (long)PG(hint)) {
		/* 2.6's walk gives some free range at or above the base. */
		if (r < TASK_UNMAPPED_BASE || !model_free(PG(r), n))
			return fail("linear search returned %#lx, not free above the base%lu", r, 0);
		want = PG(r);
	}
	model_set(want, n, 1 + prot);
	return expect(r, ADDR(want));
}

static bool op_munmap(void)
{
	unsigned long pg = rnd(WIN_PAGES - 256), n = 1 + rnd(rnd(8) ? 32 : 256);

	snprintf(what, sizeof(what), "munmap %08lx +%lu pages", ADDR(pg), n);
	model_set(pg, n, 0);
	return expect(do_munmap(mm, ADDR(pg), n * PAGE_SIZE), 0);
}

static bool op_mprotect(void)
{
	unsigned long pg = rnd(WIN_PAGES - 64), n = 1 + rnd(32), prot = prots[rnd(4)], i;
	long want = 0;

	snprintf(what, sizeof(what), "mprotect %08lx +%lu pages prot %lu", ADDR(pg), n, prot);
	/* Linux changes the mapped prefix and fails with ENOMEM at the first hole. */
	for (i = 0; i < n && model[pg + i]; i++)
		model[pg + i] = 1 + prot;
	if (i < n)
		want = -ENOMEM;
	return expect(do_mprotect(ADDR(pg), n * PAGE_SIZE, prot), want);
}

static bool op_brk(void)
{
	unsigned long target = start_brk - 8 * PAGE_SIZE + rnd(1024) * PAGE_SIZE + rnd(PAGE_SIZE);
	unsigned long oldpg = PG(PAGE_ALIGN(model_brk)), newpg = PG(PAGE_ALIGN(target));
	unsigned long want = model_brk;

	snprintf(what, sizeof(what), "brk %08lx (break %08lx)", target, model_brk);
	if (target >= start_brk) {
		if (newpg <= oldpg) {
			model_set(newpg, oldpg - newpg, 0);
			want = model_brk = target;
		} else if (model_free(oldpg, newpg - oldpg + 1)) {
			model_set(oldpg, newpg - oldpg, 1 + (PROT_READ | PROT_WRITE));
			want = model_brk = target;
		}
	}
	return expect(sys_brk(target), want);
}

static bool op_mremap(bool linear)
{
	unsigned long pg = rnd(WIN_PAGES - 64), old_n, new_n, flags, r, i;
	struct vm_area_struct *v = find_vma(mm, ADDR(pg));
	unsigned long vend;
	unsigned char prot;
	long want;

	if (!v || v->vm_start > ADDR(pg) || v->vm_end > WIN_HI)
		return true;
	old_n = 1 + rnd((v->vm_end - ADDR(pg)) >> PAGE_SHIFT);
	new_n = 1 + rnd(24);
	flags = rnd(2) ? MREMAP_MAYMOVE : 0;
	prot = model[pg];
	vend = v->vm_end;	/* v may be gone after the call */
	snprintf(what, sizeof(what), "mremap %08lx %lu -> %lu pages flags %lu", ADDR(pg), old_n,
		 new_n, flags);
	r = do_mremap(ADDR(pg), old_n * PAGE_SIZE, new_n * PAGE_SIZE, flags, 0);
	if (new_n <= old_n) {
		model_set(pg + new_n, old_n - new_n, 0);
		want = pg;
	} else if (ADDR(pg + old_n) == vend && model_free(pg + old_n, new_n - old_n)) {
		model_set(pg + old_n, new_n - old_n, prot);
		want = pg;
	} else if (!flags) {
		return expect(r, -ENOMEM);
	} else {
		want = model_lowest_fit(BASE_PG, new_n);
		if (linear) {
			if (IS_ERR_VALUE(r) || r < TASK_UNMAPPED_BASE || r >= WIN_HI)
				return fail("linear mremap moved to %#lx%lu", r, 0);
			want = PG(r);
		}
		model_set(pg, old_n, 0);
		for (i = 0; i < new_n; i++)
			model[want + i] = prot;
	}
	return expect(r, ADDR(want));
}

static bool run(unsigned int s, bool linear, int steps)
{
	bool ok = true;

	seed = s;
	srand(seed);
	mmap_search_linear = linear;
	memset(model, 0, sizeof(model));
	mm = shim_new_mm();
	file = shim_file(FMODE_READ | FMODE_WRITE, true);
	start_brk = model_brk = mm->start_brk = mm->brk = WIN_LO + (1UL << 20);
	for (step = 0; step < steps && ok; step++) {
		unsigned long k = rnd(100);

		if (mapped_above_base() > (BASE_PG * 3) / 4 * 2)	/* keep room above the base */
			ok = op_munmap();
		else if (k < 20)
			ok = op_mmap_fixed();
		else if (k < 35)
			ok = op_mmap_any(linear, false);
		else if (k < 45)
			ok = op_mmap_any(linear, true);
		else if (k < 62)
			ok = op_munmap();
		else if (k < 80)
			ok = op_mprotect();
		else if (k < 86)
			ok = op_brk();
		else if (k < 92)
			ok = op_mremap(linear);
		else if (k < 96)
			ok = op_mremap_fixed();
		else
			ok = op_mmap_file();
		ok = ok && compare();
	}
	shim_free_mm(mm);
	mmap_search_linear = false;
	return ok;
}

int main(int argc, char **argv)
{
	unsigned int s, first = 1, count = 10;
	int passed = 0;

	debug_vm = true;
	if (argc > 1) {
		first = strtoul(argv[1], NULL, 0);
		count = 1;
	}
	for (s = first; s < first + count; s++)
		passed += run(s, false, 3000);
	CHECK_EQ(passed, count, "model: %u seeds x 3000 random calls, gap-tree search, kernel == model",
		 count);
	passed = 0;
	for (s = first; s < first + count; s++)
		passed += run(s, true, 3000);
	CHECK_EQ(passed, count, "model: %u seeds x 3000 random calls, linear search, kernel == model",
		 count);
	CHECK_EQ(vm_committed_as, 0, "model: every commit charge given back when the mms are gone");
	return shim_done();
}
