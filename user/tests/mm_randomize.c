/*
 * With kernel.randomize_va_space = 2 each execve places the mmap area and
 * the heap at random (Linux 2.6's i386 randomization: mmap_base moves by
 * up to 255 pages, the break by up to 32 MiB), so five runs of a program
 * do not all get the same first mapping and break; with
 * personality(ADDR_NO_RANDOMIZE) they all do. The test turns
 * randomization on for its runs and puts the old value back.
 */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/wait.h>
#include <test.h>
#include "mm_commit_meminfo.h"

#define RVA	"/proc/sys/kernel/randomize_va_space"
#define RUNS	5

/* Run ourselves with "report" and read back "mmap brk". */
static void run_report(char *self, unsigned long persona, unsigned long out[2])
{
	char buf[64], *args[] = { self, "report", NULL };
	int fds[2], status;
	long n;
	pid_t pid;

	out[0] = out[1] = 0;
	ASSERT_TRUE(pipe(fds) == 0, "pipe");
	pid = fork();
	if (pid == 0) {
		dup2(fds[1], 1);
		personality(persona);
		execv(self, args);
		_exit(127);
	}
	close(fds[1]);
	n = read(fds[0], buf, sizeof(buf) - 1);
	close(fds[0]);
	waitpid(pid, &status, 0);
	ASSERT_TRUE(n > 0, "the run reported");
	buf[n] = '\0';
	out[0] = strtoul(buf, NULL, 16);
	out[1] = strtoul(strchr(buf, ' ') + 1, NULL, 16);
}

/* How many runs got the first run's mmap address and break. */
static int same_as_first(char *self, unsigned long persona)
{
	unsigned long first[2], r[2];
	int i, same = 1;

	run_report(self, persona, first);
	for (i = 1; i < RUNS; i++) {
		run_report(self, persona, r);
		same += r[0] == first[0] && r[1] == first[1];
	}
	return same;
}

int main(int argc, char **argv)
{
	long old = sysctl_read(RVA);

	if (argc > 1) {
		void *p = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

		printf("%lx %lx\n", (unsigned long)p, (unsigned long)sbrk(0));
		return 0;
	}
	ASSERT_TRUE(old >= 0 && old <= 2, "kernel.randomize_va_space is 0, 1 or 2");
	ASSERT_TRUE(sysctl_write(RVA, 2) == 0, "randomization on");
	EXPECT_TRUE(same_as_first(argv[0], PER_LINUX) < RUNS, "randomized runs differ");
	EXPECT_EQ(same_as_first(argv[0], ADDR_NO_RANDOMIZE), RUNS,
		  "with ADDR_NO_RANDOMIZE every run gets the same addresses");
	EXPECT_EQ(sysctl_write(RVA, old), 0, "the old value put back");
	return test_done();
}
