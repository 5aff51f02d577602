/* The console devices: serial COM1 (the main console) and the VGA text screen. */
#ifndef KERNEL_CONSOLE_H
#define KERNEL_CONSOLE_H

#include <kernel/types.h>

/* ---- drivers/serial.c ---- */
void serial_init(void);				/* COM1 115200 8N1, polled output */
void serial_write(const char *s, size_t n);	/* waits; "\n" goes out as "\r\n" */
/*
 * Called from the COM1 interrupt with each received character; the console
 * tty sets it. Runs with interrupts disabled.
 */
extern void (*serial_rx_hook)(char c);

/* ---- drivers/vga.c ---- */
void vga_init(void);				/* clear the 80x25 screen */
void vga_write(const char *s, size_t n);	/* at the cursor; scrolls */

/* ---- kernel/printk.c ---- */
void console_write(const char *s, size_t n);

/* ---- drivers/qemu_exit.c ---- */
void qemu_exit(unsigned int code) __attribute__((noreturn));	/* status (code << 1) | 1 */
#define QEMU_EXIT_POWEROFF	0x10	/* clean power-off: QEMU status 33 */
#define QEMU_EXIT_PANIC		0x11	/* panic or fatal boot error: status 35 */

#endif
