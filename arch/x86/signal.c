/*
 * Signal frames, in Linux's i386 layout exactly, so one handler binary
 * works on both kernels. To run a handler, the kernel pushes on the user
 * stack:
 *
 *	pretcode  -> the SA_RESTORER stub (or retcode below), the handler's
 *	             return address
 *	sig, pinfo, puc   the handler's three arguments
 *	siginfo   (128 bytes)
 *	ucontext  uc_flags, uc_link, uc_stack, uc_mcontext (struct
 *	          sigcontext: the interrupted registers), uc_sigmask
 *	retcode   "movl $173, %eax; int $0x80"
 *	fpstate   the FPU state above the frame (x87 in fnsave format, then
 *	          the fxsave image with SSE)
 *
 * and points eip at the handler and esp at pretcode. The handler returns
 * into the restorer, which calls rt_sigreturn; that reads the ucontext back
 * and resumes the interrupted code. Everything read back is checked:
 * segment selectors must be user ones and only the arithmetic flags, DF,
 * TF, RF and AC come from the frame, so a forged frame gets SIGSEGV, never
 * kernel privileges.
 *
 * Delivery starts here too, as in Linux's arch signal.c: on every return
 * to user mode prepare_exit_to_usermode takes the pending signals one by
 * one (get_signal_to_deliver, kernel/signal.c, carries out the default
 * actions), and handle_signal pushes the frame for a handler. A system
 * call that a signal cut short (-ERESTARTSYS) is restarted by rewinding
 * eip over its "int $0x80", or fails with -EINTR when a handler without
 * SA_RESTART runs; one that only a handler may end (-ERESTARTNOHAND:
 * pause) fails with -EINTR when any handler runs and is restarted
 * otherwise.
 */
#include <asm/fpu.h>
#include <asm/irq.h>
#include <asm/segment.h>
#include <asm/uaccess.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <kernel/syscalls.h>
#include <lib/string.h>
#include <uapi/errno.h>

struct sigcontext32 {
	u16 gs, __gsh, fs, __fsh, es, __esh, ds, __dsh;
	u32 edi, esi, ebp, esp, ebx, edx, ecx, eax;
	u32 trapno, err, eip;
	u16 cs, __csh;
	u32 eflags, esp_at_signal;
	u16 ss, __ssh;
	u32 fpstate, oldmask, cr2;
};

struct ucontext32 {
	u32 uc_flags, uc_link;
	u32 ss_sp;
	int ss_flags;
	u32 ss_size;
	struct sigcontext32 uc_mcontext;
	sigset_t uc_sigmask;
};

struct siginfo32 {
	int si_signo, si_errno, si_code;
	union {
		int pad[29];
		struct { pid_t pid; uid_t uid; } kill;
		struct { pid_t pid; uid_t uid; int status; long utime, stime; } chld;
		struct { u32 addr; } fault;
	} f;
};

struct rt_sigframe {
	u32 pretcode;
	int sig;
	u32 pinfo, puc;
	struct siginfo32 info;
	struct ucontext32 uc;
	u8 retcode[8];
};

/*
 * The frame of a handler installed without SA_SIGINFO (Linux's struct
 * sigframe_ia32): the signal number as its one argument, the sigcontext
 * right above it, the upper half of the old mask in extramask. The
 * fpstate_unused hole keeps extramask where old programs expect it; the
 * FPU state itself lies above the frame, as for rt_sigframe.
 */
struct sigframe {
	u32 pretcode;
	int sig;
	struct sigcontext32 sc;
	u8 fpstate_unused[624];
	u32 extramask;
	u8 retcode[8];
};

/* Linux's layout, checked: a handler reads these offsets. */
_Static_assert(__builtin_offsetof(struct sigframe, sc) == 8, "sigcontext at 8");
_Static_assert(__builtin_offsetof(struct sigframe, extramask) == 720, "extramask at 720");
_Static_assert(sizeof(struct sigframe) == 732, "sigframe is 732 bytes");
_Static_assert(sizeof(struct siginfo32) == 128, "siginfo_t is 128 bytes");
_Static_assert(sizeof(struct sigcontext32) == 88, "i386 sigcontext is 88 bytes");
_Static_assert(__builtin_offsetof(struct rt_sigframe, info) == 16, "info at 16");
_Static_assert(__builtin_offsetof(struct rt_sigframe, uc) == 144, "ucontext at 144");
_Static_assert(__builtin_offsetof(struct ucontext32, uc_mcontext) == 20, "mcontext at 20");
_Static_assert(__builtin_offsetof(struct ucontext32, uc_sigmask) == 108, "sigmask at 108");
_Static_assert(sizeof(struct rt_sigframe) == 268, "rt_sigframe is 268 bytes");

