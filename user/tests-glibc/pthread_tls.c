/*
 * Thread-local storage: every thread has its own copy of a __thread
 * variable (glibc points %gs at the thread's TLS block through
 * set_thread_area, and clone's CLONE_SETTLS gives each new thread its
 * descriptor); the copies keep their values while the threads take turns
 * on the CPU, and a new thread starts with the initial value.
 */
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include "check.h"

#define NTHREADS 8
#define ROUNDS	2000

static __thread int mine = 42;
static __thread char big[256];
static int bad;

static void *worker(void *arg)
{
	int id = (int)(intptr_t)arg, i;

	if (mine != 42)
		__atomic_add_fetch(&bad, 1, __ATOMIC_RELAXED);
	for (i = 0; i < ROUNDS; i++) {
		mine = id * 1000 + i;
		big[i % 256] = (char)id;
		sched_yield();
		if (mine != id * 1000 + i || big[i % 256] != (char)id)
			__atomic_add_fetch(&bad, 1, __ATOMIC_RELAXED);
	}
	return (void *)&mine;
}

int main(void)
{
	pthread_t th[NTHREADS];
	void *addr[NTHREADS];
	int i, j, distinct = 1;

	mine = -1;
	for (i = 0; i < NTHREADS; i++)
		CHECK(pthread_create(&th[i], NULL, worker, (void *)(intptr_t)(i + 1)) == 0,
		      "pthread_create");
	for (i = 0; i < NTHREADS; i++)
		pthread_join(th[i], &addr[i]);
	for (i = 0; i < NTHREADS; i++)
		for (j = 0; j < i; j++)
			distinct &= addr[i] != addr[j];
	CHECK(bad == 0, "each thread kept its own values across switches");
	CHECK(distinct && addr[0] != (void *)&mine, "each thread's variable is at its own address");
	CHECK(mine == -1, "the main thread's copy is its own");
	return check_done();
}
