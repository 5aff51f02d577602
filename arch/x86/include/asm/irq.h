/* Hardware interrupts: the two 8259 PICs remapped to vectors 32-47. */
#ifndef ASM_IRQ_H
#define ASM_IRQ_H

#include <asm/ptrace.h>

#define FIRST_EXTERNAL_VECTOR	32
#define NR_IRQS			16
#define SYSCALL_VECTOR		0x80
#define TIMER_IRQ		0

typedef void (*irq_handler_t)(struct pt_regs *regs);

/* arch/x86/i8259.c */
void init_i8259(void);
/* Install handler for irq and unmask the line. */
void request_irq(unsigned int irq, irq_handler_t handler);
/* Called by the trap dispatcher for vectors 32-47. */
void do_irq(struct pt_regs *regs);

/* arch/x86/time.c: the PIT at HZ ticks per second. */
#define HZ 100
extern volatile unsigned long jiffies;	/* ticks since boot; only the timer IRQ writes it */
/* Program PIT channel 0 for HZ interrupts a second and take IRQ 0. Once, at boot. */
void time_init(void);
/*
 * Called by the timer interrupt each tick; kernel/sched.c defines it to
 * account time and ask for a reschedule.
 */
void scheduler_tick(struct pt_regs *regs);

#endif
