/*
 * fork + exec of a dynamically linked program from a dynamically linked
 * one: the child (this program again, with an argument) gets a fresh
 * loader, libc and auxv, runs, and its exit status reaches the parent;
 * the parent's mappings are untouched. Also the loader run by name
 * ("/lib/ld-linux.so.2 PROGRAM", an ET_DYN file without PT_INTERP, placed
 * where mmap finds room) runs the program.
 */
#include "check.h"
#include "dyn_util.h"
#include <stdlib.h>
#include <sys/wait.h>

static int run(char *const argv[])
{
	int status = -1;
	pid_t pid = fork();

	if (pid == 0) {
		execv(argv[0], argv);
		_exit(127);
	}
	if (pid < 0 || waitpid(pid, &status, 0) != pid)
		return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int main(int argc, char **argv)
{
	char self[512];
	struct map_line before[32], after[32];
	int nb, na;

	if (argc > 1 && !strcmp(argv[1], "child"))
		return printf("child %s\n", argv[2]) > 0 ? 42 : 1;
	self_path(self, sizeof(self));
	nb = maps_matching(".so.6", before, 32);
	CHECK(run((char *[]){ self, "child", "direct", NULL }) == 42, "the child ran and exited 42");
	CHECK(run((char *[]){ "/lib/ld-linux.so.2", self, "child", "by-ld.so", NULL }) == 42,
	      "ld-linux.so.2 run by name runs the program");
	na = maps_matching(".so.6", after, 32);
	CHECK(nb > 0 && nb == na && !memcmp(before, after, nb * sizeof(before[0])),
	      "the parent's libc mappings are unchanged");
	return check_done();
}