/*
 * Linux's i386 struct _fpstate: the fnsave image, a status word and a
 * magic (0xffff: x87 only; 0: the fxsave image with SSE follows, at an
 * offset that is a multiple of 16).
 */
struct fpstate32 {
	u8 fnsave[108];
	u16 status, magic;
	u8 fxsave[512];
};
_Static_assert(__builtin_offsetof(struct fpstate32, fxsave) == 112, "fxsave image at 112");

#define FP_MAGIC_NOFXSR	0xffff
#define FP_MAGIC_FXSR	0x0000
#define X86_EFLAGS_CF	0x0001
#define X86_EFLAGS_PF	0x0004
#define X86_EFLAGS_AF	0x0010
#define X86_EFLAGS_ZF	0x0040
#define X86_EFLAGS_SF	0x0080
#define X86_EFLAGS_TF	0x0100
#define X86_EFLAGS_DF	0x0400
#define X86_EFLAGS_OF	0x0800
#define X86_EFLAGS_RF	0x10000
#define X86_EFLAGS_AC	0x40000
/* The flags a frame may set (Linux's FIX_EFLAGS); the rest stay as they are. */
#define FIX_EFLAGS	(X86_EFLAGS_AC | X86_EFLAGS_OF | X86_EFLAGS_DF | X86_EFLAGS_TF | \
			 X86_EFLAGS_SF | X86_EFLAGS_ZF | X86_EFLAGS_AF | X86_EFLAGS_PF | \
			 X86_EFLAGS_CF | X86_EFLAGS_RF)

static void fill_siginfo(struct siginfo32 *to, const struct kernel_siginfo *from)
{
	memset(to, 0, sizeof(*to));
	to->si_signo = from->si_signo;
	to->si_errno = from->si_errno;
	to->si_code = from->si_code;
	switch (from->si_signo) {
	case SIGSEGV: case SIGBUS: case SIGILL: case SIGFPE: case SIGTRAP:
		/* Raised by a fault: the address; sent with kill(): the sender. */
		if (from->si_code != SI_USER)
			to->f.fault.addr = from->si_addr;
		else
			to->f.kill.pid = from->si_pid;
		break;
	case SIGCHLD:
		to->f.chld.pid = from->si_pid;
		to->f.chld.status = from->si_status;
		break;
	default:
		to->f.kill.pid = from->si_pid;
		break;
	}
}

static void fill_sigcontext(struct sigcontext32 *sc, const struct pt_regs *regs,
			    sigset_t oldmask)
{
	memset(sc, 0, sizeof(*sc));
	sc->gs = regs->gs;
	sc->fs = regs->fs;
	sc->es = regs->es;
	sc->ds = regs->ds;
	sc->edi = regs->edi;
	sc->esi = regs->esi;
	sc->ebp = regs->ebp;
	sc->esp = regs->esp;
	sc->ebx = regs->ebx;
	sc->edx = regs->edx;
	sc->ecx = regs->ecx;
	sc->eax = regs->eax;
	sc->trapno = regs->trapno;
	sc->err = regs->err_code;
	sc->eip = regs->eip;
	sc->cs = regs->cs;
	sc->eflags = regs->eflags;
	sc->esp_at_signal = regs->esp;
	sc->ss = regs->ss;
	sc->oldmask = (u32)oldmask;
	sc->cr2 = current->thread.cr2;
}

/* The live FPU state into a user frame, then a clean FPU for the handler. */
static int save_fpstate(struct fpstate32 *ufp)
{
	struct fpstate32 fp __aligned(16);
	unsigned long size = sizeof(fp);

	if (cpu_has_fxsr)
		fpu_save(fp.fxsave);		/* all of it, SSE included */
	/* The x87 part in the legacy format too, as Linux writes it. */
	__asm__ __volatile__("fnsave %0" : "=m"(fp.fnsave));
	fp.status = *(u16 *)&fp.fnsave[4];
	fp.magic = cpu_has_fxsr ? FP_MAGIC_FXSR : FP_MAGIC_NOFXSR;
	if (!cpu_has_fxsr)
		size = __builtin_offsetof(struct fpstate32, fxsave);
	fpu_init_state();
	return copy_to_user(ufp, &fp, size) ? -EFAULT : 0;
}

