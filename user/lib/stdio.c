/*
 * FILE streams are only file descriptors with two flags: every output call
 * writes at once (see stdio.h) and input is read one byte per read(2), so a
 * program that forks or execs never leaves data behind in a buffer.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static FILE files[3] = { { 0, 0, 0 }, { 1, 0, 0 }, { 2, 0, 0 } };
FILE *stdin = &files[0];
FILE *stdout = &files[1];
FILE *stderr = &files[2];

size_t fwrite(const void *p, size_t size, size_t n, FILE *f)
{
	const char *s = p;
	size_t total = size * n, done = 0;

	while (done < total) {
		ssize_t r = write(f->fd, s + done, total - done);

		if (r <= 0) {
			f->error = 1;
			break;
		}
		done += (size_t)r;
	}
	return size ? done / size : 0;
}

int fputc(int c, FILE *f)
{
	unsigned char ch = (unsigned char)c;

	return fwrite(&ch, 1, 1, f) == 1 ? ch : EOF;
}

int putc(int c, FILE *f)
{
	return fputc(c, f);
}

int putchar(int c)
{
	return fputc(c, stdout);
}

int fputs(const char *s, FILE *f)
{
	size_t n = strlen(s);

	return fwrite(s, 1, n, f) == n ? 0 : EOF;
}

/* The line and its newline in one write, so lines of two processes never mix. */
int puts(const char *s)
{
	return printf("%s\n", s) < 0 ? EOF : 0;
}

int fgetc(FILE *f)
{
	unsigned char ch;
	ssize_t n = read(f->fd, &ch, 1);

	if (n == 1)
		return ch;
	if (n == 0)
		f->eof = 1;
	else
		f->error = 1;
	return EOF;
}

int getc(FILE *f)
{
	return fgetc(f);
}

int getchar(void)
{
	return fgetc(stdin);
}

char *fgets(char *s, int size, FILE *f)
{
	int i = 0, c;

	if (size <= 0)
		return NULL;
	while (i < size - 1) {
		c = fgetc(f);
		if (c == EOF)
			break;
		s[i++] = (char)c;
		if (c == '\n')
			break;
	}
	if (i == 0)
		return NULL;
	s[i] = '\0';
	return s;
}

int fflush(FILE *f)
{
	(void)f;
	return 0;
}

int feof(FILE *f)
{
	return f->eof;
}

int ferror(FILE *f)
{
	return f->error;
}

int fileno(FILE *f)
{
	return f->fd;
}
