/*
 * glibc's fork() (clone with CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID),
 * execv of a program (this one again, through /proc/self/exe), and waitpid
 * with the child's exit status; getpid in the child is the pid fork gave
 * the parent.
 */
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

int main(int argc, char **argv)
{
	int status, p[2];
	pid_t pid, seen = 0;

	if (argc == 2 && !strcmp(argv[1], "child"))
		return 42;
	CHECK(pipe(p) == 0, "pipe");
	pid = fork();
	if (pid == 0) {
		pid_t me = getpid();

		write(p[1], &me, sizeof(me));
		execl("/proc/self/exe", argv[0], "child", (char *)NULL);
		_exit(99);
	}
	CHECK(pid > 0, "fork");
	CHECK(read(p[0], &seen, sizeof(seen)) == sizeof(seen), "the child reports");
	CHECK(seen == pid, "the child's getpid is fork's result");
	CHECK(waitpid(pid, &status, 0) == pid, "waitpid");
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 42, "the exec'd program's status");
	return check_done();
}
