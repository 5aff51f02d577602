/*
 * A system call through __kernel_vsyscall (AT_SYSINFO, on this kernel the
 * sysenter path) works when the caller single-steps into it with the
 * trap flag set: each step is a SIGTRAP to the process, the call itself
 * returns the right result, and nothing else happens, as on Linux. A
 * sysenter made outside the vDSO with a stack pointer of 0 kills only the
 * process that made it (SIGSEGV; SIGILL on a CPU without sysenter).
 */
#include "check.h"
#include <signal.h>
#include <sys/auxv.h>
#include <sys/ucontext.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int steps;

/* Count the step; stop stepping after many, so the test always ends. */
static void on_trap(int sig, siginfo_t *si, void *uc_)
{
	ucontext_t *uc = uc_;

	if (++steps > 10000)
		uc->uc_mcontext.gregs[REG_EFL] &= ~0x100;
}

int main(void)
{
	void *entry = (void *)getauxval(AT_SYSINFO);
	struct sigaction sa = { .sa_sigaction = on_trap, .sa_flags = SA_SIGINFO };
	long ret;

	CHECK(entry != NULL, "AT_SYSINFO is set");
	if (!entry)
		return check_done();
	sigaction(SIGTRAP, &sa, NULL);
	/* Set TF, call getpid (20) through the vDSO, clear TF. */
	asm volatile("pushfl\n\torl $0x100, (%%esp)\n\tpopfl\n\t"
		     "call *%1\n\t"
		     "pushfl\n\tandl $~0x100, (%%esp)\n\tpopfl"
		     : "=a"(ret) : "r"(entry), "0"(20L) : "memory", "cc");
	CHECK(ret == getpid(), "getpid single-stepped through __kernel_vsyscall");
	CHECK(steps > 0, "the steps were trapped");

	pid_t pid = fork();
	int status;

	if (pid == 0) {
		asm volatile("movl $0, %%ebp\n\tsysenter" : : "a"(20L) : "memory");
		_exit(0);
	}
	CHECK(waitpid(pid, &status, 0) == pid && WIFSIGNALED(status) &&
	      (WTERMSIG(status) == SIGSEGV || WTERMSIG(status) == SIGILL),
	      "a stray sysenter with no stack kills its process");
	return check_done();
}
