/*
 * String and memory functions of lib/string.c (freestanding, no libc), with
 * i386's memset and memcpy from asm/string.h. They behave as ISO C's; the
 * kernel-only ones (strlcpy, simple_strtoul) say what they do where they
 * are defined.
 */
#ifndef LIB_STRING_H
#define LIB_STRING_H

#include <asm/string.h>
#include <kernel/types.h>

/* ---- lib/string.c (memset, memcpy: arch/x86/memcpy_32.c) ---- */
void *memset(void *s, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strcpy(char *dst, const char *src);
size_t strlcpy(char *dst, const char *src, size_t size);	/* returns strlen(src) */
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
unsigned long simple_strtoul(const char *s, char **end, unsigned int base);

#endif
