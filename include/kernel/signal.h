/*
 * Signals (kernel/signal.c, arch/x86/signal.c), with Linux's i386 numbers,
 * flags and si_code values, so a handler works the same on both kernels.
 */
#ifndef KERNEL_SIGNAL_H
#define KERNEL_SIGNAL_H

#include <kernel/types.h>
#include <uapi/siginfo.h>
#include <uapi/signal.h>

#define _NSIG		64

/*
 * Kernel-internal: a system call interrupted by a signal; on the way out
 * it is restarted (SA_RESTART, or no handler ran) or becomes -EINTR.
 * User space never sees this value.
 */
#define ERESTARTSYS	512
/*
 * The same for a call that only a handler may cut short (pause): restarted
 * when no handler runs, -EINTR when one does, whatever SA_RESTART says.
 */
#define ERESTARTNOHAND	514

/*
 * wait4's status of a stopped child (with the stop signal) and of a
 * continued one; glibc's __W_STOPCODE and __W_CONTINUED.
 */
#define W_STOPCODE(sig)	((sig) << 8 | 0x7f)
#define W_CONTINUED	0xffff

#define SIG_DFL		((unsigned long)0)
#define SIG_IGN		((unsigned long)1)

#ifdef HOST_TEST
/*
 * Host unit tests also see the C library's sigset_t (through stdlib.h):
 * let it be declared first, and give ours another name there.
 */
#include <sys/types.h>
#define sigset_t kernel_sigset_t
#endif
typedef u64 sigset_t;	/* bit sig-1 stands for signal sig */

static inline sigset_t sigmask(int sig) { return 1ULL << (sig - 1); }

/* The i386 kernel's struct sigaction, as rt_sigaction passes it. */
struct k_sigaction {
	unsigned long handler;	/* SIG_DFL, SIG_IGN or a user function */
	unsigned long flags;	/* SA_* */
	unsigned long restorer;	/* user stub that calls rt_sigreturn (SA_RESTORER) */
	sigset_t mask;		/* blocked while the handler runs */
};

/* Why a signal was sent: the fields of siginfo_t we fill in. */
struct kernel_siginfo {
	int si_signo;
	int si_errno;
	int si_code;
	unsigned long si_addr;	/* faults: the address; kill: unused */
	pid_t si_pid;		/* kill, SIGCHLD: the sender / child */
	int si_status;		/* SIGCHLD: exit code or signal */
};

struct task_struct;
struct signal_struct;
struct pt_regs;

/* ---- kernel/signal.c ---- */
int force_sig_fault(int sig, int si_code, unsigned long addr);
void force_sig(int sig);
int send_sig_info(int sig, const struct kernel_siginfo *info, struct task_struct *p);
int group_send_sig_info(int sig, const struct kernel_siginfo *info, struct task_struct *p);
bool signal_group_exit(const struct signal_struct *sig);
void zap_other_threads(struct task_struct *p);
void group_stop_done(void);
int kill_pgrp_info(int sig, const struct kernel_siginfo *info, pid_t pgrp);
void flush_signal_handlers(struct task_struct *p);
int get_signal_to_deliver(struct kernel_siginfo *info);
void signal_setup_done(int failed, int sig);
bool on_sig_stack(unsigned long sp);
int sas_ss_flags(unsigned long sp);

/* ---- kernel/exit.c: orphaned process groups, for job control ---- */
bool is_current_pgrp_orphaned(void);

/* ---- arch/x86/signal.c ---- */
void handle_signal(int sig, const struct kernel_siginfo *info, struct pt_regs *regs);
long restore_sigmask_after_wait(sigset_t saved, long err);

#endif