/*
 * Where a frame of frame_size bytes goes for ka's handler (Linux's
 * get_sigframe): on the user stack, or the alternate one for SA_ONSTACK;
 * the FPU state at *fpaddr just above it, 16-byte aligned; the frame
 * placed so that the handler starts with (esp + 4) 16-byte aligned, as
 * Linux does. Returns the frame's address, or 0 if the whole does not lie
 * in user space.
 */
static unsigned long get_sigframe(const struct k_sigaction *ka, const struct pt_regs *regs,
				  unsigned long frame_size, unsigned long *fpaddr)
{
	unsigned long sp = regs->esp, addr;

	/* SA_ONSTACK: the alternate stack, unless already running on it. */
	if ((ka->flags & SA_ONSTACK) && current->sas_ss_size && !on_sig_stack(sp))
		sp = current->sas_ss_sp + current->sas_ss_size;
	*fpaddr = ALIGN_DOWN(sp - sizeof(struct fpstate32), 16);
	addr = ALIGN_DOWN(*fpaddr - frame_size, 16) - 4;
	return access_ok((void *)addr, sp - addr) ? addr : 0;
}

/* Point regs at the handler, with the stack at frame and eax, edx, ecx its arguments. */
static void start_handler(struct pt_regs *regs, const struct k_sigaction *ka,
			  unsigned long frame, u32 eax, u32 edx, u32 ecx)
{
	regs->esp = frame;
	regs->eip = ka->handler;
	regs->eax = eax;
	regs->edx = edx;
	regs->ecx = ecx;
	regs->ds = regs->es = regs->ss = __USER_DS;
	regs->cs = __USER_CS;
	regs->eflags &= ~(X86_EFLAGS_DF | X86_EFLAGS_RF | X86_EFLAGS_TF);
}

/*
 * Build Linux's i386 sigframe for a handler without SA_SIGINFO: it returns
 * through sigreturn (119), by SA_RESTORER's code or the frame's own
 * "popl %eax; movl $119, %eax; int $0x80". 0, or -EFAULT when the frame
 * does not fit (regs then unchanged).
 */
static int setup_frame(int sig, const struct k_sigaction *ka, sigset_t oldmask,
		       struct pt_regs *regs)
{
	static const u8 retcode[8] = { 0x58, 0xb8, __NR_sigreturn, 0, 0, 0, 0xcd, 0x80 };
	unsigned long fpaddr, addr = get_sigframe(ka, regs, sizeof(struct sigframe), &fpaddr);
	struct sigframe *uframe = (struct sigframe *)addr;
	struct sigcontext32 sc;
	u32 head[2], extramask = (u32)(oldmask >> 32);

	if (!addr)
		return -EFAULT;
	/* Written in pieces: the whole frame would not fit the kernel stack well. */
	head[0] = (ka->flags & SA_RESTORER) ? ka->restorer : (u32)&uframe->retcode;
	head[1] = sig;
	fill_sigcontext(&sc, regs, oldmask);
	sc.fpstate = fpaddr;
	if (copy_to_user(uframe, head, sizeof(head)) ||
	    copy_to_user(&uframe->sc, &sc, sizeof(sc)) ||
	    clear_user(uframe->fpstate_unused, sizeof(uframe->fpstate_unused)) ||
	    copy_to_user(&uframe->extramask, &extramask, sizeof(extramask)) ||
	    copy_to_user(uframe->retcode, retcode, sizeof(retcode)) ||
	    save_fpstate((struct fpstate32 *)fpaddr))
		return -EFAULT;
	start_handler(regs, ka, addr, sig, 0, 0);
	return 0;
}

/*
 * Build Linux's i386 rt_sigframe for sig's handler (SA_SIGINFO) and point
 * regs at the handler, which returns through rt_sigreturn. 0, or -EFAULT
 * when the frame does not fit (regs then unchanged).
 */
static int setup_rt_frame(int sig, const struct k_sigaction *ka,
			  const struct kernel_siginfo *info, sigset_t oldmask,
			  struct pt_regs *regs)
{
	static const u8 retcode[8] = { 0xb8, __NR_rt_sigreturn, 0, 0, 0, 0xcd, 0x80, 0 };
	unsigned long fpaddr, addr = get_sigframe(ka, regs, sizeof(struct rt_sigframe), &fpaddr);
	struct rt_sigframe frame, *uframe = (struct rt_sigframe *)addr;

