/*
 * /proc/PID/task/ has a directory per thread of the process, named by its
 * tid, each with the files of a process directory (stat, status...) as
 * that thread sees them: status's Pid is the tid, Tgid the process's.
 * /proc itself lists processes, not their threads.
 */
#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "check.h"

#define NTHREADS 3

static pthread_barrier_t bar;
static pid_t tids[NTHREADS];

static void *worker(void *arg)
{
	tids[(long)arg] = syscall(SYS_gettid);
	pthread_barrier_wait(&bar);	/* listed */
	pthread_barrier_wait(&bar);	/* done */
	return arg;
}

static long field(const char *path, const char *key)
{
	char buf[2048], *p;
	int fd = open(path, O_RDONLY), n;

	if (fd < 0)
		return -1;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	buf[n > 0 ? n : 0] = 0;
	p = strstr(buf, key);
	return p ? atol(p + strlen(key)) : -1;
}

int main(void)
{
	pthread_t th[NTHREADS];
	char path[64];
	struct dirent *d;
	DIR *dir;
	int i, entries = 0, known = 0, in_proc = 0;

	pthread_barrier_init(&bar, NULL, NTHREADS + 1);
	for (i = 0; i < NTHREADS; i++)
		pthread_create(&th[i], NULL, worker, (void *)(long)i);
	pthread_barrier_wait(&bar);
	snprintf(path, sizeof(path), "/proc/%d/task", getpid());
	dir = opendir(path);
	CHECK(dir != NULL, "opendir /proc/PID/task");
	while (dir && (d = readdir(dir))) {
		pid_t tid = atoi(d->d_name);

		if (!tid)
			continue;
		entries++;
		known += tid == getpid();
		for (i = 0; i < NTHREADS; i++)
			known += tid == tids[i];
	}
	if (dir)
		closedir(dir);
	CHECK(entries == NTHREADS + 1 && known == NTHREADS + 1,
	      "one directory per thread, named by the tids");
	snprintf(path, sizeof(path), "/proc/%d/task/%d/status", getpid(), tids[1]);
	CHECK(field(path, "\nPid:") == tids[1], "task/TID/status: Pid is the tid");
	CHECK(field(path, "Tgid:") == getpid(), "task/TID/status: Tgid is the process");
	dir = opendir("/proc");
	while (dir && (d = readdir(dir)))
		for (i = 0; i < NTHREADS; i++)
			in_proc += atoi(d->d_name) == tids[i];
	if (dir)
		closedir(dir);
	CHECK(in_proc == 0, "/proc lists the process, not its other threads");
	pthread_barrier_wait(&bar);
	for (i = 0; i < NTHREADS; i++)
		pthread_join(th[i], NULL);
	return check_done();
}
