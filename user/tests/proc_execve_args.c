/*
 * execve passes argv and envp exactly: the count, each string (empty ones
 * and ones with spaces included), NULL terminators, and main's third
 * argument equal to environ. The process keeps its pid across execve.
 * The test re-executes itself (argv[0]) with arguments it then checks.
 */
#include <stdlib.h>
#include <test.h>

static char *const want_args[] = { "", "two words", "x", "-", NULL };
static char *const want_env[] = { "ALPHA=1", "EMPTY=", "SPACES=a b c", NULL };

static int check_child(int argc, char **argv, char **envp)
{
	int i;

	EXPECT_EQ(argc, 6, "argc");
	for (i = 0; want_args[i]; i++)
		EXPECT_STREQ(argv[2 + i], want_args[i], "argv string");
	EXPECT_TRUE(argv[argc] == NULL, "argv[argc] is NULL");
	EXPECT_PTR_EQ(envp, environ, "main's envp is environ");
	for (i = 0; want_env[i]; i++)
		EXPECT_STREQ(envp[i], want_env[i], "envp string");
	EXPECT_TRUE(envp[3] == NULL, "envp ends after three entries");
	EXPECT_STREQ(getenv("SPACES"), "a b c", "getenv");
	EXPECT_TRUE(getenv("PATH") == NULL, "only the given environment");
	EXPECT_EQ(atoi(argv[1] + 6), getpid(), "same pid after execve");
	return test_done();
}

int main(int argc, char **argv, char **envp)
{
	char pidarg[32];
	char *args[7];
	int status, i;
	pid_t pid;

	if (argc > 1 && !strncmp(argv[1], "child:", 6))
		return check_child(argc, argv, envp);

	pid = fork();
	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0) {
		snprintf(pidarg, sizeof(pidarg), "child:%d", getpid());
		args[0] = argv[0];
		args[1] = pidarg;
		for (i = 0; want_args[i]; i++)
			args[2 + i] = want_args[i];
		args[2 + i] = NULL;
		execve(argv[0], args, want_env);
		_exit(99);
	}
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid");
	EXPECT_EXITED(status, 0, "the re-executed test's checks (99: execve failed)");
	return test_done();
}
