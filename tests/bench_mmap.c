/* SOURCES: lib/rbtree.c mm/mmap.c mm/mprotect.c mm/mremap.c mm/mlock.c mm/util.c tests/shim/mm_host.c */
/*
 * The mmap benchmark's two workloads (see user/bench/mmap_bench.c) run
 * directly against mm/mmap.c on the host, through the test shim, for both
 * free-area searches. It isolates the cost of the VMA code itself: no
 * system-call entry, no page tables. tools/bench.sh builds and runs it
 * (it is not a test_*.c, so the host test layer leaves it alone).
 *   bench_mmap [tree|linear]
 * prints lines in mmap_bench's format.
 */
#include "shim/mm_host.h"
#include <stdio.h>
#include <string.h>
#include <uapi/mman.h>

#define PAIRS	20000
#define MAXN	65000

static unsigned long maps[MAXN];
static unsigned int rnd_state = 12345;

static unsigned int rnd(void)
{
	rnd_state = rnd_state * 1103515245u + 12345u;
	return rnd_state >> 8;
}

static unsigned long long rdtsc(void)
{
	unsigned int lo, hi;

	__asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
	return ((unsigned long long)hi << 32) | lo;
}

static int prot_of(int i)
{
	return i % 2 ? PROT_READ : PROT_READ | PROT_WRITE;
}

static unsigned long map1(unsigned long len, int prot)
{
	return do_mmap_pgoff(NULL, 0, len, prot, MAP_PRIVATE | MAP_ANONYMOUS, 0);
}

int main(int argc, char **argv)
{
	static const int sizes[] = { 10, 100, 1000, 10000, 65000 };
	bool linear = argc > 1 && !strcmp(argv[1], "linear");
	unsigned int s;
	int i;

	mmap_search_linear = linear;
	debug_vm = false;
	for (s = 0; s < sizeof(sizes) / sizeof(sizes[0]); s++) {
		struct mm_struct *mm = shim_new_mm();
		int n = sizes[s];
		unsigned long long t0;

		for (i = 0; i < n; i++)
			maps[i] = map1(PAGE_SIZE, prot_of(i));
		for (i = 0; i < PAIRS / 4; i++)		/* warm the caches first */
			do_munmap(mm, map1(2 * PAGE_SIZE, PROT_READ), 2 * PAGE_SIZE);
		t0 = rdtsc();
		for (i = 0; i < PAIRS; i++)
			do_munmap(mm, map1(2 * PAGE_SIZE, PROT_READ), 2 * PAGE_SIZE);
		printf("mmap_bench: workload=top vmas=%d pairs=%d cycles_per_pair=%llu\n",
		       n, PAIRS, (rdtsc() - t0) / PAIRS);
		t0 = rdtsc();
		for (i = 0; i < PAIRS; i++) {
			int k = (int)(rnd() % (unsigned int)n);

			do_munmap(mm, maps[k], PAGE_SIZE);
			maps[k] = map1(PAGE_SIZE, prot_of(k));
		}
		printf("mmap_bench: workload=churn vmas=%d pairs=%d cycles_per_pair=%llu\n",
		       n, PAIRS, (rdtsc() - t0) / PAIRS);
		if (__validate_mm(mm))
			printf("mmap_bench: mm invalid after the run\n");
		shim_free_mm(mm);
	}
	return 0;
}
