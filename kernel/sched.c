/*
 * The scheduler. Until processes exist, the boot task is the only one and
 * the timer tick only counts time.
 */
#include <asm/irq.h>
#include <asm/processor.h>
#include <kernel/console.h>
#include <kernel/init.h>
#include <kernel/main.h>
#include <kernel/printk.h>

void scheduler_tick(struct pt_regs *regs)
{
}

/* Idle: wait for interrupts. In test mode there is nothing more to do yet. */
void rest_init(void)
{
	local_irq_enable();
	printk(KERN_NOTICE "no init process yet; idling\n");
	if (boot_test_mode)
		qemu_exit(QEMU_EXIT_POWEROFF);
	for (;;)
		halt();
}
