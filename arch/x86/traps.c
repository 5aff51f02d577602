/*
 * The IDT and the C side of every trap. do_trap is called by entry.asm for
 * all vectors and dispatches: CPU exceptions, hardware interrupts, system
 * calls. An exception in kernel mode that nobody fixes up is an oops: the
 * full report (exception, error code, CR2, registers, backtrace) and a halt.
 */
#include <asm/desc.h>
#include <asm/irq.h>
#include <asm/processor.h>
#include <asm/segment.h>
#include <asm/traps.h>
#include <asm/uaccess.h>
#include <asm/vdso.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <kernel/syscalls.h>
#include <mm/mm_types.h>
#include <uapi/errno.h>

struct idt_gate {
	u16 offset_low, selector;
	u8 zero, type_attr;
	u16 offset_high;
} __attribute__((packed));

static struct idt_gate idt_table[256] __aligned(8);
/* One stub per exception vector and per PIC interrupt line (entry.asm). */
extern const u32 trap_stubs[FIRST_EXTERNAL_VECTOR + NR_IRQS];
extern const u32 syscall_stub;
#define SYSENTER_MARK	1	/* err_code of a system call that came by sysenter */

#define GATE_INTERRUPT	0x8E	/* present, DPL 0, 32-bit interrupt gate (IF cleared) */
#define GATE_INTERRUPT_USER 0xEE	/* present, DPL 3, 32-bit interrupt gate */
#define GATE_TRAP_USER	0xEF	/* present, DPL 3, 32-bit trap gate (IF kept) */

static const char *const exception_names[FIRST_EXTERNAL_VECTOR] = {
	"divide error", "debug", "NMI", "breakpoint", "overflow",
	"bound range exceeded", "invalid opcode", "device not available",
	"double fault", "coprocessor segment overrun", "invalid TSS",
	"segment not present", "stack-segment fault", "general protection fault",
	"page fault", "reserved (15)", "x87 floating-point error",
	"alignment check", "machine check", "SIMD floating-point exception",
	"virtualization exception", "control protection exception",
	"reserved (22)", "reserved (23)", "reserved (24)", "reserved (25)",
	"reserved (26)", "reserved (27)", "hypervisor injection",
	"VMM communication", "security exception", "reserved (31)",
};

/* The SDM's name of CPU exception vector ("page fault"), or "interrupt" from 32 up. */
const char *exception_name(unsigned int vector)
{
	return vector < FIRST_EXTERNAL_VECTOR ? exception_names[vector] : "interrupt";
}

static void set_gate(unsigned int vector, u32 handler, u8 type_attr)
{
	struct idt_gate *g = &idt_table[vector];

	g->offset_low = handler & 0xFFFF;
	g->selector = __KERNEL_CS;
	g->zero = 0;
	g->type_attr = type_attr;
	g->offset_high = handler >> 16;
}

/*
 * Fill and load the IDT: the 48 trap stubs as interrupt gates (int3 and
 * into callable from ring 3) and int 0x80 as a user trap gate. Once, at
 * boot, after gdt_init.
 */
void trap_init(void)
{
	struct {
		u16 limit;
		u32 base;
	} __attribute__((packed)) ip = { sizeof(idt_table) - 1, (u32)idt_table };
	unsigned int v;

	for (v = 0; v < FIRST_EXTERNAL_VECTOR + NR_IRQS; v++)
		set_gate(v, trap_stubs[v], GATE_INTERRUPT);
	/* int3 and into may be used from ring 3 (SIGTRAP, SIGSEGV), as in Linux. */
	set_gate(X86_TRAP_BP, trap_stubs[X86_TRAP_BP], GATE_INTERRUPT_USER);
	set_gate(X86_TRAP_OF, trap_stubs[X86_TRAP_OF], GATE_INTERRUPT_USER);
	/* System calls keep interrupts on, like Linux's trap gate for int 0x80. */
	set_gate(SYSCALL_VECTOR, syscall_stub, GATE_TRAP_USER);
	__asm__ __volatile__("lidt %0" : : "m"(ip));
}

/*
 * Oops: a kernel-mode exception nobody fixes up. Print what, the exception,
 * error code, CR2, CR3, the registers of regs and a backtrace from it,
 * then panic. Never returns.
 */
void die(const char *what, struct pt_regs *regs)
{
	local_irq_disable();
	printk(KERN_EMERG "\n*** %s: %s (vector %u), error code 0x%x\n", what,
	       exception_name(regs->trapno), regs->trapno, regs->err_code);
	printk(KERN_EMERG "CR2 %08lx  CR3 %08lx\n", read_cr2(), read_cr3());
	show_regs(regs);
	show_backtrace(regs->ebp, regs->eip);
	oops_in_progress = true;
	panic("%s", what);
}

/*
 * The signal and si_code Linux sends for each CPU exception taken in user
 * mode (its do_trap/do_error_trap make the same conversion).
 */
