/*
 * Linux guarantees: /proc/meminfo starts with "MemTotal:" and has a
 * "MemFree:" line, each a label, spaces, a number and " kB"; free memory
 * never exceeds the total.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <test.h>

/* The value of the line starting with label, or -1 if absent or malformed. */
static long field(const char *text, const char *label)
{
	const char *p = strstr(text, label);
	char *end;
	long v;

	if (!p)
		return -1;
	p += strlen(label);
	while (*p == ' ')
		p++;
	v = strtol(p, &end, 10);
	return strncmp(end, " kB\n", 4) ? -1 : v;
}

int main(void)
{
	static char text[8192];
	int fd = open("/proc/meminfo", O_RDONLY), n, len = 0;
	long total, free_kb;

	ASSERT_TRUE(fd >= 0, "open /proc/meminfo");
	while ((n = read(fd, text + len, sizeof(text) - 1 - len)) > 0)
		len += n;
	close(fd);
	EXPECT_EQ(strncmp(text, "MemTotal:", 9), 0, "first line is MemTotal");
	total = field(text, "MemTotal:");
	free_kb = field(text, "MemFree:");
	EXPECT_TRUE(total > 0, "MemTotal is a size in kB");
	EXPECT_TRUE(free_kb > 0 && free_kb <= total, "0 < MemFree <= MemTotal");
	return test_done();
}
