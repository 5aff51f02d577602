/*
 * execve from a thread that is not the first one: every other thread of
 * the process is killed (also one asleep in a futex wait), the exec'ing
 * thread becomes the process's only thread and keeps its process id
 * (getpid after the exec is the same, and so is gettid), and the parent
 * sees the new program's exit status as the process's.
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t never = PTHREAD_COND_INITIALIZER;
static char *self;

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

static void *sleeper(void *arg)
{
	pthread_mutex_lock(&m);
	for (;;)
		pthread_cond_wait(&never, &m);
	return arg;
}

static void *execer(void *arg)
{
	char pid[16];

	snprintf(pid, sizeof(pid), "%d", getpid());
	execl("/proc/self/exe", self, "after", pid, (char *)NULL);
	return arg;
}

int main(int argc, char **argv)
{
	pthread_t th;
	pid_t pid;
	int status;

	if (argc == 3 && !strcmp(argv[1], "after")) {
		int ok = getpid() == atoi(argv[2]) && syscall(SYS_gettid) == getpid() &&
			 threads_now() == 1;
		return ok ? 42 : 1;
	}
	self = argv[0];
	pid = fork();
	if (pid == 0) {
		pthread_create(&th, NULL, sleeper, NULL);
		pthread_create(&th, NULL, sleeper, NULL);
		usleep(10000);
		pthread_create(&th, NULL, execer, NULL);
		for (;;)
			pause();
	}
	CHECK(pid > 0, "fork");
	CHECK(waitpid(pid, &status, 0) == pid, "waitpid");
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 42,
	      "the exec'd program ran alone, with the process's pid");
	return check_done();
}
