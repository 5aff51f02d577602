/*
 * Helper of ops_bench's execve figure: a small static program that runs
 * itself again COUNT times, then writes the time-stamp counter to FD.
 *   exec_child COUNT FD
 * So the ticks between the first execve and that write are COUNT + 1
 * execve calls, each replacing a whole process image (ELF load, a fresh
 * address space, the old one torn down), with no fork in between.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	char next[16];
	int count, fd;

	if (argc < 3)
		return 2;
	count = atoi(argv[1]);
	fd = atoi(argv[2]);
	if (count > 0) {
		char *args[] = { argv[0], next, argv[2], NULL };
		char *envp[] = { NULL };

		snprintf(next, sizeof(next), "%d", count - 1);
		execve(argv[0], args, envp);
		return 127;
	} else {
		unsigned long long t;

		__asm__ __volatile__("rdtsc" : "=A"(t));
		write(fd, &t, sizeof(t));
	}
	return 0;
}
