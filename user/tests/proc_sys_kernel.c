/*
 * /proc/sys/kernel/pid_max holds the bound below which pids are handed out
 * (a number of at least 301, and our own pid is below it); tainted is a
 * number too (0 on an untainted kernel, other bits on a host that loaded
 * modules, so only its form is checked).
 */
#include <stdlib.h>
#include <test.h>

static long read_number(const char *path)
{
	char buf[32];
	long n;

	n = read_file(path, buf, sizeof(buf) - 1);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	return strtol(buf, NULL, 10);
}

int main(void)
{
	long pid_max = read_number("/proc/sys/kernel/pid_max");

	EXPECT_TRUE(pid_max >= 301, "pid_max is a plausible bound");
	EXPECT_TRUE(getpid() < pid_max, "our pid is below it");
	EXPECT_TRUE(read_number("/proc/sys/kernel/tainted") >= 0, "tainted is a number");
	return test_done();
}
