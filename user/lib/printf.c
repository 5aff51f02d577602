/*
 * The printf family. __vformat parses the format and hands finished pieces
 * to an emit callback; the front ends differ only in where the pieces go: a
 * bounded string (vsnprintf) or a file descriptor through a 256-byte buffer
 * that is written out when full and when the call ends (vdprintf).
 */
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "libc.h"

/* One parsed conversion specification. */
struct spec {
	int left;	/* '-': pad on the right */
	int zero;	/* '0': pad numbers with zeros */
	int plus;	/* '+': always a sign */
	int space;	/* ' ': a space for the missing '-' */
	int alt;	/* '#': 0x prefix, leading 0 */
	int width;
	int prec;	/* -1 when absent */
	int size;	/* 'H' hh, 'h', 'l', 'L' ll (z, t, j map to l or L) */
};

struct out {
	__emit_fn emit;
	void *ctx;
	int count;
};

static void out_write(struct out *o, const char *s, size_t n)
{
	if (n) {
		o->emit(o->ctx, s, n);
		o->count += (int)n;
	}
}

static void out_pad(struct out *o, char c, int n)
{
	char pad[16];

	memset(pad, c, sizeof(pad));
	for (; n > 0; n -= (int)sizeof(pad))
		out_write(o, pad, n < (int)sizeof(pad) ? (size_t)n : sizeof(pad));
}

/* Emits prefix, zeros and digits as one field of spec's width. */
static void out_field(struct out *o, const struct spec *sp, const char *prefix,
		      const char *digits, int ndigits)
{
	int plen = (int)strlen(prefix);
	int zeros = sp->prec > ndigits ? sp->prec - ndigits : 0;
	int len = plen + zeros + ndigits;
	int pad = sp->width > len ? sp->width - len : 0;

	if (sp->zero && !sp->left && sp->prec < 0) {
		zeros += pad;
		pad = 0;
	}
	if (!sp->left)
		out_pad(o, ' ', pad);
	out_write(o, prefix, (size_t)plen);
	out_pad(o, '0', zeros);
	out_write(o, digits, (size_t)ndigits);
	if (sp->left)
		out_pad(o, ' ', pad);
}

/* Formats an integer conversion (d i u x X o p). */
static void format_int(struct out *o, const struct spec *sp, char conv,
		       unsigned long long v, int negative)
{
	static const char lower[] = "0123456789abcdef", upper[] = "0123456789ABCDEF";
	const char *digits = conv == 'X' ? upper : lower;
	unsigned base = (conv == 'x' || conv == 'X' || conv == 'p') ? 16 :
			conv == 'o' ? 8 : 10;
	char buf[24], *p = buf + sizeof(buf);
	const char *prefix = "";

	while (v) {
		*--p = digits[v % base];
		v /= base;
	}
	if (p == buf + sizeof(buf) && sp->prec != 0)
		*--p = '0';
	if (negative)
		prefix = "-";
	else if (sp->plus && (conv == 'd' || conv == 'i'))
		prefix = "+";
	else if (sp->space && (conv == 'd' || conv == 'i'))
		prefix = " ";
	else if (conv == 'p' || (sp->alt && base == 16 && *p != '0'))
		prefix = conv == 'X' ? "0X" : "0x";
	else if (sp->alt && base == 8 && *p != '0')
		prefix = "0";
	out_field(o, sp, prefix, p, (int)(buf + sizeof(buf) - p));
}

/* Reads the integer argument of spec's size, sign-extending for %d. */
static unsigned long long fetch_int(va_list *ap, const struct spec *sp,
				    int is_signed, int *negative)
{
	long long s;
	unsigned long long u;

	*negative = 0;
	if (sp->size == 'L') {
		if (!is_signed)
			return va_arg(*ap, unsigned long long);
		s = va_arg(*ap, long long);
	} else if (!is_signed) {
		u = sp->size == 'l' ? va_arg(*ap, unsigned long) : va_arg(*ap, unsigned int);
		if (sp->size == 'h')
			u = (unsigned short)u;
		else if (sp->size == 'H')
			u = (unsigned char)u;
		return u;
	} else {
		s = sp->size == 'l' ? va_arg(*ap, long) : va_arg(*ap, int);
		if (sp->size == 'h')
			s = (short)s;
		else if (sp->size == 'H')
			s = (signed char)s;
	}
	if (s < 0) {
		*negative = 1;
		return -(unsigned long long)s;
	}
	return (unsigned long long)s;
}

/* Parses flags, width, precision and length; returns the conversion char. */
static const char *parse_spec(const char *f, struct spec *sp, va_list *ap)
{
	memset(sp, 0, sizeof(*sp));
	sp->prec = -1;
	for (;; f++) {
		switch (*f) {
		case '-': sp->left = 1; continue;
		case '0': sp->zero = 1; continue;
		case '+': sp->plus = 1; continue;
		case ' ': sp->space = 1; continue;
		case '#': sp->alt = 1; continue;
		}
		break;
	}
	if (*f == '*') {
		sp->width = va_arg(*ap, int);
		if (sp->width < 0) {
			sp->left = 1;
			sp->width = -sp->width;
		}
		f++;
	}
	for (; *f >= '0' && *f <= '9'; f++)
		sp->width = sp->width * 10 + (*f - '0');
	if (*f == '.') {
		f++;
		sp->prec = 0;
		if (*f == '*') {
			sp->prec = va_arg(*ap, int);
			f++;
		}
		for (; *f >= '0' && *f <= '9'; f++)
			sp->prec = sp->prec * 10 + (*f - '0');
	}
	for (;; f++) {
		switch (*f) {
		case 'h': sp->size = sp->size == 'h' ? 'H' : 'h'; continue;
		case 'l': sp->size = sp->size == 'l' ? 'L' : 'l'; continue;
		case 'z': case 't': sp->size = 'l'; continue;	/* 32-bit */
		case 'j': case 'q': case 'L': sp->size = 'L'; continue;
		}
		break;
	}
	return f;
}

