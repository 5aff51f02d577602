/*
 * A signal sent with kill() to oneself is delivered before kill() returns,
 * with si_code SI_USER and si_pid the sender. The handler's arguments are
 * the signal number, the siginfo and the ucontext.
 */
#include <signal.h>
#include <test.h>

static volatile int hits, seen_sig, seen_signo, seen_code, seen_pid;

static void handler(int sig, siginfo_t *si, void *ctx)
{
	hits++;
	seen_sig = sig;
	seen_signo = si->si_signo;
	seen_code = si->si_code;
	seen_pid = si->si_pid;
}

int main(void)
{
	struct sigaction sa, old;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	ASSERT_TRUE(sigaction(SIGUSR2, &sa, NULL) == 0, "sigaction");

	EXPECT_EQ(kill(getpid(), SIGUSR2), 0, "kill self");
	EXPECT_EQ(hits, 1, "delivered before kill returned");
	EXPECT_EQ(seen_sig, SIGUSR2, "handler's first argument");
	EXPECT_EQ(seen_signo, SIGUSR2, "si_signo");
	EXPECT_EQ(seen_code, SI_USER, "si_code");
	EXPECT_EQ(seen_pid, getpid(), "si_pid");

	EXPECT_EQ(sigaction(SIGUSR2, NULL, &old), 0, "read the action back");
	EXPECT_PTR_EQ(old.sa_sigaction, handler, "old handler");
	EXPECT_TRUE(old.sa_flags & SA_SIGINFO, "old flags keep SA_SIGINFO");
	EXPECT_TRUE(old.sa_flags & SA_RESTORER, "the library installed a restorer");
	return test_done();
}
