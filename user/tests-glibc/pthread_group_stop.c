/*
 * Job control stops a whole process: SIGSTOP (or SIGTSTP) sent to a
 * process of busy threads stops every one of them - none runs until
 * SIGCONT, /proc/PID/task/TID/stat says T for each - and its parent's
 * waitpid(WUNTRACED) reports the stop once, with the signal. SIGCONT
 * starts them all again.
 */
#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

#define NTHREADS 3

static volatile unsigned long *counts;	/* shared with the parent */

static void *spin(void *arg)
{
	for (;;)
		counts[(long)arg]++;
	return arg;
}

static unsigned long total(void)
{
	unsigned long sum = 0;
	int i;

	for (i = 0; i <= NTHREADS; i++)
		sum += counts[i];
	return sum;
}

/* How many threads of pid have state `want` in their task/TID/stat. */
static int threads_in_state(pid_t pid, char want)
{
	char path[320], buf[512], *p;
	struct dirent *d;
	int n = 0, fd, len;
	DIR *dir;

	snprintf(path, sizeof(path), "/proc/%d/task", pid);
	dir = opendir(path);
	while (dir && (d = readdir(dir))) {
		if (d->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "/proc/%d/task/%s/stat", pid, d->d_name);
		fd = open(path, O_RDONLY);
		len = fd >= 0 ? read(fd, buf, sizeof(buf) - 1) : 0;
		if (fd >= 0)
			close(fd);
		buf[len > 0 ? len : 0] = 0;
		p = strrchr(buf, ')');
		n += p && p[1] == ' ' && p[2] == want;
	}
	if (dir)
		closedir(dir);
	return n;
}

int main(void)
{
	unsigned long before, after;
	pthread_t th;
	int status;
	long i;
	pid_t pid;

	counts = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	pid = fork();
	if (pid == 0) {
		for (i = 1; i <= NTHREADS; i++)
			pthread_create(&th, NULL, spin, (void *)i);
		spin(0);
	}
	while (!counts[NTHREADS])
		usleep(1000);
	kill(pid, SIGSTOP);
	CHECK(waitpid(pid, &status, WUNTRACED) == pid, "waitpid(WUNTRACED)");
	CHECK(WIFSTOPPED(status) && WSTOPSIG(status) == SIGSTOP, "the process stopped, with SIGSTOP");
	before = total();
	usleep(100000);
	after = total();
	CHECK(before == after, "no thread ran while the process was stopped");
	CHECK(threads_in_state(pid, 'T') == NTHREADS + 1, "every thread's state is T");
	CHECK(waitpid(pid, &status, WUNTRACED | WNOHANG) == 0, "the stop is reported once");
	kill(pid, SIGCONT);
	usleep(100000);
	CHECK(total() != after, "SIGCONT started them again");
	CHECK(threads_in_state(pid, 'T') == 0, "no thread is stopped after SIGCONT");
	kill(pid, SIGKILL);
	CHECK(waitpid(pid, &status, 0) == pid && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
	      "SIGKILL ends it");
	return check_done();
}
