/*
 * Scripts may name scripts as their interpreter, as Linux's exec_binprm
 * allows: a chain of five "#!" files ending in an ELF program runs (with
 * argv {program, arg, s5, s4, s3, s2, s1}); a sixth level, or a script
 * that names itself, is ELOOP and the caller goes on.
 */
#include <fcntl.h>
#include <test.h>

static void write_script(const char *name, const char *text)
{
	int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0755);

	ASSERT_TRUE(fd >= 0, "create the script");
	EXPECT_EQ(write(fd, text, strlen(text)), (long)strlen(text), "write it");
	close(fd);
}

/* Scripts s1..sN, each run by the next; the last by this program. */
static void write_chain(const char *self, int n)
{
	char name[8], line[300];
	int i;

	for (i = 1; i <= n; i++) {
		snprintf(name, sizeof(name), "s%d", i);
		if (i < n)
			snprintf(line, sizeof(line), "#!./s%d\n", i + 1);
		else
			snprintf(line, sizeof(line), "#!%s end\n", self);
		write_script(name, line);
	}
}

static int run(const char *path)
{
	char *args[] = { (char *)path, NULL }, *env[] = { NULL };
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		execve(path, args, env);
		_exit(errno == ELOOP ? 40 : 9);
	}
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
		return -1;
	return WEXITSTATUS(status);
}

int main(int argc, char **argv)
{
	char *args[] = { "loop", NULL }, *env[] = { NULL };
	char name[8];
	int i;

	if (argc >= 2 && !strcmp(argv[1], "end"))
		return argc == 7 && !strcmp(argv[2], "./s5") && !strcmp(argv[6], "s1") ? 0 : 3;
	write_chain(argv[0], 5);
	EXPECT_EQ(run("s1"), 0, "five nested scripts run the program (3: wrong argv, 9: failed)");
	write_chain(argv[0], 6);
	EXPECT_EQ(run("s1"), 40, "six nested scripts are ELOOP");
	write_script("loop", "#!./loop\n");
	EXPECT_ERRNO(execve("loop", args, env), ELOOP, "a script that runs itself is ELOOP");
	for (i = 1; i <= 6; i++) {
		snprintf(name, sizeof(name), "s%d", i);
		unlink(name);
	}
	unlink("loop");
	return test_done();
}
