/*
 * alarm(s) sends SIGALRM after s seconds; pause() sleeps until a handler
 * has run and then fails with EINTR; rt_sigsuspend waits with a temporary
 * mask (SIGALRM unblocked) and puts the old mask back afterwards. A second
 * alarm call returns the seconds left of the first; alarm(0) cancels.
 */
#include <signal.h>
#include <sys/syscall.h>
#include <test.h>

static volatile int got;

static void on_alarm(int sig)
{
	got = sig;
}

int main(void)
{
	sigset_t mask, empty;

	signal(SIGALRM, on_alarm);
	EXPECT_EQ(syscall(__NR_alarm, 1), 0, "alarm(1): no earlier alarm");
	EXPECT_ERRNO(syscall(__NR_pause), EINTR, "pause returns EINTR after the handler");
	EXPECT_EQ(got, SIGALRM, "the SIGALRM handler ran");

	got = 0;
	sigemptyset(&mask);
	sigaddset(&mask, SIGALRM);
	sigprocmask(SIG_BLOCK, &mask, NULL);
	syscall(__NR_alarm, 1);
	sigemptyset(&empty);
	EXPECT_ERRNO(syscall(__NR_rt_sigsuspend, &empty, 8), EINTR, "rt_sigsuspend returns EINTR");
	EXPECT_EQ(got, SIGALRM, "SIGALRM handled inside rt_sigsuspend");
	sigprocmask(SIG_BLOCK, NULL, &mask);
	EXPECT_EQ(sigismember(&mask, SIGALRM), 1, "the old mask is back afterwards");

	EXPECT_EQ(syscall(__NR_alarm, 5), 0, "alarm(5)");
	EXPECT_EQ(syscall(__NR_alarm, 0), 5, "alarm(0) cancels it and returns 5");
	return test_done();
}
