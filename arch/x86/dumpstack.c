/* Register dumps and symbolized backtraces for oopses and panics. */
#include <asm/page.h>
#include <asm/traps.h>
#include <kernel/kallsyms.h>
#include <kernel/printk.h>

/* Print the registers of a trap frame (user esp and ss too for a user-mode one). */
void show_regs(const struct pt_regs *regs)
{
	printk(KERN_EMERG "EIP %08x  CS %04x  EFLAGS %08x", regs->eip, regs->cs,
	       regs->eflags);
	if (user_mode(regs))
		printk("  ESP %08x  SS %04x (user)", regs->esp, regs->ss);
	printk("\nEAX %08x  EBX %08x  ECX %08x  EDX %08x\n", regs->eax, regs->ebx,
	       regs->ecx, regs->edx);
	printk("ESI %08x  EDI %08x  EBP %08x  DS %04x ES %04x FS %04x GS %04x\n",
	       regs->esi, regs->edi, regs->ebp, regs->ds, regs->es, regs->fs,
	       regs->gs);
}

static void print_frame(unsigned long addr)
{
	char buf[80];

	kallsyms_format(addr, buf, sizeof(buf));
	printk(KERN_EMERG "  [<%08lx>] %s\n", addr, buf);
}

/*
 * Print eip (unless 0), then walk the frame-pointer chain from ebp,
 * printing function+offset of each return address. Stops at the first
 * frame outside the kernel, out of order or misaligned, or after 32.
 */
void show_backtrace(unsigned long ebp, unsigned long eip)
{
	int depth = 0;

	printk(KERN_EMERG "Backtrace:\n");
	if (eip)
		print_frame(eip);
	/* Each frame: [ebp] = caller's ebp, [ebp+4] = return address. Stay in the kernel. */
	while (ebp >= PAGE_OFFSET && (ebp & 3) == 0 && depth++ < 32) {
		unsigned long *frame = (unsigned long *)ebp;

		if (frame[1] < PAGE_OFFSET)
			break;
		print_frame(frame[1]);
		if (frame[0] <= ebp)
			break;		/* stacks grow down: callers are higher */
		ebp = frame[0];
	}
}
