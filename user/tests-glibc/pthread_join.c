/*
 * glibc's pthread_create and pthread_join: each thread runs in the
 * process's address space (it sees and changes the creator's memory), has
 * a thread id of its own (gettid) but the process's id (getpid), and its
 * return value reaches the joiner, which pthread_join wakes through
 * CLONE_CHILD_CLEARTID's futex. Threads are made in waves, many at once.
 */
#include <pthread.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "check.h"

#define WAVES	4
#define NTHREADS 64

static int shared[NTHREADS];
static pid_t tids[NTHREADS];

static void *worker(void *arg)
{
	intptr_t i = (intptr_t)arg;

	shared[i] = (int)i * 3;
	tids[i] = syscall(SYS_gettid);
	if (getpid() != tids[0] && getpid() == tids[i])
		return (void *)-1;
	return (void *)(i + 1000);
}

int main(void)
{
	pthread_t th[NTHREADS];
	int wave, i, bad = 0, ok = 0;
	void *ret;

	for (wave = 0; wave < WAVES; wave++) {
		for (i = 0; i < NTHREADS; i++)
			CHECK(pthread_create(&th[i], NULL, worker, (void *)(intptr_t)i) == 0,
			      "pthread_create");
		for (i = 0; i < NTHREADS; i++) {
			CHECK(pthread_join(th[i], &ret) == 0, "pthread_join");
			ok += ret == (void *)(intptr_t)(i + 1000);
			bad += shared[i] != i * 3;
			bad += tids[i] == getpid() || tids[i] <= 0;
		}
	}
	CHECK(ok == WAVES * NTHREADS, "every thread's return value reached its joiner");
	CHECK(bad == 0, "each thread wrote the shared memory and had its own tid");
	CHECK(syscall(SYS_gettid) == getpid(), "the first thread's tid is the pid");
	return check_done();
}
