/*
 * Threads share one address space: a mapping one thread makes is there
 * for the others at once (they fault its pages in themselves), a write by
 * one is read by another, mprotect by one applies to all, and
 * /proc/self/maps is the same whichever thread reads it.
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#include "check.h"

#define PAGES 16

static char *map;
static long pagesz;
static pthread_barrier_t bar;
static int seen_by_thread;

static int read_maps(char *buf, size_t size)
{
	int fd = open("/proc/self/maps", O_RDONLY), n = 0, r;

	if (fd < 0)
		return -1;
	while ((r = read(fd, buf + n, size - 1 - n)) > 0)
		n += r;
	close(fd);
	buf[n] = 0;
	return n;
}

static char maps_main[16384], maps_thread[16384];

static void *mapper(void *arg)
{
	int i;

	map = mmap(NULL, PAGES * pagesz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	pthread_barrier_wait(&bar);	/* 1: mapped */
	pthread_barrier_wait(&bar);	/* 2: the main thread wrote odd pages */
	for (i = 0; i < PAGES; i += 2)
		map[i * pagesz] = 'T';
	for (i = 1; i < PAGES; i += 2)
		seen_by_thread += map[i * pagesz] == 'M';
	read_maps(maps_thread, sizeof(maps_thread));
	pthread_barrier_wait(&bar);	/* 3: thread wrote even pages, read its maps */
	return arg;
}

int main(void)
{
	pthread_t th;
	int i, seen = 0;

	pagesz = sysconf(_SC_PAGESIZE);
	pthread_barrier_init(&bar, NULL, 2);
	CHECK(pthread_create(&th, NULL, mapper, NULL) == 0, "pthread_create");
	pthread_barrier_wait(&bar);
	CHECK(map != MAP_FAILED, "the thread's mmap");
	for (i = 1; i < PAGES; i += 2)
		map[i * pagesz] = 'M';
	pthread_barrier_wait(&bar);
	pthread_barrier_wait(&bar);
	read_maps(maps_main, sizeof(maps_main));
	for (i = 0; i < PAGES; i += 2)
		seen += map[i * pagesz] == 'T';
	CHECK(seen == PAGES / 2, "the main thread reads what the thread wrote");
	CHECK(seen_by_thread == PAGES / 2, "the thread reads what the main thread wrote");
	CHECK(strcmp(maps_main, maps_thread) == 0, "/proc/self/maps is the same from both threads");
	CHECK(mprotect(map, PAGES * pagesz, PROT_READ) == 0, "mprotect");
	pthread_join(th, NULL);
	CHECK(munmap(map, PAGES * pagesz) == 0, "munmap");
	return check_done();
}
