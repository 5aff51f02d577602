/*
 * memset and memcpy for i386 (Linux: arch/x86/lib/memcpy_32.c): the
 * string-instruction bodies of asm/string.h, out of line, under the names
 * every caller uses. lib/string.c has the rest of the string functions.
 */
#include <lib/string.h>

/* Fill n bytes at s with the byte c; returns s. */
void *memset(void *s, int c, size_t n)
{
	return __memset(s, c, n);
}

/* Copy n bytes from src to dst, which must not overlap (memmove may); returns dst. */
void *memcpy(void *dst, const void *src, size_t n)
{
	return __memcpy(dst, src, n);
}
