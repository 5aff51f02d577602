/*
 * execve needs execute permission: a valid executable whose mode has no
 * x bit at all (0644) is EACCES, for root too; so is a "#!" script
 * without x bits. A path through a regular file is ENOTDIR. A copy of
 * the same bytes with mode 0755 runs.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <test.h>

static int copy(const char *from, const char *to, int mode)
{
	static char buf[65536];
	int in = open(from, O_RDONLY), out = open(to, O_WRONLY | O_CREAT | O_TRUNC, mode);
	long n;

	if (in < 0 || out < 0)
		return -1;
	while ((n = read(in, buf, sizeof(buf))) > 0)
		if (write(out, buf, n) != n)
			return -1;
	close(in);
	close(out);
	return 0;
}

int main(int argc, char **argv)
{
	char *args[] = { "noexec", "child", NULL };
	char *env[] = { NULL };
	int status, pid, fd;

	if (argc > 1)
		return 42;
	ASSERT_TRUE(copy(argv[0], "noexec-elf", 0644) == 0, "copy this program with mode 0644");
	EXPECT_ERRNO(execve("noexec-elf", args, env), EACCES, "an ELF without x bits");
	fd = open("noexec-script", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(fd >= 0 && write(fd, "#!/bin/sh\nexit 3\n", 17) == 17, "write a script");
	close(fd);
	EXPECT_ERRNO(execve("noexec-script", args, env), EACCES, "a script without x bits");
	EXPECT_ERRNO(execve("noexec-elf/x", args, env), ENOTDIR, "a path through a file");
	ASSERT_TRUE(copy(argv[0], "exec-elf", 0755) == 0, "copy it with mode 0755");
	pid = fork();
	if (pid == 0) {
		execve("exec-elf", args, env);
		_exit(99);
	}
	waitpid(pid, &status, 0);
	EXPECT_EXITED(status, 42, "the 0755 copy runs");
	unlink("noexec-elf");
	unlink("noexec-script");
	unlink("exec-elf");
	return test_done();
}
