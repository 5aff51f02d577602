/*
 * The page-fault handler (vector 14): the x86 half of demand paging.
 *
 * The CPU gives us two facts: CR2, the linear address it could not
 * translate, and an error code saying why:
 *
 *   bit 0  P    0: the entry was not present   1: a protection violation
 *   bit 1  W/R  0: a read (or execute)         1: a write
 *   bit 2  U/S  0: in kernel mode              1: in user mode
 *   bit 3  RSVD a reserved bit was set in an entry (a corrupted table)
 *
 * From them we decide, as Linux's do_page_fault does:
 *
 *   address in the kernel half      user mode: SIGSEGV; kernel mode: oops
 *   no VMA at or above address      bad_area: SIGSEGV (SEGV_MAPERR)
 *   below a VM_GROWSDOWN VMA        grow the stack (expand_stack) down to
 *                                   the address, wherever esp is (Linux
 *                                   4.20+; 2.6 also wanted the access near
 *                                   esp), unless that passes the 8 MiB
 *                                   stack limit or comes within the 1 MiB
 *                                   guard gap (Linux 4.12) of the region
 *                                   below: then SIGSEGV (SEGV_MAPERR)
 *   the VMA forbids the access      bad_area: SIGSEGV (SEGV_ACCERR)
 *   otherwise                       handle_mm_fault (mm/memory.c), whose
 *                                   VM_FAULT_* result we turn into a retry
 *                                   of the instruction, SIGBUS or OOM
 *
 * A kernel-mode fault on a user address is an ordinary demand fault when
 * the address is valid (read() into a fresh mmap buffer); when it is not,
 * it can only be legitimate inside the copy_*_user helpers, whose
 * exception-table fixup makes the helper return -EFAULT. Any other kernel
 * fault is a kernel bug: an oops with the full report.
 *
 * CR2 is read first thing: any later fault (even a demand fault of our
 * own) would overwrite it.
 */
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/traps.h>
#include <asm/uaccess.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <mm/memory.h>
#include <mm/mm.h>
#include <mm/oom.h>
#include <mm/vmstat.h>

/* Error-code bits (Intel SDM vol. 3, 4.7). */
#define PF_PROT		0x01	/* protection violation, else not present */
#define PF_WRITE	0x02	/* write access */
#define PF_USER		0x04	/* user mode */
#define PF_RSVD		0x08	/* reserved bit set in a paging entry */

/* A kernel fault nobody can fix: the exception table first, then an oops. */
static void no_context(struct pt_regs *regs, unsigned long address)
{
	if (fixup_exception(regs))
		return;
	printk(KERN_EMERG "BUG: unable to handle kernel %s at %08lx\n",
	       address < PAGE_SIZE ? "NULL pointer dereference" : "paging request",
	       address);
	die("page fault", regs);
}

/* The access is not allowed: SIGSEGV to a user task, the fixup or oops for the kernel. */
static void bad_area(struct pt_regs *regs, unsigned long address, int si_code)
{
	if (!user_mode(regs)) {
		no_context(regs, address);
		return;
	}
	nr_pgsegv++;
	current->thread.cr2 = address;	/* the handler's sigcontext shows it */
	force_sig_fault(SIGSEGV, si_code, address);
}

/* The page could not be provided (a file page past EOF): SIGBUS. */
static void do_sigbus(struct pt_regs *regs, unsigned long address)
{
	if (!user_mode(regs)) {
		no_context(regs, address);
		return;
	}
	nr_pgsigbus++;
	current->thread.cr2 = address;
	force_sig_fault(SIGBUS, BUS_ADRERR, address);
}

/* Out of memory while faulting: the OOM killer picks a victim (mm/oom_kill.c). */
static void out_of_memory(struct pt_regs *regs, unsigned long address)
{
	if (!user_mode(regs)) {
		no_context(regs, address);
		return;
	}
	pagefault_out_of_memory(address);
}

/* Does vma allow this access? A write needs VM_WRITE; anything needs some access. */
static bool access_error(unsigned long error_code, struct vm_area_struct *vma)
{
	if (error_code & PF_WRITE)
		return !(vma->vm_flags & VM_WRITE);
	/* A read of a present page that still faulted: the page is PROT_NONE-like. */
	return !(vma->vm_flags & (VM_READ | VM_EXEC | VM_WRITE));
}

/* Count the fault against the task, as getrusage's minflt/majflt. */
static void account_fault(int fault)
{
	if (fault & VM_FAULT_MAJOR) {
		current->maj_flt++;
		nr_pgmajfault++;
	} else {
		current->min_flt++;
	}
}

/*
 * A fault on a user address, in user mode or inside a kernel user-copy.
 * Linux 4.20+ name: 2.6 does this inside do_page_fault.
 */
static void do_user_addr_fault(struct pt_regs *regs, unsigned long error_code,
			       unsigned long address)
{
	struct mm_struct *mm = current ? current->mm : NULL;
	struct vm_area_struct *vma;
	int fault;

	if (!mm) {
		bad_area(regs, address, SEGV_MAPERR);	/* a kernel thread has no user half */
		return;
	}
	vma = find_vma(mm, address);
	if (!vma) {
		bad_area(regs, address, SEGV_MAPERR);
		return;
	}
	if (vma->vm_start > address) {
		/*
		 * Below a VM_GROWSDOWN region: grow it. Linux 2.6 also required
		 * the access to be near esp; since 4.20 Linux grows on any access
		 * below, and so do we. expand_stack enforces the stack limit and
		 * the guard gap to the region below.
		 */
		if (expand_stack(vma, address)) {
			bad_area(regs, address, SEGV_MAPERR);
			return;
		}
	}
	if (access_error(error_code, vma)) {
		bad_area(regs, address, SEGV_ACCERR);
		return;
	}
	fault = handle_mm_fault(mm, vma, address,
				error_code & PF_WRITE ? FAULT_FLAG_WRITE : 0);
	if (fault & VM_FAULT_OOM)
		out_of_memory(regs, address);
	else if (fault & VM_FAULT_SIGBUS)
		do_sigbus(regs, address);
	else
		account_fault(fault);
}

/*
 * The page-fault exception (vector 14), from user or kernel mode, called
 * by the trap entry with interrupts off; regs is the trap frame. Resolves
 * the fault or sends SIGSEGV/SIGBUS/SIGKILL to the task; a kernel fault
 * nothing can fix is an oops. The faulting instruction restarts when we
 * return, unless a signal (or the exception fixup) changed where the task
 * goes.
 */
void do_page_fault(struct pt_regs *regs)
{
	unsigned long address = read_cr2();	/* before anything can fault again */
	unsigned long error_code = regs->err_code;

	/*
	 * The gate cleared IF. With CR2 saved, run the fault with interrupts
	 * as the faulting code had them (Linux does the same): reading a
	 * file page may take a while, and the timer should keep ticking.
	 */
	if (regs->eflags & X86_EFLAGS_IF)
		local_irq_enable();

	if (error_code & PF_RSVD) {
		printk(KERN_EMERG "page fault: reserved bit set in the entry for %08lx\n",
		       address);
		die("corrupted page table", regs);
	}
	if (address >= TASK_SIZE) {
		/* The kernel half is mapped once at boot; a fault there is never demand paging. */
		if (user_mode(regs))
			bad_area(regs, address, SEGV_MAPERR);
		else
			no_context(regs, address);
		return;
	}
	if (!user_mode(regs) && !current) {
		no_context(regs, address);
		return;
	}
	do_user_addr_fault(regs, error_code, address);
}
