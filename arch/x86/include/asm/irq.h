/* Hardware interrupts: the two 8259 PICs remapped to vectors 32-47. */
#ifndef ASM_IRQ_H
#define ASM_IRQ_H

#include <asm/ptrace.h>

#define FIRST_EXTERNAL_VECTOR	32
#define NR_IRQS			16
#define SYSCALL_VECTOR		0x80
#define TIMER_IRQ		0

typedef void (*irq_handler_t)(struct pt_regs *regs);

/* ---- arch/x86/i8259.c ---- */
void init_i8259(void);
void request_irq(unsigned int irq, irq_handler_t handler);
void do_irq(struct pt_regs *regs);

/* ---- arch/x86/time.c: the PIT at HZ ticks per second ---- */
#define HZ 100
extern volatile unsigned long jiffies;	/* ticks since boot; only the timer IRQ writes it */
void time_init(void);

/* ---- kernel/sched.c ---- */
void scheduler_tick(int user_tick);	/* each timer tick */

#endif
