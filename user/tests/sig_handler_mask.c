/*
 * While a handler runs, its own signal and the signals of sa_mask are
 * blocked (unless SA_NODEFER); uc_sigmask holds the mask of the interrupted
 * code, and returning from the handler restores that mask.
 */
#include <signal.h>
#include <test.h>

static volatile int ran;
static sigset_t inside;
static ucontext_t saved_uc;

static void handler(int sig, siginfo_t *si, void *ctx)
{
	ran++;
	sigprocmask(SIG_BLOCK, NULL, &inside);
	saved_uc.uc_sigmask = ((ucontext_t *)ctx)->uc_sigmask;
}

int main(void)
{
	struct sigaction sa;
	sigset_t before, after;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGUSR2);
	ASSERT_TRUE(sigaction(SIGUSR1, &sa, NULL) == 0, "sigaction");

	sigemptyset(&before);
	sigaddset(&before, SIGTERM);
	sigprocmask(SIG_SETMASK, &before, NULL);

	raise(SIGUSR1);
	EXPECT_EQ(ran, 1, "handler ran");
	EXPECT_EQ(sigismember(&inside, SIGUSR1), 1, "own signal blocked inside");
	EXPECT_EQ(sigismember(&inside, SIGUSR2), 1, "sa_mask blocked inside");
	EXPECT_EQ(sigismember(&inside, SIGTERM), 1, "old mask kept inside");
	EXPECT_EQ(sigismember(&saved_uc.uc_sigmask, SIGUSR1), 0, "uc_sigmask: SIGUSR1");
	EXPECT_EQ(sigismember(&saved_uc.uc_sigmask, SIGTERM), 1, "uc_sigmask: SIGTERM");

	sigprocmask(SIG_SETMASK, NULL, &after);
	EXPECT_EQ(sigismember(&after, SIGUSR1), 0, "SIGUSR1 unblocked after return");
	EXPECT_EQ(sigismember(&after, SIGUSR2), 0, "SIGUSR2 unblocked after return");
	EXPECT_EQ(sigismember(&after, SIGTERM), 1, "SIGTERM still blocked after return");

	/* SA_NODEFER: the signal stays unblocked in its handler. */
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
	EXPECT_EQ(ran, 2, "handler ran again");
	EXPECT_EQ(sigismember(&inside, SIGUSR1), 0, "SA_NODEFER leaves it unblocked");
	return test_done();
}
