/*
 * si_code values of siginfo_t, the Linux values (include/uapi/asm-generic/
 * siginfo.h): why a signal was sent. Shared by the kernel
 * (<uapi/siginfo.h>) and the user library (<signal.h>).
 */
#ifndef UAPI_SIGINFO_H
#define UAPI_SIGINFO_H

#define SI_USER		0	/* kill() */
#define SI_KERNEL	0x80
#define SI_QUEUE	(-1)
#define SI_TKILL	(-6)

/* SIGILL */
#define ILL_ILLOPC	1
#define ILL_ILLOPN	2
#define ILL_ILLADR	3
#define ILL_ILLTRP	4
#define ILL_PRVOPC	5
#define ILL_PRVREG	6
#define ILL_COPROC	7
#define ILL_BADSTK	8

/* SIGFPE */
#define FPE_INTDIV	1
#define FPE_INTOVF	2
#define FPE_FLTDIV	3
#define FPE_FLTINV	7

/* SIGSEGV */
#define SEGV_MAPERR	1	/* no mapping at the address */
#define SEGV_ACCERR	2	/* mapping does not allow the access */

/* SIGBUS */
#define BUS_ADRALN	1
#define BUS_ADRERR	2	/* e.g. file mapping past EOF */
#define BUS_OBJERR	3

/* SIGTRAP */
#define TRAP_BRKPT	1

/* SIGCHLD */
#define CLD_EXITED	1
#define CLD_KILLED	2
#define CLD_DUMPED	3
#define CLD_TRAPPED	4
#define CLD_STOPPED	5	/* stopped by a job-control signal (si_status: which) */
#define CLD_CONTINUED	6	/* continued by SIGCONT */

#endif
