/*
 * rt_sigaction and rt_sigprocmask reject what Linux rejects: a sigset size
 * other than 8 -> EINVAL; signal 0, 65 or a negative one -> EINVAL; a
 * handler for SIGKILL or SIGSTOP -> EINVAL (but reading their action is
 * fine); a bad pointer for the new or old action -> EFAULT; sigprocmask
 * with an unknown "how" -> EINVAL. SIGKILL and SIGSTOP can never be
 * blocked: asking for it is silently ignored.
 */
#include <sys/syscall.h>
#include <test.h>

struct ksigaction {
	void *handler;
	unsigned long flags;
	void *restorer;
	unsigned long mask[2];
};

static long sys_sigaction(long sig, void *act, void *old, long size)
{
	return __syscall(__NR_rt_sigaction, sig, (long)act, (long)old, size, 0, 0);
}

static void on_usr1(int sig)
{
	(void)sig;
}

int main(void)
{
	struct ksigaction act, old;
	unsigned long set[2] = { ~0UL, ~0UL }, got[2];

	memset(&act, 0, sizeof(act));
	act.handler = (void *)on_usr1;
	EXPECT_EQ(sys_sigaction(SIGUSR1, &act, NULL, 4), -EINVAL, "sigset size 4");
	EXPECT_EQ(sys_sigaction(SIGUSR1, &act, NULL, 16), -EINVAL, "sigset size 16");
	EXPECT_EQ(sys_sigaction(0, &act, NULL, 8), -EINVAL, "signal 0");
	EXPECT_EQ(sys_sigaction(65, &act, NULL, 8), -EINVAL, "signal 65");
	EXPECT_EQ(sys_sigaction(-1, &act, NULL, 8), -EINVAL, "signal -1");
	EXPECT_EQ(sys_sigaction(SIGKILL, &act, NULL, 8), -EINVAL, "a SIGKILL handler");
	EXPECT_EQ(sys_sigaction(SIGSTOP, &act, NULL, 8), -EINVAL, "a SIGSTOP handler");
	EXPECT_EQ(sys_sigaction(SIGKILL, NULL, &old, 8), 0, "reading SIGKILL's action");
	EXPECT_EQ(sys_sigaction(SIGUSR1, (void *)0xfffff000UL, NULL, 8), -EFAULT, "act in the kernel half");
	EXPECT_EQ(sys_sigaction(SIGUSR1, (void *)1, NULL, 8), -EFAULT, "act at address 1");
	EXPECT_EQ(sys_sigaction(SIGUSR1, &act, (void *)0xfffff000UL, 8), -EFAULT, "oldact in the kernel half");

	EXPECT_EQ(__syscall(__NR_rt_sigprocmask, 7, (long)set, 0, 8, 0, 0), -EINVAL, "how = 7");
	EXPECT_EQ(__syscall(__NR_rt_sigprocmask, SIG_BLOCK, (long)set, 0, 4, 0, 0), -EINVAL, "size 4");
	EXPECT_EQ(__syscall(__NR_rt_sigprocmask, SIG_BLOCK, 0xfffff000L, 0, 8, 0, 0), -EFAULT, "set in the kernel half");
	EXPECT_EQ(__syscall(__NR_rt_sigprocmask, SIG_SETMASK, (long)set, (long)got, 8, 0, 0), 0, "block everything");
	EXPECT_EQ(__syscall(__NR_rt_sigprocmask, SIG_SETMASK, 0, (long)got, 8, 0, 0), 0, "read the mask");
	EXPECT_EQ(got[0] & (1UL << (SIGKILL - 1)), 0, "SIGKILL is not blocked");
	EXPECT_EQ(got[0] & (1UL << (SIGSTOP - 1)), 0, "SIGSTOP is not blocked");
	EXPECT_NE(got[0] & (1UL << (SIGUSR1 - 1)), 0, "SIGUSR1 is blocked");
	set[0] = set[1] = 0;
	__syscall(__NR_rt_sigprocmask, SIG_SETMASK, (long)set, 0, 8, 0, 0);
	return test_done();
}
