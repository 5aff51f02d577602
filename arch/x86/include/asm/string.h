/*
 * The i386 versions of the hot memory functions (Linux: asm/string_32.h).
 * Zeroing and copying whole pages is most of the cost of an anonymous or
 * copy-on-write fault, so memset and memcpy move four bytes per iteration
 * with "rep stosl"/"rep movsl" and do the 0-3 byte tail with "rep stosb"/
 * "rep movsb": a quarter of the iterations of a byte loop. The string
 * instructions run upwards because the kernel keeps EFLAGS.DF clear (the
 * trap entry does cld), as the i386 ABI requires.
 *
 * __HAVE_ARCH_MEMSET/MEMCPY tell lib/string.c to leave its portable
 * versions out; arch/x86/memcpy_32.c defines memset and memcpy with these.
 */
#ifndef ASM_STRING_H
#define ASM_STRING_H

#include <kernel/types.h>

#define __HAVE_ARCH_MEMSET
#define __HAVE_ARCH_MEMCPY

static inline __attribute__((always_inline)) void *__memset(void *s, int c, size_t n)
{
	void *d = s;
	size_t words = n / 4, tail = n % 4;
	u32 pattern = (u8)c * 0x01010101u;	/* the byte in all four lanes */

	__asm__ __volatile__("rep stosl" : "+D"(d), "+c"(words) : "a"(pattern) : "memory");
	__asm__ __volatile__("rep stosb" : "+D"(d), "+c"(tail) : "a"(pattern) : "memory");
	return s;
}

static inline __attribute__((always_inline)) void *__memcpy(void *dst, const void *src, size_t n)
{
	void *d = dst;
	size_t words = n / 4, tail = n % 4;

	__asm__ __volatile__("rep movsl" : "+D"(d), "+S"(src), "+c"(words) : : "memory");
	__asm__ __volatile__("rep movsb" : "+D"(d), "+S"(src), "+c"(tail) : : "memory");
	return dst;
}

#endif
