/*
 * rt_sigprocmask: a blocked signal stays pending and its handler does not
 * run; unblocking delivers it before sigprocmask returns. The old mask comes
 * back in oldset. SIGKILL and SIGSTOP can never be blocked (silently left
 * out of the mask). A bad "how" or a sigsetsize other than 8 is EINVAL.
 */
#include <signal.h>
#include <sys/syscall.h>
#include <test.h>

static volatile int delivered;

static void on_usr1(int sig)
{
	delivered++;
}

int main(void)
{
	sigset_t set, old, cur;

	ASSERT_TRUE(signal(SIGUSR1, on_usr1) != SIG_ERR, "signal");
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	EXPECT_EQ(sigprocmask(SIG_BLOCK, &set, &old), 0, "block SIGUSR1");
	EXPECT_EQ(sigismember(&old, SIGUSR1), 0, "SIGUSR1 was not blocked before");

	EXPECT_EQ(kill(getpid(), SIGUSR1), 0, "kill self");
	EXPECT_EQ(kill(getpid(), SIGUSR1), 0, "kill self again");
	EXPECT_EQ(delivered, 0, "blocked signal not delivered");

	EXPECT_EQ(sigprocmask(SIG_UNBLOCK, &set, &old), 0, "unblock");
	EXPECT_EQ(sigismember(&old, SIGUSR1), 1, "old mask had SIGUSR1");
	EXPECT_EQ(delivered, 1, "delivered once on unblock (standard signals do not queue)");

	sigfillset(&set);
	EXPECT_EQ(sigprocmask(SIG_SETMASK, &set, NULL), 0, "block everything");
	EXPECT_EQ(sigprocmask(SIG_SETMASK, NULL, &cur), 0, "read the mask back");
	EXPECT_EQ(sigismember(&cur, SIGKILL), 0, "SIGKILL cannot be blocked");
	EXPECT_EQ(sigismember(&cur, SIGSTOP), 0, "SIGSTOP cannot be blocked");
	EXPECT_EQ(sigismember(&cur, SIGTERM), 1, "SIGTERM is blocked");

	EXPECT_ERRNO(sigprocmask(3, &set, NULL), EINVAL, "how = 3");
	EXPECT_EQ(__syscall(__NR_rt_sigprocmask, SIG_BLOCK, (long)&set, 0, 4, 0, 0),
		  -EINVAL, "sigsetsize 4");
	sigemptyset(&set);
	EXPECT_EQ(sigprocmask(SIG_SETMASK, &set, NULL), 0, "clear the mask");
	return test_done();
}
