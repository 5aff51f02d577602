/*
 * /proc/sys/kernel/pid_max holds the bound below which pids are handed out
 * (a number of at least 301, and our own pid is below it); tainted is a
 * number too (0 on an untainted kernel, other bits on a host that loaded
 * modules, so only its form is checked). Root may write pid_max: its own
 * value back is taken whole, a value below 301 or past the limit (4M on
 * 64-bit Linux, 32768 on 32-bit) is EINVAL, and so is text that is not a
 * number. core_pattern reads back what root wrote (and is put back).
 */
#include <fcntl.h>
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

/* write(2) of text to path, opened for writing: its result. */
static long write_text(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY);
	long n;

	if (fd < 0)
		return -1;
	n = write(fd, text, strlen(text));
	close(fd);
	return n;
}

static const char *number(long n)
{
	static char buf[24];

	snprintf(buf, sizeof(buf), "%ld\n", n);
	return buf;
}

static void check_core_pattern(void)
{
	char old[256] = "", now[256] = "";

	ASSERT_TRUE(read_file("/proc/sys/kernel/core_pattern", old, sizeof(old) - 1) > 0,
		    "core_pattern");
	EXPECT_EQ(write_text("/proc/sys/kernel/core_pattern", "core.%p\n"), 8, "write core.%p");
	read_file("/proc/sys/kernel/core_pattern", now, sizeof(now) - 1);
	EXPECT_STREQ(now, "core.%p\n", "it reads back");
	write_text("/proc/sys/kernel/core_pattern", old);
	memset(now, 0, sizeof(now));
	read_file("/proc/sys/kernel/core_pattern", now, sizeof(now) - 1);
	EXPECT_STREQ(now, old, "and is put back");
}

int main(void)
{
	long pid_max = read_number("/proc/sys/kernel/pid_max");

	EXPECT_TRUE(pid_max >= 301, "pid_max is a plausible bound");
	EXPECT_TRUE(getpid() < pid_max, "our pid is below it");
	EXPECT_TRUE(read_number("/proc/sys/kernel/tainted") >= 0, "tainted is a number");
	EXPECT_EQ(write_text("/proc/sys/kernel/pid_max", number(pid_max)), (long)strlen(number(pid_max)),
		  "writing pid_max its own value");
	EXPECT_EQ(read_number("/proc/sys/kernel/pid_max"), pid_max, "which it keeps");
	EXPECT_ERRNO(write_text("/proc/sys/kernel/pid_max", "300\n"), EINVAL, "300 is too small");
	EXPECT_ERRNO(write_text("/proc/sys/kernel/pid_max", "4194305\n"), EINVAL, "past the limit");
	EXPECT_ERRNO(write_text("/proc/sys/kernel/pid_max", "many\n"), EINVAL, "not a number");
	check_core_pattern();
	return test_done();
}
