/*
 * fork from a thread: the child is a new process with one thread (the
 * one that forked) and a copy of the whole address space, its parent is
 * the forking process (getppid is its pid), and wait in any thread of
 * the parent - here the main thread - reaps it.
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static volatile int value = 1;
static pid_t child;

/* The "Threads:" line of /proc/self/status. */
static int threads_now(void)
{
	char buf[2048], *p;
	int fd = open("/proc/self/status", O_RDONLY), n;

	if (fd < 0)
		return -1;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	buf[n > 0 ? n : 0] = 0;
	p = strstr(buf, "Threads:");
	return p ? atoi(p + 8) : -1;
}

static void *forker(void *arg)
{
	pid_t parent = getpid();

	value = 2;
	child = fork();
	if (child == 0) {
		int ok = getppid() == parent && value == 2 && threads_now() == 1;

		value = 3;	/* the parent's copy stays 2 */
		_exit(ok ? 7 : 1);
	}
	return arg;
}

int main(void)
{
	pthread_t th;
	int status;

	CHECK(pthread_create(&th, NULL, forker, NULL) == 0, "pthread_create");
	pthread_join(th, NULL);
	CHECK(child > 0, "fork in a thread");
	CHECK(waitpid(child, &status, 0) == child, "the main thread reaps the thread's child");
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 7,
	      "the child had one thread, the memory as at fork, and the forking process as parent");
	CHECK(value == 2, "the child's writes stay in the child");
	return check_done();
}
