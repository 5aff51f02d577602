/*
 * Kernel console output and fatal errors. printk writes to every console
 * (serial COM1 and the VGA text screen).
 */
#ifndef KERNEL_PRINTK_H
#define KERNEL_PRINTK_H

#include <kernel/compiler.h>
#include <kernel/types.h>
#include <stdarg.h>

/* Log levels, as a "<N>" prefix like Linux; lower is more severe. */
#define KERN_EMERG	"<0>"
#define KERN_ERR	"<3>"
#define KERN_WARNING	"<4>"
#define KERN_NOTICE	"<5>"
#define KERN_INFO	"<6>"
#define KERN_DEBUG	"<7>"

/* ---- lib/vsprintf.c ---- */
int vsnprintf(char *buf, size_t size, const char *fmt, va_list args);
int snprintf(char *buf, size_t size, const char *fmt, ...) __printf(3, 4);

/* ---- kernel/printk.c ---- */
int printk(const char *fmt, ...) __printf(1, 2);
int vprintk(const char *fmt, va_list args);
extern int console_loglevel;	/* messages above this level are dropped */

/* ---- kernel/panic.c ---- */
void panic(const char *fmt, ...) __printf(1, 2) __noreturn;
/* Set by die() once the oops report is printed, so panic does not repeat it. */
extern bool oops_in_progress;

/* States that cannot happen: panic with the file, line and condition. */
#define BUG_ON(cond) do {						\
	if (unlikely(cond))						\
		panic("BUG at %s:%d: %s", __FILE__, __LINE__, #cond);	\
} while (0)
#define BUG() panic("BUG at %s:%d", __FILE__, __LINE__)

#ifdef CONFIG_DEBUG_VM
#define VM_BUG_ON(cond) BUG_ON(cond)
#else
#define VM_BUG_ON(cond) do { } while (0)
#endif

#endif
