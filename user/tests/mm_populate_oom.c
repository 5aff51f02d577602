/*
 * MAP_POPULATE faults every page in at mmap time. A process that asks for
 * more populated memory than the machine has, one MiB at a time, ends as
 * Linux lets it: an mmap is refused (ENOMEM), or the out-of-memory path
 * kills it (SIGKILL) - never a hang or a panic, and never with every
 * mapping "populated" (only a host with more RAM than the 2 GiB asked may
 * map them all); afterwards a child gets memory again. The number of
 * mappings comes from MemTotal, at most 2,048 (2 GiB).
 */
#include <errno.h>
#include <sys/mman.h>
#include <test.h>
#include "mm_commit_meminfo.h"

#define MIB	(1UL << 20)

static void hog(void *arg)
{
	long n = *(long *)arg, i;

	for (i = 0; i < n; i++) {
		char *p = mmap(NULL, MIB, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);

		if (p == MAP_FAILED)
			_exit(errno == ENOMEM ? 2 : 4);
	}
	_exit(0);
}

static void small(void *arg)
{
	char *p = mmap(NULL, MIB, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned long i;

	(void)arg;
	if (p == MAP_FAILED)
		_exit(3);
	for (i = 0; i < MIB; i += 4096)
		p[i] = 1;
	_exit(0);
}

int main(void)
{
	long total_kb = meminfo_kb("MemTotal:"), n = total_kb / 1024 + 64;
	char what[64];
	int status;

	if (n > 2048)
		n = 2048;
	status = test_run_child(hog, &n);
	test_describe_status(status, what, sizeof(what));
	printf("%ld populated MiB: %s\n", n, what);
	EXPECT_TRUE((WIFEXITED(status) && WEXITSTATUS(status) == 2) ||
		    (WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) ||
		    (WIFEXITED(status) && WEXITSTATUS(status) == 0 && n * 1024 < total_kb),
		    "refused with ENOMEM, or SIGKILL, or (only with more RAM than asked) all mapped");
	EXPECT_EXITED(test_run_child(small, NULL), 0, "a child after it gets 1 MiB");
	return test_done();
}
