/*
 * /proc/self/coredump_filter: eight hex digits of the bits that say what a
 * core dump holds; writing a number (0x.. hex, 0.. octal, else decimal)
 * sets the nine filter bits of it, a fork child inherits the value, and
 * text that is not a number is EINVAL.
 */
#include <fcntl.h>
#include <sys/wait.h>
#include <test.h>

#define PATH "/proc/self/coredump_filter"

static long write_filter(const char *text)
{
	int fd = open(PATH, O_WRONLY);
	long n;

	if (fd < 0)
		return -1;
	n = write(fd, text, strlen(text));
	close(fd);
	return n;
}

static int read_filter(char *buf, int size)
{
	memset(buf, 0, size);
	return read_file(PATH, buf, size - 1);
}

int main(void)
{
	char buf[32], old[32];
	int status;
	pid_t pid;

	ASSERT_TRUE(read_filter(old, sizeof(old)) == 9 && old[8] == '\n', "eight hex digits");
	EXPECT_EQ(write_filter("0x3f\n"), 5, "write 0x3f");
	read_filter(buf, sizeof(buf));
	EXPECT_STREQ(buf, "0000003f\n", "it reads back");
	EXPECT_EQ(write_filter("0x7ff"), 5, "write 0x7ff");
	read_filter(buf, sizeof(buf));
	EXPECT_STREQ(buf, "000001ff\n", "only the nine filter bits are kept");
	EXPECT_EQ(write_filter("17"), 2, "a decimal 17");
	pid = fork();
	if (pid == 0) {
		read_filter(buf, sizeof(buf));
		_exit(strcmp(buf, "00000011\n") ? 1 : 0);
	}
	ASSERT_TRUE(waitpid(pid, &status, 0) == pid, "wait");
	EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0, "a fork child inherits 0x11");
	EXPECT_ERRNO(write_filter("many"), EINVAL, "not a number");
	write_filter(old);
	return test_done();
}