/* Formats one conversion c (after parse_spec) from the arguments. */
static void format_one(struct out *o, struct spec *sp, char c, va_list *ap)
{
	unsigned long long v;
	int negative;

	switch (c) {
	case 'd': case 'i':
		v = fetch_int(ap, sp, 1, &negative);
		format_int(o, sp, c, v, negative);
		break;
	case 'u': case 'x': case 'X': case 'o':
		v = fetch_int(ap, sp, 0, &negative);
		format_int(o, sp, c, v, 0);
		break;
	case 'p':
		sp->prec = -1;
		format_int(o, sp, c, (unsigned long)va_arg(*ap, void *), 0);
		break;
	case 'c': {
		char ch = (char)va_arg(*ap, int);

		sp->prec = -1;
		sp->zero = 0;
		out_field(o, sp, "", &ch, 1);
		break;
	}
	case 's': {
		const char *s = va_arg(*ap, const char *);

		if (!s)
			s = "(null)";
		sp->zero = 0;
		int n = (int)strnlen(s, sp->prec >= 0 ? (size_t)sp->prec : SIZE_MAX);

		sp->prec = -1;
		out_field(o, sp, "", s, n);
		break;
	}
	default:	/* %% and anything unknown print themselves */
		out_write(o, &c, 1);
	}
}

int __vformat(__emit_fn emit, void *ctx, const char *fmt, va_list ap)
{
	struct out o = { emit, ctx, 0 };
	struct spec sp;
	va_list args;

	va_copy(args, ap);
	while (*fmt) {
		const char *pct = strchr(fmt, '%');

		if (!pct) {
			out_write(&o, fmt, strlen(fmt));
			break;
		}
		out_write(&o, fmt, (size_t)(pct - fmt));
		fmt = parse_spec(pct + 1, &sp, &args);
		if (!*fmt)
			break;
		format_one(&o, &sp, *fmt++, &args);
	}
	va_end(args);
	return o.count;
}

/* ---- into a string --------------------------------------------------- */

struct strbuf {
	char *buf;
	size_t size;	/* room, including the NUL */
	size_t len;	/* bytes stored so far */
};

static void emit_str(void *ctx, const char *s, size_t n)
{
	struct strbuf *b = ctx;

	if (b->len + 1 < b->size) {
		size_t room = b->size - 1 - b->len;

		memcpy(b->buf + b->len, s, n < room ? n : room);
		b->len += n < room ? n : room;
	}
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct strbuf b = { buf, size, 0 };
	int n = __vformat(emit_str, &b, fmt, ap);

	if (size)
		buf[b.len] = '\0';
	return n;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

int vsprintf(char *buf, const char *fmt, va_list ap)
{
	return vsnprintf(buf, INT_MAX, fmt, ap);
}

int sprintf(char *buf, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsprintf(buf, fmt, ap);
	va_end(ap);
	return n;
}

/* ---- to a file descriptor -------------------------------------------- */

struct fdbuf {
	int fd;
	int error;
	size_t len;
	char buf[256];
};

static void fdbuf_flush(struct fdbuf *b)
{
	size_t done = 0;

	while (done < b->len) {
		ssize_t n = write(b->fd, b->buf + done, b->len - done);

		if (n <= 0) {
			b->error = 1;
			break;
		}
		done += (size_t)n;
	}
	b->len = 0;
}

static void emit_fd(void *ctx, const char *s, size_t n)
{
	struct fdbuf *b = ctx;

	while (n) {
		size_t chunk = sizeof(b->buf) - b->len;

		if (chunk > n)
			chunk = n;
		memcpy(b->buf + b->len, s, chunk);
		b->len += chunk;
		s += chunk;
		n -= chunk;
		if (b->len == sizeof(b->buf))
			fdbuf_flush(b);
	}
}

int vdprintf(int fd, const char *fmt, va_list ap)
{
	struct fdbuf b;
	int n;

	b.fd = fd;
	b.error = 0;
	b.len = 0;
	n = __vformat(emit_fd, &b, fmt, ap);
	fdbuf_flush(&b);
	return b.error ? -1 : n;
}

int dprintf(int fd, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vdprintf(fd, fmt, ap);
	va_end(ap);
	return n;
}

int vfprintf(FILE *f, const char *fmt, va_list ap)
{
	int n = vdprintf(f->fd, fmt, ap);

	if (n < 0)
		f->error = 1;
	return n;
}

int fprintf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfprintf(f, fmt, ap);
	va_end(ap);
	return n;
}

int vprintf(const char *fmt, va_list ap)
{
	return vfprintf(stdout, fmt, ap);
}

int printf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfprintf(stdout, fmt, ap);
	va_end(ap);
	return n;
}
