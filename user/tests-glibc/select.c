/*
 * select and pselect as Linux's: a pipe's read end is ready only once it
 * holds data, its write end at once; the ready sets come back with only
 * the ready descriptors; a timeout returns 0 after about its time; a
 * closed descriptor is EBADF, a negative count EINVAL; a signal handler
 * interrupts the wait (EINTR), and pselect's mask is in force only while
 * it waits.
 */
#include "check.h"
#include <signal.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>

static volatile int alarms;

static void on_alarm(int sig)
{
	alarms++;
}

static long ms_since(const struct timespec *t0)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (t.tv_sec - t0->tv_sec) * 1000 + (t.tv_nsec - t0->tv_nsec) / 1000000;
}

int main(void)
{
	int p[2];
	fd_set r, w;
	struct timeval tv = { 0, 0 };
	struct timespec ts = { 0, 50 * 1000000 }, t0;
	sigset_t block, old;

	CHECK(pipe(p) == 0, "pipe");
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	CHECK(select(p[0] + 1, &r, NULL, NULL, &tv) == 0 && !FD_ISSET(p[0], &r),
	      "an empty pipe is not readable");
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	FD_ZERO(&w);
	FD_SET(p[1], &w);
	tv.tv_sec = 0;
	tv.tv_usec = 0;
	CHECK(select(p[1] + 1, &r, &w, NULL, &tv) == 1 && !FD_ISSET(p[0], &r) &&
	      FD_ISSET(p[1], &w), "its write end is writable, only that is set");
	CHECK(write(p[1], "x", 1) == 1, "write a byte");
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	CHECK(select(p[0] + 1, &r, NULL, NULL, NULL) == 1 && FD_ISSET(p[0], &r),
	      "now readable (no timeout: waits for ever)");
	CHECK(read(p[0], (char[1]){ 0 }, 1) == 1, "read it");

	clock_gettime(CLOCK_MONOTONIC, &t0);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	CHECK(pselect(p[0] + 1, &r, NULL, NULL, &ts, NULL) == 0, "pselect times out: 0");
	CHECK(ms_since(&t0) >= 40, "after about 50 ms");

	close(p[1]);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	CHECK(select(p[0] + 1, &r, NULL, NULL, NULL) == 1 && FD_ISSET(p[0], &r),
	      "a pipe without writers is readable (end of file)");
	close(p[0]);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	errno = 0;
	CHECK(select(p[0] + 1, &r, NULL, NULL, NULL) == -1 && errno == EBADF,
	      "a closed descriptor is EBADF");
	errno = 0;
	CHECK(select(-1, NULL, NULL, NULL, NULL) == -1 && errno == EINVAL, "n < 0 is EINVAL");

	signal(SIGALRM, on_alarm);
	sigemptyset(&block);
	sigaddset(&block, SIGALRM);
	sigprocmask(SIG_BLOCK, &block, &old);
	alarm(1);
	ts.tv_sec = 5;
	ts.tv_nsec = 0;
	errno = 0;
	CHECK(pselect(0, NULL, NULL, NULL, &ts, &old) == -1 && errno == EINTR && alarms == 1,
	      "pselect with SIGALRM unblocked in its mask: the handler runs, EINTR");
	sigprocmask(SIG_SETMASK, NULL, &block);
	CHECK(sigismember(&block, SIGALRM), "afterwards SIGALRM is blocked again");
	return check_done();
}
