/*
 * Every way out gives the same exit status: returning from main, exit(),
 * _exit() (exit_group), the exit system call (1) with a single thread, and
 * atexit handlers run on exit() and on return from main, not on _exit().
 */
#include <stdlib.h>
#include <sys/syscall.h>
#include <test.h>

static void at_exit_marker(void)
{
	dprintf(1, "atexit handler ran\n");
	_exit(77);	/* visible to the parent as the exit code */
}

static void via_exit(void *arg) { exit(9); }
static void via__exit(void *arg) { _exit(10); }
static void via_sys_exit(void *arg) { __syscall(__NR_exit, 11, 0, 0, 0, 0, 0); }
static void via_sys_exit_group(void *arg) { __syscall(__NR_exit_group, 12, 0, 0, 0, 0, 0); }
static void atexit_on_exit(void *arg) { atexit(at_exit_marker); exit(1); }
static void atexit_on__exit(void *arg) { atexit(at_exit_marker); _exit(2); }

int main(int argc, char **argv)
{
	int status;
	pid_t pid;

	if (argc > 1)
		return atoi(argv[1]);	/* re-executed: return from main */

	pid = fork();
	if (pid == 0) {
		char *args[] = { argv[0], "13", NULL };

		execve(argv[0], args, environ);
		_exit(99);
	}
	waitpid(pid, &status, 0);
	EXPECT_EXITED(status, 13, "return 13 from main");
	EXPECT_EXITED(test_run_child(via_exit, NULL), 9, "exit(9)");
	EXPECT_EXITED(test_run_child(via__exit, NULL), 10, "_exit(10)");
	EXPECT_EXITED(test_run_child(via_sys_exit, NULL), 11, "exit system call");
	EXPECT_EXITED(test_run_child(via_sys_exit_group, NULL), 12, "exit_group system call");
	EXPECT_EXITED(test_run_child(atexit_on_exit, NULL), 77, "atexit runs on exit()");
	EXPECT_EXITED(test_run_child(atexit_on__exit, NULL), 2, "atexit skipped by _exit()");
	return test_done();
}
