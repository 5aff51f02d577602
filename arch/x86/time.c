/* The 8253/8254 programmable interval timer on IRQ 0, ticking HZ times a second. */
#include <asm/io.h>
#include <asm/irq.h>
#include <asm/processor.h>
#include <asm/vdso.h>
#include <kernel/init.h>
#include <kernel/time.h>

#define PIT_CH0		0x40
#define PIT_CMD		0x43
#define PIT_FREQ	1193182	/* input clock, Hz */

volatile unsigned long jiffies;

/* Each tick: the machine-wide work (do_timer), then the running task's. */
static void timer_interrupt(struct pt_regs *regs)
{
	do_timer(1);
	update_vsyscall();	/* the vDSO's copy of the time */
	scheduler_tick(user_mode(regs));
}

/* Program PIT channel 0 for HZ interrupts a second and take IRQ 0. Once, at boot. */
void time_init(void)
{
	unsigned int divisor = (PIT_FREQ + HZ / 2) / HZ;

	outb(0x36, PIT_CMD);	/* channel 0, lobyte/hibyte, mode 3 (square wave) */
	outb(divisor & 0xFF, PIT_CH0);
	outb(divisor >> 8, PIT_CH0);
	request_irq(TIMER_IRQ, timer_interrupt);
}

/* The timer really ticks: jiffies advances while interrupts are on. */
static int selftest_timer(void)
{
	unsigned long flags = local_irq_save();
	unsigned long start = jiffies, spins = 0;

	local_irq_enable();
	while (jiffies < start + 3 && spins < 2000000000UL) {
		halt();		/* wakes on the next interrupt */
		spins++;
	}
	local_irq_restore(flags);
	selftest_check(jiffies >= start + 3, "PIT interrupts advance jiffies");
	return 0;
}
selftest("timer", selftest_timer);
