/*
 * glibc's signal() and sigaction() without SA_SIGINFO install handlers
 * that return through sigreturn (119); with SA_SIGINFO through
 * rt_sigreturn. Both return to the interrupted code with its state intact;
 * alarm + pause wait for a signal.
 */
#include <signal.h>
#include <unistd.h>
#include "check.h"

static volatile sig_atomic_t plain, info, alarmed;
static volatile int info_code;

static void on_usr1(int sig) { plain += sig == SIGUSR1; }
static void on_alarm(int sig) { alarmed = 1; }

static void on_usr2(int sig, siginfo_t *si, void *uc)
{
	info++;
	info_code = si->si_code;
}

int main(void)
{
	struct sigaction sa = { 0 };
	double x = 1.5;

	CHECK(signal(SIGUSR1, on_usr1) != SIG_ERR, "signal()");
	CHECK(raise(SIGUSR1) == 0 && plain == 1, "a plain handler runs and returns");
	CHECK(raise(SIGUSR1) == 0 && plain == 2, "and again (signal() keeps it)");
	sa.sa_sigaction = on_usr2;
	sa.sa_flags = SA_SIGINFO;
	CHECK(sigaction(SIGUSR2, &sa, NULL) == 0, "sigaction(SA_SIGINFO)");
	CHECK(kill(getpid(), SIGUSR2) == 0 && info == 1, "a siginfo handler runs");
	CHECK(info_code == SI_USER, "si_code SI_USER from kill");
	CHECK(x * 2 == 3.0, "FPU state survives the handlers");
	signal(SIGALRM, on_alarm);
	alarm(1);
	pause();
	CHECK(alarmed, "alarm and pause");
	return check_done();
}
