/*
 * The address space under threads: for a while, one thread maps, protects
 * and unmaps pages of a window at random, two others touch pages of the
 * same window (catching SIGSEGV where nothing is mapped), and one reads
 * /proc/self/maps. Every thread sees one address space: a page a toucher
 * wrote and then finds mapped again holds its value or, if it was
 * remapped, zero - never something else; a fault comes only where the
 * mapper left no page or no write permission. The guest runs this with
 * validate_mm after every change; the process ends with all its mappings
 * gone (the suite's leak check).
 */
#include <fcntl.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

#define WINDOW_PAGES	64
#define SECONDS		1

static char *window;
static long pagesz;
static volatile int stop;
static __thread sigjmp_buf env;
static __thread volatile int faulting;
static volatile long touches, faults, bad, maps_reads, changes;

static void on_segv(int sig, siginfo_t *si, void *uc)
{
	if (!faulting)
		abort();
	siglongjmp(env, 1);
}

static void *mapper(void *arg)
{
	unsigned int seed = 1;

	while (!stop) {
		long page = rand_r(&seed) % WINDOW_PAGES, n = 1 + rand_r(&seed) % 8;
		char *addr = window + page * pagesz;

		if (page + n > WINDOW_PAGES)
			n = WINDOW_PAGES - page;
		switch (rand_r(&seed) % 3) {
		case 0:
			mmap(addr, n * pagesz, PROT_READ | PROT_WRITE,
			     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
			break;
		case 1:
			mprotect(addr, n * pagesz, PROT_READ);
			break;
		case 2:
			munmap(addr, n * pagesz);
			break;
		}
		changes++;
		if (changes % 16 == 0)
			sched_yield();
	}
	return arg;
}

static void *toucher(void *arg)
{
	unsigned int seed = (unsigned int)(intptr_t)arg;
	unsigned char mark = (unsigned char)(intptr_t)arg;

	while (!stop) {
		volatile unsigned char *p = (unsigned char *)window +
					    (rand_r(&seed) % WINDOW_PAGES) * pagesz +
					    (mark & 1) * 64;
		if (sigsetjmp(env, 1)) {
			faults++;
			continue;
		}
		faulting = 1;
		unsigned char v = *p;

		if (v != 0 && v != mark)
			bad++;
		*p = mark;
		faulting = 0;
		touches++;
	}
	return arg;
}

static void *maps_reader(void *arg)
{
	static char buf[65536];

	while (!stop) {
		int fd = open("/proc/self/maps", O_RDONLY);

		if (fd < 0)
			continue;
		while (read(fd, buf, sizeof(buf)) > 0)
			;
		close(fd);
		maps_reads++;
		usleep(1000);
	}
	return arg;
}

int main(void)
{
	struct sigaction sa = { .sa_sigaction = on_segv, .sa_flags = SA_SIGINFO | SA_NODEFER };
	pthread_t th[4];
	int i;

	pagesz = sysconf(_SC_PAGESIZE);
	sigaction(SIGSEGV, &sa, NULL);
	window = mmap(NULL, WINDOW_PAGES * pagesz, PROT_READ | PROT_WRITE,
		      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(window != MAP_FAILED, "mmap the window");
	pthread_create(&th[0], NULL, mapper, NULL);
	pthread_create(&th[1], NULL, toucher, (void *)1);
	pthread_create(&th[2], NULL, toucher, (void *)2);
	pthread_create(&th[3], NULL, maps_reader, NULL);
	sleep(SECONDS);
	stop = 1;
	for (i = 0; i < 4; i++)
		pthread_join(th[i], NULL);
	CHECK(bad == 0, "a touched byte holds its writer's mark or zero, never a stale value");
	CHECK(touches > 0 && changes > 0 && maps_reads > 0, "every thread did its work");
	CHECK(munmap(window, WINDOW_PAGES * pagesz) == 0, "munmap the window");
	printf("%ld touches, %ld faults, %ld mm changes, %ld maps reads\n", touches, faults,
	       changes, maps_reads);
	return check_done();
}
