/*
 * A file starting with "#!interpreter arg" is run by its interpreter:
 * execve("script", {"script", "x", NULL}) runs the interpreter with argv
 * {interpreter, arg, "script", "x"}. The test uses itself as the
 * interpreter. A missing interpreter gives ENOENT.
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

int main(int argc, char **argv)
{
	char line[300], *args[] = { "script", "x", NULL }, *env[] = { NULL };
	int status;
	pid_t pid;

	if (argc == 4 && !strcmp(argv[1], "as-interpreter"))
		return strcmp(argv[2], "script") || strcmp(argv[3], "x") ? 3 : 0;

	snprintf(line, sizeof(line), "#!%s as-interpreter\necho not reached\n", argv[0]);
	write_script("script", line);
	pid = fork();
	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0) {
		execve("script", args, env);
		_exit(9);
	}
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid");
	EXPECT_EXITED(status, 0, "the interpreter got {interp, arg, script, x} (3: wrong argv, 9: execve failed)");

	write_script("script", "#!/no/such/interpreter\n");
	EXPECT_ERRNO(execve("script", args, env), ENOENT, "a missing interpreter");
	unlink("script");
	return test_done();
}
