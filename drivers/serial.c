/*
 * The 16550 UART at COM1 (I/O port 0x3F8): the kernel console. Output is
 * polled; input arrives by interrupt (IRQ 4) and goes to serial_rx_hook.
 */
#include <asm/io.h>
#include <asm/irq.h>
#include <kernel/console.h>

#define COM1		0x3F8
#define UART_DATA	0	/* receive / transmit buffer (DLAB=0) */
#define UART_IER	1	/* interrupt enable (DLAB=0) */
#define UART_FCR	2	/* FIFO control */
#define UART_LCR	3	/* line control; bit 7 = DLAB */
#define UART_MCR	4	/* modem control; OUT2 gates the IRQ line */
#define UART_LSR	5	/* line status */
#define LSR_DATA_READY	0x01
#define LSR_THR_EMPTY	0x20
#define COM1_IRQ	4

void (*serial_rx_hook)(char c);

void serial_init(void)
{
	outb(0x00, COM1 + UART_IER);
	outb(0x80, COM1 + UART_LCR);	/* DLAB: set the divisor */
	outb(0x01, COM1 + UART_DATA);	/* 115200 baud */
	outb(0x00, COM1 + UART_IER);
	outb(0x03, COM1 + UART_LCR);	/* 8 bits, no parity, one stop bit */
	outb(0xC7, COM1 + UART_FCR);	/* FIFOs on and cleared */
	outb(0x0B, COM1 + UART_MCR);	/* DTR, RTS, OUT2 */
}

static void serial_putc(char c)
{
	while (!(inb(COM1 + UART_LSR) & LSR_THR_EMPTY))
		;
	outb((u8)c, COM1 + UART_DATA);
}

void serial_write(const char *s, size_t n)
{
	while (n--) {
		if (*s == '\n')
			serial_putc('\r');
		serial_putc(*s++);
	}
}

static void serial_interrupt(struct pt_regs *regs)
{
	while (inb(COM1 + UART_LSR) & LSR_DATA_READY) {
		char c = (char)inb(COM1 + UART_DATA);

		if (serial_rx_hook)
			serial_rx_hook(c);
	}
}

/* Called once interrupts are set up: start taking input by IRQ. */
void serial_enable_rx(void)
{
	request_irq(COM1_IRQ, serial_interrupt);
	outb(0x01, COM1 + UART_IER);	/* interrupt on received data */
}
