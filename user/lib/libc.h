/* Private helpers shared by the files of the user library. */
#ifndef USER_LIB_LIBC_H
#define USER_LIB_LIBC_H

#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <sys/syscall.h>
#include <unistd.h>

/*
 * The wrappers' calling shorthand: __syscall with the unused arguments 0.
 * Arguments are cast to long, so pointers and ints both pass as one word.
 */
#define SYSCALL0(nr)			__syscall(nr, 0, 0, 0, 0, 0, 0)
#define SYSCALL1(nr, a)			__syscall(nr, (long)(a), 0, 0, 0, 0, 0)
#define SYSCALL2(nr, a, b)		__syscall(nr, (long)(a), (long)(b), 0, 0, 0, 0)
#define SYSCALL3(nr, a, b, c) \
	__syscall(nr, (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define SYSCALL4(nr, a, b, c, d) \
	__syscall(nr, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)
#define SYSCALL5(nr, a, b, c, d, e) \
	__syscall(nr, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), 0)
#define SYSCALL6(nr, a, b, c, d, e, f) \
	__syscall(nr, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))

/* Turns a raw result into libc's convention: -1 and errno for -4095..-1. */
static inline long __sys_ret(long r)
{
	if ((unsigned long)r > -4096UL) {
		errno = (int)-r;
		return -1;
	}
	return r;
}

/* Formatting core of the printf family (printf.c): calls emit for each piece. */
typedef void (*__emit_fn)(void *ctx, const char *s, size_t n);
int __vformat(__emit_fn emit, void *ctx, const char *fmt, va_list ap);

/* Called by exit() before exit_group. */
void __run_atexit(void);

#endif
