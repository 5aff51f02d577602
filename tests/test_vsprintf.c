/* SOURCES: lib/vsprintf.c lib/string.c */
/*
 * Host unit test of the kernel's printf formatting (lib/vsprintf.c): every
 * conversion printk supports, against the output C's printf gives for the
 * same format (the kernel must format exactly as students expect).
 */
#include <kernel/printk.h>
#include <stdio.h>
#include <string.h>

/* We test truncation and NULL on purpose. */
#pragma GCC diagnostic ignored "-Wformat-truncation"
#pragma GCC diagnostic ignored "-Wformat-overflow"

static int passed, failed, n;

static void check(const char *got, const char *want, const char *fmt)
{
	n++;
	if (!strcmp(got, want)) {
		passed++;
		printf("ok %d - vsprintf \"%s\" -> \"%s\"\n", n, fmt, want);
	} else {
		failed++;
		printf("not ok %d - vsprintf \"%s\": expected \"%s\", got \"%s\"\n", n, fmt, want, got);
	}
}

#define T(want, fmt, ...) do {						\
	char buf[128];							\
	snprintf(buf, sizeof(buf), fmt, __VA_ARGS__);			\
	check(buf, want, fmt);						\
} while (0)

int main(void)
{
	char small[6];
	int len;

	T("42", "%d", 42);
	T("-42", "%i", -42);
	T("-2147483648", "%d", (int)0x80000000);
	T("4294967295", "%u", 0xffffffffu);
	T("deadbeef", "%x", 0xdeadbeefu);
	T("DEADBEEF", "%X", 0xdeadbeefu);
	T("777", "%o", 0777);
	T("c0100000", "%lx", 0xc0100000ul);
	T("123456789abcdef0", "%llx", 0x123456789abcdef0ull);
	T("-9000000000", "%lld", -9000000000ll);
	T("0x0000abcd", "%p", (void *)0xabcd);
	T("x", "%c", 'x');
	T("hello", "%s", "hello");
	T("(null)", "%s", (char *)NULL);
	T("   42", "%5d", 42);
	T("00042", "%05d", 42);
	T("-0042", "%05d", -42);
	T("42   |", "%-5d|", 42);
	T("0000beef", "%08x", 0xbeefu);
	T("  ab", "%4s", "ab");
	T("ab  |", "%-4s|", "ab");
	T("100%", "%d%%", 100);

	/* Truncation: at most size-1 characters, always terminated, full length returned. */
	len = snprintf(small, sizeof(small), "%s", "abcdefgh");
	check(small, "abcde", "truncated %s");
	n++;
	if (len == 8) {
		passed++;
		printf("ok %d - vsprintf returns the untruncated length\n", n);
	} else {
		failed++;
		printf("not ok %d - vsprintf returns the untruncated length: expected 8, got %d\n", n, len);
	}
	return failed != 0;
}
