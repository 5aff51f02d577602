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
/* Register bits, with the names of Linux's include/uapi/linux/serial_reg.h. */
#define UART_IER_RDI		0x01	/* interrupt when data arrives */
#define UART_FCR_ENABLE_FIFO	0x01
#define UART_FCR_CLEAR_RCVR	0x02
#define UART_FCR_CLEAR_XMIT	0x04
#define UART_FCR_TRIGGER_14	0xc0	/* interrupt at 14 bytes in the FIFO */
#define UART_LCR_WLEN8		0x03	/* 8 data bits, no parity, one stop bit */
#define UART_LCR_DLAB		0x80	/* DATA and IER hold the baud divisor */
#define UART_MCR_DTR		0x01
#define UART_MCR_RTS		0x02
#define UART_MCR_OUT2		0x08
#define COM1_IRQ	4

void (*serial_rx_hook)(char c);

/* Set COM1 to 115200 8N1 with its FIFOs on, interrupts off (output is polled). */
void serial_init(void)
{
	outb(0x00, COM1 + UART_IER);
	outb(UART_LCR_DLAB, COM1 + UART_LCR);
	outb(0x01, COM1 + UART_DATA);	/* divisor 1: 115200 baud */
	outb(0x00, COM1 + UART_IER);	/* divisor high byte */
	outb(UART_LCR_WLEN8, COM1 + UART_LCR);
	outb(UART_FCR_ENABLE_FIFO | UART_FCR_CLEAR_RCVR | UART_FCR_CLEAR_XMIT |
	     UART_FCR_TRIGGER_14, COM1 + UART_FCR);
	outb(UART_MCR_DTR | UART_MCR_RTS | UART_MCR_OUT2, COM1 + UART_MCR);
}

static void serial_putc(char c)
{
	while (!(inb(COM1 + UART_LSR) & LSR_THR_EMPTY))
		;
	outb((u8)c, COM1 + UART_DATA);
}

/* Send n bytes to COM1, waiting for the transmitter; "\n" goes out as "\r\n". */
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

/*
 * Start taking input by interrupt: each received byte goes to
 * serial_rx_hook. Called once the interrupt controller is set up.
 */
void serial_enable_rx(void)
{
	request_irq(COM1_IRQ, serial_interrupt);
	outb(UART_IER_RDI, COM1 + UART_IER);
}
