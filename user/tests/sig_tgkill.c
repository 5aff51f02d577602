/*
 * tgkill(tgid, tid, sig) and tkill(tid, sig) signal one thread, with
 * si_code SI_TKILL (what glibc's raise uses). A tid outside the named
 * group is ESRCH; a tgid or tid that is not positive, or a bad signal, is
 * EINVAL; signal 0 only checks.
 */
#include <signal.h>
#include <sys/syscall.h>
#include <test.h>

static volatile int got, code;

static void handler(int sig, siginfo_t *si, void *uc)
{
	got = sig;
	code = si->si_code;
}

int main(void)
{
	struct sigaction sa;
	pid_t me = getpid();

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	ASSERT_TRUE(sigaction(SIGUSR1, &sa, NULL) == 0, "sigaction");
	EXPECT_EQ(syscall(__NR_tgkill, me, syscall(__NR_gettid), SIGUSR1), 0, "tgkill");
	EXPECT_EQ(got, SIGUSR1, "the handler ran");
	EXPECT_EQ(code, SI_TKILL, "si_code SI_TKILL");
	got = 0;
	EXPECT_EQ(syscall(__NR_tkill, me, SIGUSR1), 0, "tkill");
	EXPECT_EQ(got, SIGUSR1, "the handler ran again");
	EXPECT_EQ(syscall(__NR_tgkill, me, me, 0), 0, "signal 0 checks only");
	EXPECT_ERRNO(syscall(__NR_tgkill, 1, me, SIGUSR1), ESRCH, "a tid outside group 1");
	EXPECT_ERRNO(syscall(__NR_tgkill, 0, me, SIGUSR1), EINVAL, "tgid 0");
	EXPECT_ERRNO(syscall(__NR_tgkill, me, 0, SIGUSR1), EINVAL, "tid 0");
	EXPECT_ERRNO(syscall(__NR_tkill, -1, SIGUSR1), EINVAL, "tid -1");
	EXPECT_ERRNO(syscall(__NR_tgkill, me, me, 65), EINVAL, "signal 65");
	return test_done();
}
