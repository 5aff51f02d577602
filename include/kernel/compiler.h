/* Compiler helpers shared by every subsystem. */
#ifndef KERNEL_COMPILER_H
#define KERNEL_COMPILER_H

#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)
#define __packed	__attribute__((packed))
#define __aligned(n)	__attribute__((aligned(n)))
#define __section(s)	__attribute__((section(s)))
#define __used		__attribute__((used))
#define noinline	__attribute__((__noinline__))
#define __noreturn	__attribute__((noreturn))
#define __unused	__attribute__((unused))
/* A pointer into user space: never dereferenced, only copied from/to (Linux: sparse). */
#define __user
/*
 * A function called from (or calling) assembly: arguments on the stack.
 * The kernel is built with -mregparm=3 (the first three arguments in eax,
 * edx, ecx), as Linux's i386 kernel is; asmlinkage opts out (Linux:
 * linux/linkage.h).
 */
#define asmlinkage	__attribute__((regparm(0)))
#define __printf(a, b)	__attribute__((format(printf, a, b)))

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))
#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - __builtin_offsetof(type, member)))

#define min(a, b)	((a) < (b) ? (a) : (b))
#define max(a, b)	((a) > (b) ? (a) : (b))
/* Round x up/down to a multiple of a, which must be a power of two. */
#define ALIGN(x, a)	(((x) + (a) - 1) & ~((__typeof__(x))(a) - 1))
#define ALIGN_DOWN(x, a) ((x) & ~((__typeof__(x))(a) - 1))
#define IS_ALIGNED(x, a) (((x) & ((__typeof__(x))(a) - 1)) == 0)

#define barrier()	__asm__ __volatile__("" ::: "memory")

#endif
