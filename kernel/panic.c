/* panic: the kernel cannot go on. Print why, where we were, and stop. */
#include <asm/processor.h>
#include <asm/traps.h>
#include <kernel/console.h>
#include <kernel/printk.h>

bool oops_in_progress;

/*
 * The kernel cannot go on: with interrupts off, print "Kernel panic: " and
 * the message, and a backtrace unless an oops already showed one, then
 * stop (under QEMU, exit with QEMU_EXIT_PANIC). Never returns; a panic
 * inside a panic only stops.
 */
void panic(const char *fmt, ...)
{
	static bool in_panic;
	va_list ap;

	local_irq_disable();
	if (!in_panic) {
		in_panic = true;
		printk(KERN_EMERG "Kernel panic: ");
		va_start(ap, fmt);
		vprintk(fmt, ap);
		va_end(ap);
		printk("\n");
		/* An oops has already shown where it happened. */
		if (!oops_in_progress)
			show_backtrace(read_ebp(), 0);
	}
	/* Under QEMU with isa-debug-exit this ends the run; on real hardware we just halt. */
	qemu_exit(QEMU_EXIT_PANIC);
}