	if (!addr)
		return -EFAULT;
	memset(&frame, 0, sizeof(frame));
	memcpy(frame.retcode, retcode, sizeof(retcode));
	frame.pretcode = (ka->flags & SA_RESTORER) ? ka->restorer : (u32)&uframe->retcode;
	frame.sig = sig;
	frame.pinfo = (u32)&uframe->info;
	frame.puc = (u32)&uframe->uc;
	fill_siginfo(&frame.info, info);
	frame.uc.ss_sp = current->sas_ss_sp;
	frame.uc.ss_flags = sas_ss_flags(regs->esp);
	frame.uc.ss_size = current->sas_ss_size;
	fill_sigcontext(&frame.uc.uc_mcontext, regs, oldmask);
	frame.uc.uc_mcontext.fpstate = fpaddr;
	frame.uc.uc_sigmask = oldmask;
	if (copy_to_user(uframe, &frame, sizeof(frame)) || save_fpstate((struct fpstate32 *)fpaddr))
		return -EFAULT;
	start_handler(regs, ka, addr, sig, frame.pinfo, frame.puc);
	return 0;
}

/* Is regs a system call that a signal cut short (-ERESTARTSYS, -ERESTARTNOHAND)? */
static bool syscall_interrupted(const struct pt_regs *regs)
{
	long ret = regs->eax;

	return regs->trapno == SYSCALL_VECTOR && (ret == -ERESTARTSYS || ret == -ERESTARTNOHAND);
}

/*
 * Re-execute the interrupted "int $0x80": back over the two-byte
 * instruction, with the number the call asked to be restarted as (eax now
 * holds its result).
 */
static void restart_syscall(struct pt_regs *regs)
{
	regs->eax = current->restart_nr;
	regs->eip -= 2;
}

/*
 * Make current run sig's handler when it returns to user mode through regs
 * (its user trap frame): a system call this signal cut short is restarted
 * (SA_RESTART) or fails with -EINTR, as Linux does; then the frame is
 * pushed and the handler's mask applied (signal_setup_done). A frame that
 * does not fit turns into SIGSEGV. Linux's name, in its arch signal.c.
 */
void handle_signal(int sig, const struct kernel_siginfo *info, struct pt_regs *regs)
{
	struct k_sigaction *ka = &current->sighand->action[sig - 1];
	int err;

	/* A system call cut short by this signal: restart it or fail it, as Linux. */
	if (syscall_interrupted(regs)) {
		if ((long)regs->eax == -ERESTARTSYS && (ka->flags & SA_RESTART))
			restart_syscall(regs);
		else
			regs->eax = -EINTR;
	}
	if (ka->flags & SA_SIGINFO)
		err = setup_rt_frame(sig, ka, info, current->blocked, regs);
	else
		err = setup_frame(sig, ka, current->blocked, regs);
	signal_setup_done(err, sig);
}

/* Deliver one pending signal: its default action, or its handler. */
static void do_signal(struct pt_regs *regs)
{
	struct kernel_siginfo info;
	int sig = get_signal_to_deliver(&info);

	if (sig)
		handle_signal(sig, &info, regs);
}

/*
 * The slow part of prepare_exit_to_usermode, out of line so that the
 * common return (nothing to do) saves no registers: schedule and deliver
 * signals until neither is wanted (Linux 4.x name).
 */
static noinline void exit_to_usermode_loop(struct pt_regs *regs)
{
	for (;;) {
		if (need_resched)
			schedule();
		if (!signal_pending(current))
			break;
		do_signal(regs);
	}
}

/*
 * The last thing before any return to user mode through regs: give up the
 * CPU if the scheduler asked for it, deliver every pending unblocked
 * signal, and restart a system call that a signal interrupted without
 * running a handler. Called by do_trap and by a new task's first return
 * (switch.asm); may sleep in schedule(). Linux 4.x name (its
 * arch/x86/entry/common.c; 2.6 did this in entry.S and do_notify_resume).
 */
asmlinkage void prepare_exit_to_usermode(struct pt_regs *regs)
{
	if (unlikely(need_resched || signal_pending(current)))
		exit_to_usermode_loop(regs);
	/* Interrupted by a signal that ran no handler: just try again. */
	if (syscall_interrupted(regs))
		restart_syscall(regs);
}

/*
 * May user space put this selector in a data segment register? The null
 * selector, the user data segment, or a TLS slot that holds a present
 * data (or readable code) descriptor.
 */
