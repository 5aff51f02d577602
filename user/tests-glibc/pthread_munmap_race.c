/*
 * munmap by one thread takes the pages away from every thread at once: a
 * reader that keeps reading a mapping while another thread unmaps it
 * gets SIGSEGV at an address in the old mapping, and until then reads
 * only the values that were there - never a stale page. The reader
 * catches the fault and leaves through siglongjmp.
 */
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>
#include "check.h"

#define PAGES 64

static volatile uint32_t *map;
static long pagesz;
static sigjmp_buf env;
static volatile unsigned long fault_addr;
static volatile int started, bad_values;
static volatile long reads;

static void on_segv(int sig, siginfo_t *si, void *uc)
{
	fault_addr = (unsigned long)si->si_addr;
	siglongjmp(env, 1);
}

static void *reader(void *arg)
{
	int i = 0;

	if (sigsetjmp(env, 1))
		return arg;
	for (;;) {
		uint32_t v = map[(i % PAGES) * (pagesz / 4)];

		if (v != 0xC0DE0000u + (i % PAGES))
			bad_values++;
		reads++;
		started = 1;
		i++;
	}
}

int main(void)
{
	struct sigaction sa = { .sa_sigaction = on_segv, .sa_flags = SA_SIGINFO };
	unsigned long start;
	pthread_t th;
	int i;

	pagesz = sysconf(_SC_PAGESIZE);
	sigaction(SIGSEGV, &sa, NULL);
	map = mmap(NULL, PAGES * pagesz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(map != MAP_FAILED, "mmap");
	start = (unsigned long)map;
	for (i = 0; i < PAGES; i++)
		map[i * (pagesz / 4)] = 0xC0DE0000u + i;
	CHECK(pthread_create(&th, NULL, reader, NULL) == 0, "pthread_create");
	while (!started)
		sched_yield();
	usleep(20000);
	CHECK(munmap((void *)map, PAGES * pagesz) == 0, "munmap while the reader reads");
	pthread_join(th, NULL);
	CHECK(fault_addr >= start && fault_addr < start + PAGES * pagesz,
	      "the reader's SIGSEGV is at an address of the unmapped range");
	CHECK(bad_values == 0, "the reader never saw a value that was not there");
	CHECK(reads > 0, "the reader read before the munmap");
	return check_done();
}
