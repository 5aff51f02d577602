/*
 * Mutexes and condition variables under contention: four threads add to
 * one counter under a mutex (no increment is lost), and a producer hands
 * items one at a time to consumers through a condition variable (each
 * item is taken exactly once). Both sleep in FUTEX_WAIT and wake each
 * other with FUTEX_WAKE (glibc's condvar also uses FUTEX_WAIT_BITSET).
 */
#include <pthread.h>
#include "check.h"

#define ADDERS	4
#define ADDS	20000
#define ITEMS	2000
#define CONSUMERS 3

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t nonempty = PTHREAD_COND_INITIALIZER, empty = PTHREAD_COND_INITIALIZER;
static long counter;
static int slot = -1, produced, taken[ITEMS];
static int done;

static void *adder(void *arg)
{
	int i;

	for (i = 0; i < ADDS; i++) {
		pthread_mutex_lock(&lock);
		counter++;
		pthread_mutex_unlock(&lock);
	}
	return arg;
}

static void *consumer(void *arg)
{
	for (;;) {
		pthread_mutex_lock(&lock);
		while (slot < 0 && !done)
			pthread_cond_wait(&nonempty, &lock);
		if (slot < 0 && done) {
			pthread_mutex_unlock(&lock);
			return arg;
		}
		taken[slot]++;
		slot = -1;
		pthread_cond_signal(&empty);
		pthread_mutex_unlock(&lock);
	}
}

int main(void)
{
	pthread_t th[ADDERS > CONSUMERS ? ADDERS : CONSUMERS];
	int i, once = 0;

	for (i = 0; i < ADDERS; i++)
		CHECK(pthread_create(&th[i], NULL, adder, NULL) == 0, "pthread_create adder");
	for (i = 0; i < ADDERS; i++)
		pthread_join(th[i], NULL);
	CHECK(counter == (long)ADDERS * ADDS, "no increment under the mutex is lost");

	for (i = 0; i < CONSUMERS; i++)
		CHECK(pthread_create(&th[i], NULL, consumer, NULL) == 0, "pthread_create consumer");
	for (produced = 0; produced < ITEMS; produced++) {
		pthread_mutex_lock(&lock);
		while (slot >= 0)
			pthread_cond_wait(&empty, &lock);
		slot = produced;
		pthread_cond_signal(&nonempty);
		pthread_mutex_unlock(&lock);
	}
	pthread_mutex_lock(&lock);
	while (slot >= 0)
		pthread_cond_wait(&empty, &lock);
	done = 1;
	pthread_cond_broadcast(&nonempty);
	pthread_mutex_unlock(&lock);
	for (i = 0; i < CONSUMERS; i++)
		pthread_join(th[i], NULL);
	for (i = 0; i < ITEMS; i++)
		once += taken[i] == 1;
	CHECK(once == ITEMS, "every item was taken exactly once");
	return check_done();
}
