/*
 * The two cascaded 8259A interrupt controllers. The BIOS leaves IRQ 0-7 on
 * vectors 8-15, where they would collide with CPU exceptions, so we remap
 * the master to vectors 32-39 and the slave to 40-47.
 */
#include <asm/io.h>
#include <asm/irq.h>
#include <kernel/printk.h>

#define PIC1_CMD	0x20
#define PIC1_DATA	0x21
#define PIC2_CMD	0xA0
#define PIC2_DATA	0xA1
#define PIC_EOI		0x20
#define ICW1_INIT	0x11	/* edge triggered, cascade, ICW4 follows */
#define ICW4_8086	0x01

static irq_handler_t irq_handlers[NR_IRQS];
static u16 irq_mask = 0xFFFB;	/* all masked but the cascade line (IRQ 2) */

static void pic_write_mask(void)
{
	outb(irq_mask & 0xFF, PIC1_DATA);
	outb(irq_mask >> 8, PIC2_DATA);
}

/* Remap both PICs to vectors 32-47 and mask every line but the cascade. Once, at boot. */
void init_i8259(void)
{
	outb(ICW1_INIT, PIC1_CMD);
	outb(ICW1_INIT, PIC2_CMD);
	outb(FIRST_EXTERNAL_VECTOR, PIC1_DATA);		/* ICW2: vector base */
	outb(FIRST_EXTERNAL_VECTOR + 8, PIC2_DATA);
	outb(1 << 2, PIC1_DATA);			/* ICW3: slave on IRQ 2 */
	outb(2, PIC2_DATA);				/* ICW3: slave identity */
	outb(ICW4_8086, PIC1_DATA);
	outb(ICW4_8086, PIC2_DATA);
	pic_write_mask();
}

/* Install handler for irq (0-15, one handler per line) and unmask the line. */
void request_irq(unsigned int irq, irq_handler_t handler)
{
	irq_handlers[irq] = handler;
	irq_mask &= ~(1u << irq);
	pic_write_mask();
}

/*
 * Vectors 32-47, from do_trap with interrupts off: acknowledge the PIC
 * (first, since the handler may switch tasks), then run the line's handler.
 */
void do_irq(struct pt_regs *regs)
{
	unsigned int irq = regs->trapno - FIRST_EXTERNAL_VECTOR;

	/* Acknowledge first: a handler may switch tasks and return much later. */
	if (irq >= 8)
		outb(PIC_EOI, PIC2_CMD);
	outb(PIC_EOI, PIC1_CMD);
	if (irq_handlers[irq])
		irq_handlers[irq](regs);
}
