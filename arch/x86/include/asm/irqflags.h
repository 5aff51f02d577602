/*
 * The interrupt flag (EFLAGS.IF) and halting (Linux: asm/irqflags.h). The
 * kernel is not preemptible, so turning interrupts off is its only lock:
 * state an interrupt handler also touches is changed between
 * local_irq_save() and local_irq_restore().
 */
#ifndef ASM_IRQFLAGS_H
#define ASM_IRQFLAGS_H

static inline void local_irq_enable(void) { __asm__ __volatile__("sti" ::: "memory"); }
static inline void local_irq_disable(void) { __asm__ __volatile__("cli" ::: "memory"); }

/* Save the interrupt flag and disable interrupts; restore it later. */
static inline unsigned long local_irq_save(void)
{
	unsigned long flags;
	__asm__ __volatile__("pushf; pop %0; cli" : "=r"(flags) : : "memory");
	return flags;
}

static inline void local_irq_restore(unsigned long flags)
{
	__asm__ __volatile__("push %0; popf" : : "r"(flags) : "memory", "cc");
}

/* Stop the CPU until the next interrupt (which must be enabled to come). */
static inline void halt(void) { __asm__ __volatile__("hlt"); }

/*
 * Enable interrupts and halt, atomically: sti takes effect only after the
 * next instruction, so an interrupt cannot slip in between a caller's
 * check (made with interrupts off) and the hlt, and a wake-up is never
 * slept through. Returns with interrupts on.
 */
static inline void safe_halt(void) { __asm__ __volatile__("sti; hlt" ::: "memory"); }

#endif
