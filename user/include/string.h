/* Memory and string functions (user/lib/string.c, strerror in errno.c). */
#ifndef _STRING_H
#define _STRING_H

#include <stddef.h>

void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *s, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);

size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strcpy(char *dst, const char *src);
char *strncpy(char *dst, const char *src, size_t n);
/* Copies at most size-1 bytes and always terminates; returns strlen(src). */
size_t strlcpy(char *dst, const char *src, size_t size);
char *strcat(char *dst, const char *src);
char *strncat(char *dst, const char *src, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *haystack, const char *needle);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
char *strpbrk(const char *s, const char *accept);
/* Splits in place like strtok, keeping its position in *save. */
char *strtok_r(char *s, const char *delim, char **save);
char *strtok(char *s, const char *delim);
/* A malloc'ed copy, or NULL with errno ENOMEM. */
char *strdup(const char *s);
char *strndup(const char *s, size_t n);

/* The message for an errno value ("Bad address"); never NULL. */
char *strerror(int errnum);
/* The symbolic name of an errno value ("EFAULT"), or "E?" if unknown. */
const char *strerrorname_np(int errnum);

#endif
