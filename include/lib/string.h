/*
 * String and memory functions of lib/string.c (freestanding, no libc). They
 * behave as ISO C's; the kernel-only ones say what they do.
 */
#ifndef LIB_STRING_H
#define LIB_STRING_H

#include <asm/string.h>
#include <kernel/types.h>

void *memset(void *s, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strcpy(char *dst, const char *src);
/* Copy src into dst of size bytes, always NUL-terminated; returns strlen(src). */
size_t strlcpy(char *dst, const char *src, size_t size);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
/*
 * The number at the start of s in base (0: "0x" hex, "0" octal, else
 * decimal); *end (if end) points past it. No overflow or sign checks.
 */
unsigned long simple_strtoul(const char *s, char **end, unsigned int base);

#endif
