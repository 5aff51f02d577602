/*
 * mmap benchmark: how the cost of mmap + munmap grows with the number of
 * regions (VMAs) a process has. For each N in 10, 100, 1000, 10000 and
 * 65000 it builds N one-page anonymous mappings with alternating
 * protections (so none merges with its neighbours), then times two
 * workloads with the CPU's time-stamp counter:
 *
 *   top    M pairs of mmap(2 pages) + munmap of that mapping: the new
 *          mapping has to go above all N regions;
 *   churn  M pairs of munmap(a random one of the N) + mmap(1 page) with the
 *          same protection: the new mapping refills some hole. 2.6's linear
 *          walk starts from free_area_cache and may pass many regions; the
 *          gap tree finds the lowest hole in O(log n).
 *
 * Output, one line per figure (tools/bench.sh makes the table):
 *   mmap_bench: workload=top vmas=10000 layout=bottomup pairs=2000 cycles_per_pair=1234
 * layout is the way mmap hands out addresses in this process (topdown or
 * bottomup). When the kernel's default is top-down (Linux), the program
 * then runs itself again under personality(ADDR_COMPAT_LAYOUT |
 * ADDR_NO_RANDOMIZE), bottom-up like 2.6's legacy layout, with the
 * argument "layout". Run as the first process (init=/bench/mmap_bench) it
 * powers off at the end; otherwise it just exits.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/reboot.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef ADDR_NO_RANDOMIZE
#define ADDR_NO_RANDOMIZE	0x0040000
#endif

#define PAGE	4096UL
#define PAIRS	2000
#define MAXN	65000

static void *maps[MAXN];
static const char *layout = "bottomup";
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

static void *map1(unsigned long len, int prot)
{
	return mmap(NULL, len, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
}

/* N non-mergeable one-page mappings; 0, or -1 if mmap failed. */
static int build(int n)
{
	int i;

	for (i = 0; i < n; i++) {
		maps[i] = map1(PAGE, prot_of(i));
		if (maps[i] == MAP_FAILED) {
			printf("mmap_bench: mmap %d of %d failed\n", i, n);
			return -1;
		}
	}
	return 0;
}

static void teardown(int n)
{
	int i;

	for (i = 0; i < n; i++)
		munmap(maps[i], PAGE);
}

static unsigned long long bench_top(void)
{
	unsigned long long t0 = rdtsc();
	int i;

	for (i = 0; i < PAIRS; i++) {
		void *p = map1(2 * PAGE, PROT_READ);

		if (p == MAP_FAILED)
			return 0;
		munmap(p, 2 * PAGE);
	}
	return (rdtsc() - t0) / PAIRS;
}

static unsigned long long bench_churn(int n)
{
	unsigned long long t0 = rdtsc();
	int i;

	for (i = 0; i < PAIRS; i++) {
		int k = (int)(rnd() % (unsigned int)n);

		munmap(maps[k], PAGE);
		maps[k] = map1(PAGE, prot_of(k));
		if (maps[k] == MAP_FAILED)
			return 0;
	}
	return (rdtsc() - t0) / PAIRS;
}

/* Which way this process's mmap hands out addresses. */
static const char *find_layout(void)
{
	void *a = map1(PAGE, PROT_READ);
	void *b = map1(PAGE, PROT_READ);

	munmap(a, PAGE);
	munmap(b, PAGE);
	return (char *)b < (char *)a ? "topdown" : "bottomup";
}

static void run_all(void)
{
	static const int sizes[] = { 10, 100, 1000, 10000, 65000 };
	unsigned int s;

	for (s = 0; s < sizeof(sizes) / sizeof(sizes[0]); s++) {
		int n = sizes[s];

		if (build(n) == 0) {
			bench_top();	/* warm the caches first */
			printf("mmap_bench: workload=top vmas=%d layout=%s pairs=%d cycles_per_pair=%llu\n",
			       n, layout, PAIRS, bench_top());
			printf("mmap_bench: workload=churn vmas=%d layout=%s pairs=%d cycles_per_pair=%llu\n",
			       n, layout, PAIRS, bench_churn(n));
		}
		teardown(n);
	}
}

/* Run this program again, bottom-up: personality() takes effect at execve. */
static void run_bottom_up(const char *self)
{
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		char *argv[] = { (char *)self, "layout", NULL };
		char *envp[] = { NULL };

		personality(PER_LINUX | ADDR_COMPAT_LAYOUT | ADDR_NO_RANDOMIZE);
		execve(self, argv, envp);
		_exit(127);
	}
	if (pid > 0)
		waitpid(pid, &status, 0);
}

int main(int argc, char **argv)
{
	layout = find_layout();
	run_all();
	if (argc > 1 && strcmp(argv[1], "layout") == 0)
		return 0;
	if (strcmp(layout, "bottomup") != 0 && argc > 0 && strchr(argv[0], '/'))
		run_bottom_up(argv[0]);
	printf("mmap_bench: done\n");
	if (getpid() == 1) {
		sync();
		reboot(RB_POWER_OFF);
	}
	return 0;
}
