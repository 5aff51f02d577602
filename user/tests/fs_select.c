/*
 * select: an empty pipe's read end is not ready and its write end is; a
 * byte makes the read end ready; a write end whose reader is gone is
 * still "ready" (the write would fail at once) and a read end whose
 * writer is gone is ready (EOF); a regular file is always ready. The sets
 * come back holding only the ready fds, the result counts the bits (an fd
 * in two sets twice), a timeout gives 0 with empty sets and writes back
 * the time left. EBADF for a closed fd in a set, EINVAL for a negative n
 * or timeout. pselect6 waits under the mask it is given: a signal it lets
 * in runs its handler and the call is EINTR, and afterwards the old mask
 * is back. The old select (82) takes its arguments in memory.
 */
#include <fcntl.h>
#include <signal.h>
#include <sys/syscall.h>
#include <time.h>
#include <test.h>

struct tv32 { long sec, usec; };
struct ts32 { long sec, nsec; };
typedef unsigned long fdset[32];

#define SET(s, fd)	((s)[(fd) / 32] |= 1UL << ((fd) % 32))
#define ISSET(s, fd)	(((s)[(fd) / 32] >> ((fd) % 32)) & 1)

static long sel(int n, unsigned long *in, unsigned long *out, struct tv32 *tv)
{
	return syscall(__NR__newselect, n, in, out, NULL, tv);
}

static volatile int got_usr1;

static void on_usr1(int sig)
{
	got_usr1 = 1;
}

static long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int main(void)
{
	int p[2], q[2], f = open("selfile", O_RDWR | O_CREAT, 0644);
	struct tv32 zero = { 0, 0 }, tv;
	fdset in, out;
	long t0;

	ASSERT_TRUE(pipe(p) == 0 && pipe(q) == 0 && f >= 0, "pipes and a file");
	memset(in, 0, sizeof(in)), memset(out, 0, sizeof(out));
	SET(in, p[0]), SET(out, p[1]);
	EXPECT_EQ(sel(p[1] + 1, in, out, &zero), 1, "only the write end is ready");
	EXPECT_TRUE(!ISSET(in, p[0]) && ISSET(out, p[1]), "the sets say which");

	write(p[1], "x", 1);
	memset(in, 0, sizeof(in)), memset(out, 0, sizeof(out));
	SET(in, p[0]), SET(out, p[1]), SET(in, f), SET(out, f);
	EXPECT_EQ(sel(p[1] + 1, in, out, &zero), 4, "a byte in the pipe; the file twice");
	EXPECT_TRUE(ISSET(in, p[0]) && ISSET(out, p[1]) && ISSET(in, f) && ISSET(out, f), "all four");

	memset(in, 0, sizeof(in));
	SET(in, q[0]);
	tv.sec = 0, tv.usec = 100000;
	t0 = now_ms();
	EXPECT_EQ(sel(q[0] + 1, in, NULL, &tv), 0, "nothing comes: a timeout");
	EXPECT_TRUE(now_ms() - t0 >= 90, "after the 100 ms");
	EXPECT_TRUE(!ISSET(in, q[0]), "with an empty set");
	EXPECT_TRUE(tv.sec == 0 && tv.usec == 0, "and no time left");

	close(q[1]);
	memset(in, 0, sizeof(in));
	SET(in, q[0]);
	EXPECT_EQ(sel(q[0] + 1, in, NULL, NULL), 1, "a read end without writer is ready (EOF)");

	memset(in, 0, sizeof(in));
	SET(in, q[1]);
	EXPECT_ERRNO(sel(q[1] + 1, in, NULL, &zero), EBADF, "a closed fd in a set");
	EXPECT_ERRNO(sel(-1, NULL, NULL, &zero), EINVAL, "a negative n");
	tv.sec = -1, tv.usec = 0;
	EXPECT_ERRNO(sel(1, NULL, NULL, &tv), EINVAL, "a negative timeout");

	{
		struct { long n; void *in, *out, *ex; struct tv32 *tv; } args = { p[0] + 1, in, NULL, NULL, &zero };

		memset(in, 0, sizeof(in));
		SET(in, p[0]);
		EXPECT_EQ(syscall(__NR_select, &args), 1, "the old select, arguments in memory");
	}

	{
		struct sigaction sa;
		sigset_t block, empty, now;
		struct ts32 ts = { 5, 0 };
		unsigned long sig[2];

		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = on_usr1;
		sigaction(SIGUSR1, &sa, NULL);
		sigemptyset(&block);
		sigaddset(&block, SIGUSR1);
		sigprocmask(SIG_BLOCK, &block, NULL);
		kill(getpid(), SIGUSR1);
		EXPECT_EQ(got_usr1, 0, "blocked, SIGUSR1 waits");
		sigemptyset(&empty);
		sig[0] = (unsigned long)&empty, sig[1] = 8;
		EXPECT_ERRNO(syscall(__NR_pselect6, 0, NULL, NULL, NULL, &ts, sig), EINTR,
			     "pselect6 with an empty mask lets it in: EINTR");
		EXPECT_EQ(got_usr1, 1, "and its handler ran");
		sigprocmask(SIG_BLOCK, NULL, &now);
		EXPECT_TRUE(sigismember(&now, SIGUSR1), "the old mask is back");
		ts.nsec = 1000000000;
		EXPECT_ERRNO(syscall(__NR_pselect6, 0, NULL, NULL, NULL, &ts, NULL), EINVAL,
			     "a timespec of a second's nanoseconds");
	}
	return test_done();
}
