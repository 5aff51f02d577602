/*
 * Signals on the Linux i386 ABI. sigset_t, siginfo_t and ucontext_t have the
 * layout the kernel writes into a signal frame, so an SA_SIGINFO handler reads
 * si_addr, si_code and the saved registers exactly as on Linux.
 */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#include_next <signal.h>	/* signal numbers, SA_*, SIG_BLOCK..., SS_* */
#include <siginfo.h>		/* si_code values */
#include <sys/types.h>

#define SIGRTMAX	64
#define _NSIG		65	/* signals are 1.._NSIG-1 */
#define NSIG		_NSIG

typedef void (*sighandler_t)(int);
#define SIG_DFL		((sighandler_t)0)
#define SIG_IGN		((sighandler_t)1)
#define SIG_ERR		((sighandler_t)-1)

/* The kernel's 64-bit signal set (rt_sigprocmask's sigsetsize is 8). */
typedef struct {
	unsigned long sig[2];
} sigset_t;

typedef int sig_atomic_t;

union sigval {
	int sival_int;
	void *sival_ptr;
};

/* Linux's siginfo: 128 bytes, the union starts at offset 12. */
typedef struct {
	int si_signo;
	int si_errno;
	int si_code;
	union {
		int _pad[29];
		struct {		/* kill, SIGCHLD */
			pid_t _pid;
			uid_t _uid;
			int _status;	/* SIGCHLD: exit code or signal */
			clock_t _utime;
			clock_t _stime;
		} _kill;
		struct {		/* SIGSEGV, SIGBUS, SIGILL, SIGFPE */
			void *_addr;	/* faulting address or instruction */
		} _fault;
		struct {		/* POSIX timers, sigqueue */
			int _tid;
			int _overrun;
			union sigval _sigval;
		} _timer;
	} _sifields;
} siginfo_t;

#define si_pid		_sifields._kill._pid
#define si_uid		_sifields._kill._uid
#define si_status	_sifields._kill._status
#define si_utime	_sifields._kill._utime
#define si_stime	_sifields._kill._stime
#define si_addr		_sifields._fault._addr
#define si_value	_sifields._timer._sigval

typedef struct {
	void *ss_sp;
	int ss_flags;
	size_t ss_size;
} stack_t;

/* Indices into mcontext_t.gregs: the order of Linux's struct sigcontext. */
enum {
	REG_GS, REG_FS, REG_ES, REG_DS, REG_EDI, REG_ESI, REG_EBP, REG_ESP,
	REG_EBX, REG_EDX, REG_ECX, REG_EAX, REG_TRAPNO, REG_ERR, REG_EIP,
	REG_CS, REG_EFL, REG_UESP, REG_SS, NGREG
};

/* struct sigcontext of Linux i386; sigreturn restores the registers from it. */
typedef struct {
	unsigned long gregs[NGREG];
	void *fpregs;			/* struct _fpstate *, or NULL */
	unsigned long oldmask;
	unsigned long cr2;		/* page-fault address */
} mcontext_t;

typedef struct ucontext {
	unsigned long uc_flags;
	struct ucontext *uc_link;
	stack_t uc_stack;
	mcontext_t uc_mcontext;
	sigset_t uc_sigmask;		/* mask restored by rt_sigreturn */
} ucontext_t;

/*
 * The C library's sigaction. sigaction() passes it to rt_sigaction in the
 * kernel's order (handler, flags, restorer, mask) and always supplies the
 * SA_RESTORER trampoline that calls rt_sigreturn, as glibc does on i386.
 */
struct sigaction {
	union {
		sighandler_t sa_handler;
		void (*sa_sigaction)(int, siginfo_t *, void *);
	};
	sigset_t sa_mask;
	unsigned long sa_flags;
	void (*sa_restorer)(void);
};

int sigaction(int sig, const struct sigaction *act, struct sigaction *oldact);
int sigprocmask(int how, const sigset_t *set, sigset_t *oldset);
/* signal(): installs handler with SA_RESTART; returns the old one or SIG_ERR. */
sighandler_t signal(int sig, sighandler_t handler);
int kill(pid_t pid, int sig);
int raise(int sig);
/* kill(-pgrp, sig) (user/lib/job.c). */
int killpg(pid_t pgrp, int sig);
/* Wait with mask in force until a handler has run; always -1 with EINTR. */
int sigsuspend(const sigset_t *mask);
/* The blocked signals that are pending. */
int sigpending(sigset_t *set);

int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int sig);
int sigdelset(sigset_t *set, int sig);
int sigismember(const sigset_t *set, int sig);

/* "SIGSEGV" for 11, "SIG?" for a number without a name. */
const char *signame(int sig);

/* The trampoline the kernel's signal frame returns to (rt_sigreturn). */
void __restore_rt(void);

#endif
