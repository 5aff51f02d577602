/*
 * CPU time of a process counts all its threads: two threads that each use
 * 200 ms of CPU (by their own CLOCK_THREAD_CPUTIME_ID) make the process's
 * CLOCK_PROCESS_CPUTIME_ID, getrusage(RUSAGE_SELF) and times() at least
 * 400 ms, while the main thread's own clock and RUSAGE_THREAD stay small -
 * also after the threads are gone. A parent's wait4 rusage of such a
 * child includes its threads' time.
 */
#include <pthread.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

#define SPIN_NS	200000000LL

static long long ns(clockid_t clock)
{
	struct timespec ts;

	clock_gettime(clock, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static long long tv_ns(const struct timeval *tv)
{
	return tv->tv_sec * 1000000000LL + tv->tv_usec * 1000LL;
}

static void *spin(void *arg)
{
	while (ns(CLOCK_THREAD_CPUTIME_ID) < SPIN_NS)
		;
	return arg;
}

static void spin_two(void)
{
	pthread_t a, b;

	pthread_create(&a, NULL, spin, NULL);
	pthread_create(&b, NULL, spin, NULL);
	pthread_join(a, NULL);
	pthread_join(b, NULL);
}

int main(void)
{
	struct rusage ru, rt;
	struct tms t;
	int status;
	pid_t pid;

	spin_two();
	CHECK(ns(CLOCK_PROCESS_CPUTIME_ID) >= 2 * SPIN_NS, "the process clock counts both threads");
	CHECK(ns(CLOCK_THREAD_CPUTIME_ID) < SPIN_NS, "the main thread's own clock does not");
	getrusage(RUSAGE_SELF, &ru);
	getrusage(RUSAGE_THREAD, &rt);
	CHECK(tv_ns(&ru.ru_utime) + tv_ns(&ru.ru_stime) >= 2 * SPIN_NS - 20000000,
	      "RUSAGE_SELF counts the exited threads (to a tick)");
	CHECK(tv_ns(&rt.ru_utime) + tv_ns(&rt.ru_stime) < SPIN_NS, "RUSAGE_THREAD is the caller's");
	times(&t);
	CHECK((t.tms_utime + t.tms_stime) * (1000000000LL / sysconf(_SC_CLK_TCK)) >=
	      2 * SPIN_NS - 20000000, "times() counts them too");

	pid = fork();
	if (pid == 0) {
		spin_two();
		_exit(0);
	}
	CHECK(wait4(pid, &status, 0, &ru) == pid, "wait4");
	CHECK(tv_ns(&ru.ru_utime) + tv_ns(&ru.ru_stime) >= 2 * SPIN_NS - 20000000,
	      "wait4's rusage of a child includes its threads");
	return check_done();
}
