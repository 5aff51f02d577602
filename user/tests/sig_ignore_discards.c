/*
 * Setting a signal's action to SIG_IGN discards it if it is pending, even
 * while blocked: installing a handler again and unblocking delivers nothing.
 */
#include <signal.h>
#include <test.h>

static volatile int got;

static void on_usr2(int sig)
{
	got++;
}

int main(void)
{
	sigset_t set;

	signal(SIGUSR2, on_usr2);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	sigprocmask(SIG_BLOCK, &set, NULL);
	raise(SIGUSR2);
	signal(SIGUSR2, SIG_IGN);
	signal(SIGUSR2, on_usr2);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	EXPECT_EQ(got, 0, "the pending signal was discarded by SIG_IGN");

	raise(SIGUSR2);
	EXPECT_EQ(got, 1, "a new signal is delivered");
	return test_done();
}
