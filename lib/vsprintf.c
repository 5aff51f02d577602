/*
 * printf-style formatting for printk and snprintf: %d %i %u %x %X %o %c %s
 * %p %%, with the l and ll length modifiers, a field width, and the '0'
 * (zero padding) and '-' (left-justify) flags. No floating point.
 */
#include <asm/div64.h>
#include <kernel/printk.h>
#include <lib/string.h>

struct outbuf {
	char *buf;
	size_t size;	/* capacity including the terminating NUL */
	size_t len;	/* characters produced so far (may exceed size) */
};

static void put(struct outbuf *o, char c)
{
	if (o->len + 1 < o->size)
		o->buf[o->len] = c;
	o->len++;
}

struct spec {
	int width;
	bool zero, left;
};

static void put_padded(struct outbuf *o, const char *s, size_t n,
		       const struct spec *sp, bool negative)
{
	int pad = sp->width - (int)n - negative;

	if (!sp->left && !sp->zero)
		while (pad-- > 0)
			put(o, ' ');
	if (negative)
		put(o, '-');
	if (!sp->left && sp->zero)
		while (pad-- > 0)
			put(o, '0');
	while (n--)
		put(o, *s++);
	while (pad-- > 0)
		put(o, ' ');
}

static void put_number(struct outbuf *o, u64 v, unsigned int base,
		       bool upper, bool negative, const struct spec *sp)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char tmp[24];
	int i = sizeof(tmp);

	do {
		tmp[--i] = digits[do_div(v, base)];	/* 32-bit divides only */
	} while (v);
	put_padded(o, tmp + i, sizeof(tmp) - i, sp, negative);
}

/* Reads an argument of the given length modifier as unsigned, or signed widened. */
static unsigned long long get_arg(va_list *ap, int lng, bool is_signed, bool *neg)
{
	long long s;

	*neg = false;
	if (!is_signed)
		return lng >= 2 ? va_arg(*ap, unsigned long long) :
		       lng == 1 ? va_arg(*ap, unsigned long) : va_arg(*ap, unsigned int);
	s = lng >= 2 ? va_arg(*ap, long long) :
	    lng == 1 ? va_arg(*ap, long) : va_arg(*ap, int);
	if (s < 0) {
		*neg = true;
		return -(unsigned long long)s;
	}
	return s;
}

/* %d %i %u %x %X %o: reads the argument of length lng and formats it. */
static void format_integer(struct outbuf *o, char conv, int lng,
			   const struct spec *sp, va_list *ap)
{
	bool is_signed = conv == 'd' || conv == 'i', neg;
	unsigned long long v = get_arg(ap, lng, is_signed, &neg);
	unsigned int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;

	put_number(o, v, base, conv == 'X', neg, sp);
}

/* Reads the flags ('0', '-'), the width and the length (l, ll, z) of a conversion. */
static const char *parse_spec(const char *fmt, struct spec *sp, int *lng)
{
	for (;; fmt++) {
		if (*fmt == '0')
			sp->zero = true;
		else if (*fmt == '-')
			sp->left = true;
		else
			break;
	}
	while (*fmt >= '0' && *fmt <= '9')
		sp->width = sp->width * 10 + (*fmt++ - '0');
	while (*fmt == 'l')
		(*lng)++, fmt++;
	if (*fmt == 'z')
		fmt++;
	return fmt;
}

/* Formats one conversion at *fmt (just after '%'); returns the next fmt position. */
static const char *format_one(struct outbuf *o, const char *fmt, va_list *ap)
{
	struct spec sp = { 0, false, false };
	int lng = 0;
	const char *s;
	char c;

	fmt = parse_spec(fmt, &sp, &lng);
	switch (*fmt) {
	case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
		format_integer(o, *fmt, lng, &sp, ap);
		break;
	case 'p':
		sp.zero = true, sp.width = 8;
		put(o, '0'), put(o, 'x');
		put_number(o, (unsigned long)va_arg(*ap, void *), 16, false, false, &sp);
		break;
	case 'c':
		c = (char)va_arg(*ap, int);
		put_padded(o, &c, 1, &sp, false);
		break;
	case 's':
		s = va_arg(*ap, const char *);
		if (!s)
			s = "(null)";
		put_padded(o, s, strlen(s), &sp, false);
		break;
	case '%':
		put(o, '%');
		break;
	case '\0':
		return fmt;
	default:
		put(o, '%'), put(o, *fmt);
	}
	return fmt + 1;
}

/*
 * Like C's vsnprintf, for the conversions listed at the top of this file:
 * writes at most size bytes including the NUL (none if size is 0) and
 * returns the length the whole output would have had.
 */
int vsnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	struct outbuf o = { buf, size, 0 };
	va_list ap;

	va_copy(ap, args);
	while (*fmt) {
		if (*fmt != '%')
			put(&o, *fmt++);
		else
			fmt = format_one(&o, fmt + 1, &ap);
	}
	va_end(ap);
	if (size)
		buf[o.len < size ? o.len : size - 1] = '\0';
	return (int)o.len;
}

/* vsnprintf with the arguments inline. */
int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}
