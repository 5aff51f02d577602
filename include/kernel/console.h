/* The console devices: serial COM1 (the main console) and the VGA text screen. */
#ifndef KERNEL_CONSOLE_H
#define KERNEL_CONSOLE_H

#include <kernel/types.h>

/* drivers/serial.c */
/* Set COM1 to 115200 8N1 with its FIFOs on, interrupts off (output is polled). */
void serial_init(void);
/* Send n bytes to COM1, waiting for the transmitter; "\n" goes out as "\r\n". */
void serial_write(const char *s, size_t n);
/*
 * Called from the COM1 interrupt with each received character; the console
 * tty sets it. Runs with interrupts disabled.
 */
extern void (*serial_rx_hook)(char c);

/* drivers/vga.c */
/* Clear the 80x25 text screen and home the cursor. */
void vga_init(void);
/* Print n bytes at the cursor ("\n", "\r" and "\b" move it); scrolls at the bottom. */
void vga_write(const char *s, size_t n);

/* kernel/printk.c: write raw bytes to every console (no log level). */
void console_write(const char *s, size_t n);

/* drivers/qemu_exit.c: end the QEMU run; QEMU exits with (code << 1) | 1. */
void qemu_exit(unsigned int code) __attribute__((noreturn));
#define QEMU_EXIT_POWEROFF	0x10	/* clean power-off: QEMU status 33 */
#define QEMU_EXIT_PANIC		0x11	/* panic or fatal boot error: status 35 */

#endif
