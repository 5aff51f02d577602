/*
 * Formatted output to file descriptors (user/lib/printf.c, user/lib/stdio.c).
 * There is no stdio buffering: printf() formats into a small buffer and
 * issues write(2) when it fills and when the call ends, so output is never
 * lost by _exit or a fatal signal, and is never duplicated by fork.
 * Conversions: %d %i %u %x %X %o %p %s %c %%, with flags - 0 + space #,
 * width and precision (also *), and lengths hh h l ll z t j.
 */
#ifndef _STDIO_H
#define _STDIO_H

#include <stdarg.h>
#include <stddef.h>

#define EOF	(-1)
#define BUFSIZ	1024

typedef struct __file {
	int fd;
	int eof;
	int error;
} FILE;

extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;

int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int fprintf(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int dprintf(int fd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int sprintf(char *buf, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int snprintf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int vprintf(const char *fmt, va_list ap);
int vfprintf(FILE *f, const char *fmt, va_list ap);
int vdprintf(int fd, const char *fmt, va_list ap);
int vsprintf(char *buf, const char *fmt, va_list ap);
/* Like C99: returns the length the full output would have. */
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);

int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int putchar(int c);
int fputs(const char *s, FILE *f);
int puts(const char *s);
size_t fwrite(const void *p, size_t size, size_t n, FILE *f);
int fgetc(FILE *f);
int getc(FILE *f);
int getchar(void);
/* Reads one line (byte by byte, so nothing past the newline is consumed). */
char *fgets(char *s, int size, FILE *f);
int fflush(FILE *f);
int feof(FILE *f);
int ferror(FILE *f);
int fileno(FILE *f);

/*
 * Not standard, for the tools: read_file reads a whole (small) file into
 * buf, NUL-terminated, returning its length or -1; print_file copies a file
 * to a descriptor, returning 0 or -1 (both set errno).
 */
#include <sys/types.h>
ssize_t read_file(const char *path, char *buf, size_t size);
int print_file(const char *path, int out);

/* "what: message for errno" on stderr. */
void perror(const char *what);

#endif
