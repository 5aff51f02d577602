/*
 * QEMU's isa-debug-exit device (-device isa-debug-exit,iobase=0xf4): a write
 * of v to port 0xF4 ends QEMU with exit status (v << 1) | 1. This is how a
 * test boot reports back. On a machine without it, we halt for good.
 */
#include <asm/io.h>
#include <asm/processor.h>
#include <kernel/console.h>

#define QEMU_EXIT_PORT	0xF4

/*
 * End the QEMU run: QEMU exits with status (code << 1) | 1. On a machine
 * without the device, halt with interrupts off. Never returns.
 */
void qemu_exit(unsigned int code)
{
	outl(code, QEMU_EXIT_PORT);
	local_irq_disable();
	for (;;)
		halt();
}
