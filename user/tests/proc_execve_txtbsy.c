/*
 * execve of a file that some process has open for writing fails with
 * ETXTBSY (the kernel will not run a program that may change under it);
 * once that fd is closed the same file runs.
 */
#include <fcntl.h>
#include <test.h>

static int copy(const char *from, int out)
{
	static char buf[65536];
	int in = open(from, O_RDONLY);
	long n;

	if (in < 0)
		return -1;
	while ((n = read(in, buf, sizeof(buf))) > 0)
		if (write(out, buf, n) != n)
			return -1;
	close(in);
	return 0;
}

int main(int argc, char **argv)
{
	char *args[] = { "txt", "child", NULL };
	char *env[] = { NULL };
	int fd, status, pid;

	if (argc > 1)
		return 42;
	fd = open("txt-elf", O_WRONLY | O_CREAT | O_TRUNC, 0755);
	ASSERT_TRUE(fd >= 0 && copy(argv[0], fd) == 0, "copy this program, keeping it open");
	EXPECT_ERRNO(execve("txt-elf", args, env), ETXTBSY, "execve of a file open for writing");
	close(fd);
	pid = fork();
	if (pid == 0) {
		execve("txt-elf", args, env);
		_exit(99);
	}
	waitpid(pid, &status, 0);
	EXPECT_EXITED(status, 42, "it runs once closed");
	unlink("txt-elf");
	return test_done();
}