static const struct {
	u8 sig;
	u8 code;
	bool addr_is_eip;
} exception_signals[FIRST_EXTERNAL_VECTOR] = {
	[X86_TRAP_DE] = { SIGFPE, FPE_INTDIV, true },
	[X86_TRAP_DB] = { SIGTRAP, TRAP_BRKPT, false },
	[X86_TRAP_BP] = { SIGTRAP, SI_KERNEL, false },
	[X86_TRAP_OF] = { SIGSEGV, SI_KERNEL, false },
	[X86_TRAP_BR] = { SIGSEGV, SI_KERNEL, false },
	[X86_TRAP_UD] = { SIGILL, ILL_ILLOPN, true },
	[X86_TRAP_NM] = { SIGSEGV, SI_KERNEL, false },
	[X86_TRAP_OLD_MF] = { SIGFPE, SI_KERNEL, false },
	[X86_TRAP_TS] = { SIGSEGV, SI_KERNEL, false },
	[X86_TRAP_NP] = { SIGBUS, SI_KERNEL, false },
	[X86_TRAP_SS] = { SIGBUS, SI_KERNEL, false },
	[X86_TRAP_GP] = { SIGSEGV, SI_KERNEL, false },	/* si_addr 0 */
	[X86_TRAP_MF] = { SIGFPE, FPE_FLTINV, true },
	[X86_TRAP_AC] = { SIGBUS, BUS_ADRALN, false },
	[X86_TRAP_XF] = { SIGFPE, FPE_FLTINV, true },
};

/*
 * A CPU exception (other than a page fault) in user mode: send the signal
 * Linux sends for it (#DE SIGFPE, #UD SIGILL, #GP SIGSEGV...), delivered
 * on the way back to user mode.
 */
static noinline void do_user_exception(struct pt_regs *regs)
{
	unsigned int v = regs->trapno;
	int sig = SIGSEGV, code = SI_KERNEL;
	unsigned long addr = 0;

	if (v < FIRST_EXTERNAL_VECTOR && exception_signals[v].sig) {
		sig = exception_signals[v].sig;
		code = exception_signals[v].code;
		if (exception_signals[v].addr_is_eip)
			addr = regs->eip;
	}
	/* Like Linux, x87 errors must not fire again in the handler. */
	if (v == X86_TRAP_MF)
		__asm__ __volatile__("fnclex");
	if (sig == SIGSEGV || sig == SIGBUS)
		current->thread.cr2 = addr;	/* sigcontext's cr2: no fault address */
	force_sig_fault(sig, code, addr);
}

static void do_exception(struct pt_regs *regs)
{
	if (regs->trapno == X86_TRAP_PF) {
		do_page_fault(regs);
		return;
	}
	if (user_mode(regs)) {
		do_user_exception(regs);
		return;
	}
	/* A bad user segment selector popped on the way out (entry.asm). */
	if (fixup_exception(regs))
		return;
	/*
	 * sysenter keeps the trap flag: a user single-stepping into it traps
	 * at the entry's first instruction, in kernel mode. Drop the flag
	 * and go on, as Linux did on i386.
	 */
	if (regs->trapno == X86_TRAP_DB && regs->eip == (u32)sysenter_entry) {
		regs->eflags &= ~X86_EFLAGS_TF;
		return;
	}
	die("kernel exception", regs);
}

/*
 * A system call that came by sysenter (entry.asm marks it in err_code):
 * finish the frame int $0x80 would have left. Return to the vDSO's
 * sysenter_return, which pops what __kernel_vsyscall pushed; take the
 * sixth argument (the user's ebp) from the top of the user stack. True
 * when the call cannot run: an unreadable stack gives -EFAULT.
 */
static bool sysenter_fixup(struct pt_regs *regs)
{
	u32 arg6;

	regs->err_code = 0;
	regs->eip = current->mm ? current->mm->vdso + vdso_sysenter_return_offset() : 0;
	if (copy_from_user(&arg6, (const void __user *)regs->esp, sizeof(arg6))) {
		regs->eax = -EFAULT;
		return true;
	}
	regs->ebp = arg6;
	return false;
}

/*
 * The C entry of every trap stub (regs->trapno says which): dispatch to the
 * system-call, IRQ or exception handler, then, when returning to user
 * mode, prepare_exit_to_usermode. Runs with interrupts off, as the
 * interrupt gates leave them, except for system calls (a trap gate).
 */
asmlinkage void do_trap(struct pt_regs *regs)
{
	if (regs->trapno == SYSCALL_VECTOR) {
		if (regs->err_code == SYSENTER_MARK && sysenter_fixup(regs))
			goto out;
		do_syscall(regs);
	}
	else if (regs->trapno >= FIRST_EXTERNAL_VECTOR)
		do_irq(regs);
	else
		do_exception(regs);
out:
	if (user_mode(regs))
		prepare_exit_to_usermode(regs);
}