static bool valid_user_data_sel(u16 sel)
{
	unsigned int idx = sel >> 3;
	u32 b;

	if ((sel & ~3) == 0)
		return true;
	if (sel == __USER_DS)
		return true;
	if ((sel & 7) != 3 || idx < GDT_ENTRY_TLS_MIN ||
	    idx >= GDT_ENTRY_TLS_MIN + GDT_ENTRY_TLS_ENTRIES)
		return false;
	b = current->thread.tls_array[idx - GDT_ENTRY_TLS_MIN][1];
	if (!(b & (1 << 15)))			/* not present */
		return false;
	if ((b & (1 << 11)) && !(b & (1 << 9)))	/* execute-only code */
		return false;
	return true;
}

static int restore_sigcontext(struct pt_regs *regs, const struct sigcontext32 *sc)
{
	if (sc->cs != __USER_CS || sc->ss != __USER_DS ||
	    !valid_user_data_sel(sc->ds) || !valid_user_data_sel(sc->es) ||
	    !valid_user_data_sel(sc->fs) || !valid_user_data_sel(sc->gs))
		return -EINVAL;
	regs->gs = sc->gs;
	regs->fs = sc->fs;
	regs->es = sc->es;
	regs->ds = sc->ds;
	regs->edi = sc->edi;
	regs->esi = sc->esi;
	regs->ebp = sc->ebp;
	regs->esp = sc->esp;
	regs->ebx = sc->ebx;
	regs->edx = sc->edx;
	regs->ecx = sc->ecx;
	regs->eax = sc->eax;
	regs->eip = sc->eip;
	regs->cs = sc->cs;
	regs->ss = sc->ss;
	regs->eflags = (regs->eflags & ~FIX_EFLAGS) | (sc->eflags & FIX_EFLAGS);
	regs->trapno = ~0U;	/* not a system call any more: never restarted */
	return 0;
}

/* The FPU state from a frame: the fxsave image if there is one, else the x87 part. */
static int restore_fpstate(u32 ufp)
{
	struct fpstate32 fp __aligned(16);
	const unsigned long legacy = __builtin_offsetof(struct fpstate32, fxsave);

	if (!ufp)
		return 0;
	if (copy_from_user(&fp, (const void *)ufp, legacy))
		return -EFAULT;
	if (cpu_has_fxsr && fp.magic == FP_MAGIC_FXSR) {
		if (copy_from_user(fp.fxsave, (const u8 *)ufp + legacy, sizeof(fp.fxsave)))
			return -EFAULT;
		fpu_sanitize_fxsave(fp.fxsave);	/* a forged MXCSR must not #GP us */
		fpu_restore(fp.fxsave);
	} else {
		__asm__ __volatile__("frstor %0" : : "m"(fp.fnsave));
	}
	return 0;
}

/*
 * sigreturn: back from a handler without SA_SIGINFO. Its "ret" popped
 * pretcode and the restorer's "popl %eax" the signal number, so the frame
 * starts 8 bytes below the stack pointer. Restores the registers, the FPU
 * and the mask (oldmask and extramask) from it; a bad frame is SIGSEGV.
 * Returns the restored eax, which do_syscall puts back.
 */
SYSCALL_DEFINE0(sigreturn)
{
	struct pt_regs *regs = current_pt_regs();
	const struct sigframe __user *uframe = (const void *)(regs->esp - 8);
	struct sigcontext32 sc;
	u32 extramask;

	if (copy_from_user(&sc, &uframe->sc, sizeof(sc)) ||
	    copy_from_user(&extramask, &uframe->extramask, sizeof(extramask)) ||
	    restore_sigcontext(regs, &sc) || restore_fpstate(sc.fpstate)) {
		force_sig(SIGSEGV);
		return regs->eax;
	}
	current->blocked = ((u64)extramask << 32 | sc.oldmask) &
			   ~(sigmask(SIGKILL) | sigmask(SIGSTOP));
	return regs->eax;
}

/* rt_sigreturn: back from a handler, through the frame under the stack pointer. */
SYSCALL_DEFINE0(rt_sigreturn)
{
	struct pt_regs *regs = current_pt_regs();
	/* The handler's "ret" popped pretcode: the frame starts 4 bytes lower. */
	const struct rt_sigframe __user *uframe = (const void *)(regs->esp - 4);
	struct rt_sigframe frame;

	if (copy_from_user(&frame, uframe, sizeof(frame)) ||
	    restore_sigcontext(regs, &frame.uc.uc_mcontext) ||
	    restore_fpstate(frame.uc.uc_mcontext.fpstate)) {
		force_sig(SIGSEGV);
		return regs->eax;
	}
	current->blocked = frame.uc.uc_sigmask & ~(sigmask(SIGKILL) | sigmask(SIGSTOP));
	/* do_syscall stores our result in eax: give back the restored one. */
	return regs->eax;
}
