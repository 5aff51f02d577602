/*
 * Signal numbers and the flags of rt_sigaction, rt_sigprocmask and
 * sigaltstack, the Linux i386 values (arch/x86/include/uapi/asm/signal.h,
 * include/uapi/asm-generic/signal-defs.h). Shared by the kernel
 * (<uapi/signal.h>) and the user library (<signal.h>); the handler type and
 * SIG_DFL/SIG_IGN are each side's own, as the kernel keeps handlers as
 * plain user addresses.
 */
#ifndef UAPI_SIGNAL_H
#define UAPI_SIGNAL_H

#define SIGHUP		 1
#define SIGINT		 2
#define SIGQUIT		 3
#define SIGILL		 4
#define SIGTRAP		 5
#define SIGABRT		 6
#define SIGIOT		 6
#define SIGBUS		 7
#define SIGFPE		 8
#define SIGKILL		 9
#define SIGUSR1		10
#define SIGSEGV		11
#define SIGUSR2		12
#define SIGPIPE		13
#define SIGALRM		14
#define SIGTERM		15
#define SIGSTKFLT	16
#define SIGCHLD		17
#define SIGCONT		18
#define SIGSTOP		19
#define SIGTSTP		20
#define SIGTTIN		21
#define SIGTTOU		22
#define SIGURG		23
#define SIGXCPU		24
#define SIGXFSZ		25
#define SIGVTALRM	26
#define SIGPROF		27
#define SIGWINCH	28
#define SIGIO		29
#define SIGPWR		30
#define SIGSYS		31
#define SIGRTMIN	32

/* sa_flags */
#define SA_NOCLDSTOP	0x00000001
#define SA_NOCLDWAIT	0x00000002
#define SA_SIGINFO	0x00000004	/* three-argument handler with siginfo */
#define SA_RESTORER	0x04000000	/* sa_restorer is the return trampoline */
#define SA_ONSTACK	0x08000000	/* run on the sigaltstack stack */
#define SA_RESTART	0x10000000
#define SA_NODEFER	0x40000000
#define SA_RESETHAND	0x80000000

/* rt_sigprocmask "how" */
#define SIG_BLOCK	0
#define SIG_UNBLOCK	1
#define SIG_SETMASK	2

/* sigaltstack ss_flags */
#define SS_ONSTACK	1
#define SS_DISABLE	2
#define SS_AUTODISARM	(1U << 31)	/* disarm the stack while a handler runs on it */

#define MINSIGSTKSZ	2048	/* smallest stack sigaltstack accepts, bytes */
#define SIGSTKSZ	8192	/* a suggested alternate stack size, bytes */

#endif
