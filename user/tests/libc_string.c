/* The string and number functions behave as the C standard says. */
#include <limits.h>
#include <stdlib.h>
#include <test.h>

int main(void)
{
	char buf[64], *end, *save, *tok;
	char overlap[16] = "abcdefgh";

	EXPECT_EQ(strlen(""), 0, "strlen of empty");
	EXPECT_EQ(strlen("hello"), 5, "strlen");
	EXPECT_TRUE(strcmp("abc", "abd") < 0, "strcmp orders");
	EXPECT_EQ(strcmp("abc", "abc"), 0, "strcmp equal");
	EXPECT_TRUE(strcmp("\xff", "a") > 0, "strcmp compares unsigned");
	EXPECT_EQ(strncmp("abcX", "abcY", 3), 0, "strncmp stops at n");
	EXPECT_TRUE(memcmp("ab\0c", "ab\0d", 4) < 0, "memcmp passes NULs");

	memmove(overlap + 2, overlap, 6);
	EXPECT_STREQ(overlap, "ababcdef", "memmove forward overlap");
	memmove(overlap, overlap + 2, 6);
	EXPECT_STREQ(overlap, "abcdefef", "memmove backward overlap");

	memset(buf, 'x', sizeof(buf));
	strncpy(buf, "ab", 5);
	EXPECT_EQ(buf[4], 0, "strncpy pads with NULs");
	EXPECT_EQ(buf[5], 'x', "strncpy writes exactly n");
	EXPECT_EQ(strlcpy(buf, "truncated", 4), 9, "strlcpy returns strlen(src)");
	EXPECT_STREQ(buf, "tru", "strlcpy truncates");
	strcpy(buf, "con");
	strcat(buf, "cat");
	EXPECT_STREQ(buf, "concat", "strcat");

	EXPECT_STREQ(strchr("a/b/c", '/'), "/b/c", "strchr");
	EXPECT_STREQ(strrchr("a/b/c", '/'), "/c", "strrchr");
	EXPECT_TRUE(strchr("abc", 'z') == NULL, "strchr misses");
	EXPECT_STREQ(strstr("haystack", "st"), "stack", "strstr");
	EXPECT_EQ(strspn("aab", "a"), 2, "strspn");
	EXPECT_EQ(strcspn("ab/c", "/"), 2, "strcspn");

	strcpy(buf, "  one two  three ");
	tok = strtok_r(buf, " ", &save);
	EXPECT_STREQ(tok, "one", "strtok_r first");
	EXPECT_STREQ(strtok_r(NULL, " ", &save), "two", "strtok_r second");
	EXPECT_STREQ(strtok_r(NULL, " ", &save), "three", "strtok_r third");
	EXPECT_TRUE(strtok_r(NULL, " ", &save) == NULL, "strtok_r end");

	EXPECT_EQ(atoi("  -123xyz"), -123, "atoi");
	EXPECT_EQ(strtol("0x1f", &end, 0), 31, "strtol base 0 hex");
	EXPECT_EQ(*end, 0, "strtol end");
	EXPECT_EQ(strtol("017", NULL, 0), 15, "strtol base 0 octal");
	EXPECT_EQ(strtoul("4294967295", NULL, 10), 4294967295UL, "strtoul max");
	errno = 0;
	EXPECT_EQ(strtol("99999999999", NULL, 10), LONG_MAX, "strtol saturates");
	EXPECT_EQ(errno, ERANGE, "strtol overflow errno");
	EXPECT_EQ(strtoull("0xffffffffffffffff", NULL, 16), ULLONG_MAX, "strtoull");
	strtol("zz", &end, 10);
	EXPECT_STREQ(end, "zz", "strtol without digits leaves end at the start");

	EXPECT_STREQ(strerror(EFAULT), "Bad address", "strerror");
	EXPECT_STREQ(strerrorname_np(ENOSYS), "ENOSYS", "strerrorname_np");
	return test_done();
}
