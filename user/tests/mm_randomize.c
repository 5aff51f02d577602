/*
 * With kernel.randomize_va_space = 2 each execve places the stack, the
 * mmap area and the heap at random (Linux's i386 randomization: the stack
 * by up to 8 MiB, mmap_base by up to 255 pages, the break by up to 32
 * MiB), so five runs of a program do not all get the same stack, first
 * mapping or break; with
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

/* Run ourselves with "report" and read back "mmap brk stack". */
static void run_report(char *self, unsigned long persona, unsigned long out[3])
{
	char buf[64], *args[] = { self, "report", NULL };
	int fds[2], status;
	long n;
	pid_t pid;

	out[0] = out[1] = out[2] = 0;
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
	out[2] = strtoul(strrchr(buf, ' ') + 1, NULL, 16);
}

/* How many runs got the first run's address: which is 0 mmap, 1 break, 2 stack. */
static int same_as_first(char *self, unsigned long persona, int which)
{
	unsigned long first[3], r[3];
	int i, same = 1;

	run_report(self, persona, first);
	for (i = 1; i < RUNS; i++) {
		run_report(self, persona, r);
		same += r[which] == first[which];
	}
	return same;
}

int main(int argc, char **argv)
{
	long old = sysctl_read(RVA);

	if (argc > 1) {
		void *p = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

		printf("%lx %lx %lx\n", (unsigned long)p, (unsigned long)sbrk(0), (unsigned long)&p);
		return 0;
	}
	ASSERT_TRUE(old >= 0 && old <= 2, "kernel.randomize_va_space is 0, 1 or 2");
	ASSERT_TRUE(sysctl_write(RVA, 2) == 0, "randomization on");
	EXPECT_TRUE(same_as_first(argv[0], PER_LINUX, 0) < RUNS, "randomized runs differ: mmap");
	EXPECT_TRUE(same_as_first(argv[0], PER_LINUX, 1) < RUNS, "randomized runs differ: brk");
	EXPECT_TRUE(same_as_first(argv[0], PER_LINUX, 2) < RUNS, "randomized runs differ: stack");
	EXPECT_EQ(same_as_first(argv[0], ADDR_NO_RANDOMIZE, 0), RUNS,
		  "with ADDR_NO_RANDOMIZE every run gets the same mmap address");
	EXPECT_EQ(same_as_first(argv[0], ADDR_NO_RANDOMIZE, 1), RUNS, "the same break");
	EXPECT_EQ(same_as_first(argv[0], ADDR_NO_RANDOMIZE, 2), RUNS, "the same stack");
	EXPECT_EQ(sysctl_write(RVA, old), 0, "the old value put back");
	return test_done();
}
