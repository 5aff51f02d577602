/*
 * Signal actions and masks. The kernel's rt_sigaction takes its own struct
 * (handler, flags, restorer, mask) and the size of the mask (8 bytes on
 * i386). Like glibc, sigaction() always sets SA_RESTORER with __restore_rt
 * as the restorer: the kernel then makes the handler return into that
 * trampoline, which calls rt_sigreturn.
 *
 * Unlike glibc, every handler is installed with SA_SIGINFO. Linux builds
 * the old-style frame (returning through sigreturn, 119) for a handler
 * without SA_SIGINFO and the rt frame (rt_sigreturn, 173) for one with it;
 * by always asking for the rt frame, our programs need only rt_sigreturn
 * from the kernel. A plain handler(int) called with the extra siginfo and
 * ucontext arguments simply ignores them (the caller pops arguments on
 * i386). The flag the program itself asked for is remembered per signal so
 * that sigaction() reports the flags back as they were set.
 */
#include <setjmp.h>
#include <signal.h>
#include <string.h>
#include "libc.h"

struct kernel_sigaction {
	void *handler;
	unsigned long flags;
	void (*restorer)(void);
	sigset_t mask;
};

/* Signals whose handler the program installed with SA_SIGINFO itself. */
static sigset_t asked_siginfo;

int sigaction(int sig, const struct sigaction *act, struct sigaction *oldact)
{
	struct kernel_sigaction kact, kold;
	int asked_before = sig > 0 && sig < _NSIG && sigismember(&asked_siginfo, sig);
	long r;

	if (act) {
		kact.handler = (void *)act->sa_handler;
		kact.flags = act->sa_flags | SA_RESTORER;
		if (act->sa_handler != SIG_DFL && act->sa_handler != SIG_IGN)
			kact.flags |= SA_SIGINFO;
		kact.restorer = __restore_rt;
		kact.mask = act->sa_mask;
	}
	r = SYSCALL4(__NR_rt_sigaction, sig, act ? &kact : NULL,
		     oldact ? &kold : NULL, sizeof(sigset_t));
	if (r < 0)
		return __sys_ret(r);
	if (act && (act->sa_flags & SA_SIGINFO))
		sigaddset(&asked_siginfo, sig);
	else if (act)
		sigdelset(&asked_siginfo, sig);
	if (oldact) {
		oldact->sa_handler = (sighandler_t)kold.handler;
		oldact->sa_flags = kold.flags;
		if (!asked_before)
			oldact->sa_flags &= ~SA_SIGINFO;
		oldact->sa_restorer = kold.restorer;
		oldact->sa_mask = kold.mask;
	}
	return 0;
}

int sigprocmask(int how, const sigset_t *set, sigset_t *oldset)
{
	return __sys_ret(SYSCALL4(__NR_rt_sigprocmask, how, set, oldset,
				  sizeof(sigset_t)));
}

sighandler_t signal(int sig, sighandler_t handler)
{
	struct sigaction sa, old;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler;
	sa.sa_flags = SA_RESTART;
	if (sigaction(sig, &sa, &old) < 0)
		return SIG_ERR;
	return old.sa_handler;
}

static int sig_valid(int sig)
{
	if (sig < 1 || sig >= _NSIG) {
		errno = EINVAL;
		return 0;
	}
	return 1;
}

int sigemptyset(sigset_t *set)
{
	set->sig[0] = set->sig[1] = 0;
	return 0;
}

int sigfillset(sigset_t *set)
{
	set->sig[0] = set->sig[1] = ~0UL;
	return 0;
}

int sigaddset(sigset_t *set, int sig)
{
	if (!sig_valid(sig))
		return -1;
	set->sig[(sig - 1) / 32] |= 1UL << ((sig - 1) % 32);
	return 0;
}

int sigdelset(sigset_t *set, int sig)
{
	if (!sig_valid(sig))
		return -1;
	set->sig[(sig - 1) / 32] &= ~(1UL << ((sig - 1) % 32));
	return 0;
}

int sigismember(const sigset_t *set, int sig)
{
	if (!sig_valid(sig))
		return -1;
	return (set->sig[(sig - 1) / 32] >> ((sig - 1) % 32)) & 1;
}

static const char *const sig_names[32] = {
	[SIGHUP] = "SIGHUP", [SIGINT] = "SIGINT", [SIGQUIT] = "SIGQUIT",
	[SIGILL] = "SIGILL", [SIGTRAP] = "SIGTRAP", [SIGABRT] = "SIGABRT",
	[SIGBUS] = "SIGBUS", [SIGFPE] = "SIGFPE", [SIGKILL] = "SIGKILL",
	[SIGUSR1] = "SIGUSR1", [SIGSEGV] = "SIGSEGV", [SIGUSR2] = "SIGUSR2",
	[SIGPIPE] = "SIGPIPE", [SIGALRM] = "SIGALRM", [SIGTERM] = "SIGTERM",
	[SIGSTKFLT] = "SIGSTKFLT", [SIGCHLD] = "SIGCHLD", [SIGCONT] = "SIGCONT",
	[SIGSTOP] = "SIGSTOP", [SIGTSTP] = "SIGTSTP", [SIGTTIN] = "SIGTTIN",
	[SIGTTOU] = "SIGTTOU", [SIGURG] = "SIGURG", [SIGXCPU] = "SIGXCPU",
	[SIGXFSZ] = "SIGXFSZ", [SIGVTALRM] = "SIGVTALRM", [SIGPROF] = "SIGPROF",
	[SIGWINCH] = "SIGWINCH", [SIGIO] = "SIGIO", [SIGPWR] = "SIGPWR",
	[SIGSYS] = "SIGSYS",
};

const char *signame(int sig)
{
	if (sig > 0 && sig < 32 && sig_names[sig])
		return sig_names[sig];
	return "SIG?";
}

/* Second half of sigsetjmp (setjmp.S): saves the mask, returns 0. */
__attribute__((used)) int __sigsetjmp_save(struct __jmp_buf *env)
{
	sigprocmask(SIG_BLOCK, NULL, &env->mask);
	return 0;
}

void __longjmp(struct __jmp_buf *env, int val) __attribute__((noreturn));

void siglongjmp(sigjmp_buf env, int val)
{
	if (env->mask_saved)
		sigprocmask(SIG_SETMASK, &env->mask, NULL);
	__longjmp(env, val ? val : 1);
}

void longjmp(jmp_buf env, int val)
{
	siglongjmp(env, val);
}
