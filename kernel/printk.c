/*
 * printk: format a message and write it to every console. A leading "<N>"
 * level is stripped; messages above console_loglevel are dropped.
 */
#include <asm/processor.h>
#include <kernel/console.h>
#include <kernel/printk.h>

int console_loglevel = 7;

/* Write n raw bytes (no log level) to every console, with interrupts off. */
void console_write(const char *s, size_t n)
{
	unsigned long flags = local_irq_save();

	serial_write(s, n);
	vga_write(s, n);
	local_irq_restore(flags);
}

/* printk with a va_list. */
int vprintk(const char *fmt, va_list args)
{
	char buf[512];
	int level = 6, n;
	const char *p = buf;

	n = vsnprintf(buf, sizeof(buf), fmt, args);
	if (n > (int)sizeof(buf) - 1)
		n = sizeof(buf) - 1;
	if (buf[0] == '<' && buf[1] >= '0' && buf[1] <= '7' && buf[2] == '>') {
		level = buf[1] - '0';
		p += 3, n -= 3;
	}
	if (level <= console_loglevel)
		console_write(p, n);
	return n;
}

/*
 * Format like vsnprintf and write the message to every console if its
 * leading KERN_* level (default KERN_INFO) is at most console_loglevel;
 * the level prefix itself is not printed. Returns the length of the
 * message without it, cut at 511 bytes. Safe from interrupt handlers.
 */
int printk(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vprintk(fmt, ap);
	va_end(ap);
	return n;
}
