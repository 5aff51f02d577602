/*
 * The printf family formats like C99's: snprintf returns the full length and
 * truncates, and each conversion, flag, width and precision used by the
 * programs of this tree gives the same text as glibc.
 */
#include <limits.h>
#include <stdio.h>
#include <test.h>

static void check(const char *got, int n, const char *want, const char *what)
{
	EXPECT_STREQ(got, want, what);
	EXPECT_EQ(n, (int)strlen(want), what);
}

#define CHECK(want, ...) do {						\
	char buf[128];							\
	int n = snprintf(buf, sizeof(buf), __VA_ARGS__);		\
	check(buf, n, want, #__VA_ARGS__);				\
} while (0)

int main(void)
{
	char small[8];
	int n;

	CHECK("42", "%d", 42);
	CHECK("-42", "%i", -42);
	CHECK("-2147483648", "%d", INT_MIN);
	CHECK("4294967295", "%u", UINT_MAX);
	CHECK("deadbeef", "%x", 0xdeadbeefu);
	CHECK("DEADBEEF", "%X", 0xdeadbeefu);
	CHECK("ffffffff", "%lx", 0xffffffffUL);
	CHECK("123456789abcdef0", "%llx", 0x123456789abcdef0ULL);
	CHECK("-9223372036854775808", "%lld", LLONG_MIN);
	CHECK("18446744073709551615", "%llu", ULLONG_MAX);
	CHECK("0x1000", "%p", (void *)0x1000);
	CHECK("hello", "%s", "hello");
	CHECK("x", "%c", 'x');
	CHECK("100%", "%d%%", 100);
	CHECK("   42", "%5d", 42);
	CHECK("42   |", "%-5d|", 42);
	CHECK("00042", "%05d", 42);
	CHECK("-0042", "%05d", -42);
	CHECK("000000ff", "%08x", 255);
	CHECK("0xff", "%#x", 255);
	CHECK("+7", "%+d", 7);
	CHECK("  abc", "%5s", "abc");
	CHECK("abc  |", "%-5s|", "abc");
	CHECK("ab", "%.2s", "abc");
	CHECK("007", "%.3d", 7);
	CHECK("   7", "%*d", 4, 7);
	CHECK("17", "%o", 15);
	CHECK("4096", "%zu", (size_t)4096);
	CHECK("-1", "%hd", 65535);
	CHECK("a=1 b=two c=0x3", "a=%d b=%s c=%#x", 1, "two", 3);

	n = snprintf(small, sizeof(small), "%s", "0123456789");
	EXPECT_EQ(n, 10, "snprintf returns the untruncated length");
	EXPECT_STREQ(small, "0123456", "snprintf truncates and terminates");
	n = snprintf(NULL, 0, "%d", 12345);
	EXPECT_EQ(n, 5, "snprintf(NULL, 0) measures");
	return test_done();
}
