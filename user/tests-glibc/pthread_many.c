/*
 * A thousand threads alive at once (the suite's guest has 128 MiB): each
 * waits on one barrier until all exist, so none has exited when the last
 * is made; then all are joined. Linux's limits (threads-max, sized from
 * memory, and RLIMIT_NPROC) are far above this; /proc/sys/kernel/threads-max
 * says so, and /proc/self/status counts the threads.
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
#include "check.h"

#define NTHREADS 1000

static pthread_barrier_t all_made;

static long read_number(const char *path, const char *key)
{
	static char buf[4096];
	char *p = buf;
	int fd = open(path, O_RDONLY), n;

	if (fd < 0)
		return -1;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	buf[n > 0 ? n : 0] = 0;
	if (key && !(p = strstr(buf, key)))
		return -1;
	return atol(p + (key ? strlen(key) : 0));
}

static void *worker(void *arg)
{
	pthread_barrier_wait(&all_made);
	return arg;
}

int main(void)
{
	static pthread_t th[NTHREADS];
	pthread_attr_t attr;
	int i, made = 0, joined = 0;
	long threads;

	CHECK(read_number("/proc/sys/kernel/threads-max", NULL) > NTHREADS,
	      "threads-max is above a thousand");
	pthread_barrier_init(&all_made, NULL, NTHREADS + 1);
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 64 * 1024);
	for (i = 0; i < NTHREADS; i++) {
		if (pthread_create(&th[i], &attr, worker, NULL))
			break;
		made++;
	}
	CHECK(made == NTHREADS, "a thousand threads made");
	threads = read_number("/proc/self/status", "Threads:");
	CHECK(threads == made + 1, "/proc/self/status counts them all");
	if (made == NTHREADS)
		pthread_barrier_wait(&all_made);
	for (i = 0; i < made; i++)
		joined += pthread_join(th[i], NULL) == 0;
	CHECK(joined == made, "every one joined");
	CHECK(read_number("/proc/self/status", "Threads:") == 1, "one thread left");
	return check_done();
}
