/*
 * glibc's posix_spawn: it clones with CLONE_VM | CLONE_VFORK on a stack of
 * its own (clone3 where there is one) and execs in the child, so the parent
 * goes on only once the child has exec'd - its memory is borrowed until
 * then. The spawned program runs with the arguments given, and waitpid
 * gets its status; a program that does not exist is reported by
 * posix_spawn's result (ENOENT), as glibc learns it from the child.
 */
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

extern char **environ;

int main(int argc, char **argv)
{
	char *args[] = { argv[0], "child", "17", NULL };
	pid_t pid;
	int status, i;

	if (argc == 3 && !strcmp(argv[1], "child"))
		return atoi(argv[2]);
	for (i = 0; i < 5; i++) {
		CHECK(posix_spawn(&pid, "/proc/self/exe", NULL, NULL, args, environ) == 0,
		      "posix_spawn");
		CHECK(waitpid(pid, &status, 0) == pid, "waitpid");
		CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 17, "the spawned program's status");
	}
	CHECK(posix_spawn(&pid, "/no/such/program", NULL, NULL, args, environ) == ENOENT,
	      "a missing program is ENOENT");
	return check_done();
}
