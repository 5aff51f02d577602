/*
 * The benchmark program of `make bench` works: /bench/ops_bench (found
 * beside this test's directory, as ../bench/ops_bench) run with "quick"
 * measures every operation once over a small batch and exits 0, printing a
 * figure or a reason for each. The figures themselves are not checked:
 * timings belong to `make bench`, never to a test.
 */
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <test.h>

int main(int argc, char **argv)
{
	char path[256], *slash;
	int status;
	pid_t pid;

	snprintf(path, sizeof(path), "%s", argv[0]);
	slash = strrchr(path, '/');
	ASSERT_TRUE(slash != NULL, "argv[0] names a path");
	snprintf(slash + 1, sizeof(path) - (size_t)(slash + 1 - path), "../bench/ops_bench");
	pid = fork();
	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0) {
		char *args[] = { path, "quick", NULL };
		char *envp[] = { NULL };

		execve(path, args, envp);
		_exit(127);
	}
	ASSERT_TRUE(waitpid(pid, &status, 0) == pid, "waitpid");
	EXPECT_EXITED(status, 0, "ops_bench quick");
	return test_done();
}
