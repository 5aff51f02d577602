/*
 * Cost of the page-fault and mmap paths, in CPU time-stamp-counter ticks.
 * `make bench` runs it under QEMU with -icount shift=0, where the guest's
 * TSC advances by exactly one per guest instruction, so the figures are
 * guest instructions: comparable with Linux booted in the same QEMU.
 * Natively on Linux the same binary prints cycles.
 *
 * Each case is measured over many pages and divided; the loop's own cost
 * (a few instructions per page) is included and negligible.
 *
 * Run as the first process (init=/bench/fault_bench) it works in /tmp and
 * powers off at the end; run under Linux it just exits.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/reboot.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define NPAGES	512
#define PAGE	4096
#define PAIRS	500

static inline unsigned long long rdtsc(void)
{
	unsigned long long v;

	__asm__ __volatile__("rdtsc" : "=A"(v));
	return v;
}

static void report(const char *what, unsigned long long ticks, unsigned long n)
{
	printf("bench %-28s %8llu per op (%lu ops)\n", what, ticks / n, n);
}

static char *map_anon(size_t len)
{
	char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED) {
		perror("mmap");
		exit(1);
	}
	return p;
}

static void bench_anon_write(void)
{
	char *p = map_anon(NPAGES * PAGE);
	unsigned long long t0 = rdtsc();
	int i;

	for (i = 0; i < NPAGES; i++)
		p[i * PAGE] = 1;
	report("anon write fault", rdtsc() - t0, NPAGES);
	munmap(p, NPAGES * PAGE);
}

static void bench_anon_read(void)
{
	volatile char *p = map_anon(NPAGES * PAGE);
	unsigned long long t0 = rdtsc();
	int i, sum = 0;

	for (i = 0; i < NPAGES; i++)
		sum += p[i * PAGE];
	report("anon read fault (zero page)", rdtsc() - t0, NPAGES);
	munmap((void *)p, NPAGES * PAGE);
	(void)sum;
}

static void bench_cow(void)
{
	char *p = map_anon(NPAGES * PAGE);
	int i, status;
	pid_t pid;

	for (i = 0; i < NPAGES; i++)
		p[i * PAGE] = 1;
	pid = fork();
	if (pid == 0) {
		unsigned long long t0 = rdtsc();

		for (i = 0; i < NPAGES; i++)
			p[i * PAGE] = 2;
		report("copy-on-write fault", rdtsc() - t0, NPAGES);
		_exit(0);
	}
	waitpid(pid, &status, 0);
	munmap(p, NPAGES * PAGE);
}

static void bench_file_read(void)
{
	static char buf[PAGE];
	const char *name = "fault_bench.tmp";
	int fd = open(name, O_RDWR | O_CREAT | O_TRUNC, 0600);
	unsigned long long t0;
	volatile char *p;
	int i, sum = 0;

	if (fd < 0) {
		perror("open");
		exit(1);
	}
	memset(buf, 'x', sizeof(buf));
	for (i = 0; i < NPAGES; i++)
		write(fd, buf, sizeof(buf));
	p = mmap(NULL, NPAGES * PAGE, PROT_READ, MAP_PRIVATE, fd, 0);
	t0 = rdtsc();
	for (i = 0; i < NPAGES; i++)
		sum += p[i * PAGE];
	report("file read fault (cached)", rdtsc() - t0, NPAGES);
	munmap((void *)p, NPAGES * PAGE);
	close(fd);
	unlink(name);
	(void)sum;
}

/*
 * A fault served from swap: pages written, pushed out with MADV_PAGEOUT
 * (Linux 5.4), then read back - each a major fault that reads its slot
 * from the swap disk. Needs swap: /dev/hda is swapped on if nothing is.
 */
static void bench_swap_in(void)
{
	volatile char *p;
	unsigned long long t0;
	int i, sum = 0, ours = 0;
	unsigned char vec[1];

	if (syscall(__NR_swapon, "/dev/hda", 0) == 0)
		ours = 1;
	p = map_anon(NPAGES * PAGE);
	for (i = 0; i < NPAGES; i++)
		p[i * PAGE] = 1;
	if (madvise((void *)p, NPAGES * PAGE, MADV_PAGEOUT) ||
	    mincore((void *)p, PAGE, vec) || (vec[0] & 1)) {
		printf("bench %-28s (no swap: the pages stayed in memory)\n", "anon fault from swap");
	} else {
		t0 = rdtsc();
		for (i = 0; i < NPAGES; i++)
			sum += p[i * PAGE];
		report("anon fault from swap", rdtsc() - t0, NPAGES);
	}
	munmap((void *)p, NPAGES * PAGE);
	if (ours)
		syscall(__NR_swapoff, "/dev/hda");
	(void)sum;
}

static void bench_mmap_munmap(void)
{
	unsigned long long t0 = rdtsc();
	int i;

	for (i = 0; i < PAIRS; i++) {
		void *p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		munmap(p, PAGE);
	}
	report("mmap+munmap pair", rdtsc() - t0, PAIRS);
}

int main(void)
{
	if (getpid() == 1 && chdir("/tmp") < 0)
		perror("chdir /tmp");
	bench_anon_write();
	bench_anon_read();
	bench_cow();
	bench_file_read();
	bench_mmap_munmap();
	bench_swap_in();
	if (getpid() == 1) {
		sync();
		reboot(RB_POWER_OFF);
	}
	return 0;
}
