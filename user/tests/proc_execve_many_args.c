/*
 * execve passes large argument lists whole: 1700 arguments and 100
 * environment strings of 60 bytes each (with their pointers about 113 KiB,
 * under the 128 KiB that Linux has always allowed) arrive in order and
 * intact on the new stack.
 */
#include <stdlib.h>
#include <test.h>

#define NARG 1700
#define NENV 100
#define LEN 59

static void fill(char *s, int i, char c)
{
	memset(s, c, LEN);
	s[LEN] = 0;
	snprintf(s, 8, "%06d", i);
	s[6] = c;
}

static int check(int argc, char **argv, char **envp)
{
	static char want[LEN + 1];
	int i;

	if (argc != NARG)
		return 3;
	for (i = 1; i < NARG; i++) {
		fill(want, i, 'a');
		if (strcmp(argv[i], want) != 0)
			return 4;
	}
	for (i = 0; i < NENV; i++) {
		fill(want, i, 'e');
		want[1] = '=';
		if (!envp[i] || strcmp(envp[i], want) != 0)
			return 5;
	}
	return envp[NENV] ? 6 : 42;
}

int main(int argc, char **argv, char **envp)
{
	static char strs[NARG + NENV][LEN + 1];
	static char *args[NARG + 1], *env[NENV + 1];
	int i, status, pid;

	if (argc > 1)
		return check(argc, argv, envp);
	args[0] = argv[0];
	for (i = 1; i < NARG; i++) {
		fill(strs[i], i, 'a');
		args[i] = strs[i];
	}
	for (i = 0; i < NENV; i++) {
		fill(strs[NARG + i], i, 'e');
		strs[NARG + i][1] = '=';
		env[i] = strs[NARG + i];
	}
	pid = fork();
	if (pid == 0) {
		execve(argv[0], args, env);
		_exit(99);
	}
	ASSERT_TRUE(pid > 0, "fork");
	waitpid(pid, &status, 0);
	EXPECT_EXITED(status, 42, "every argument and environment string arrived");
	return test_done();
}
