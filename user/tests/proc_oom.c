/*
 * A process that touches more anonymous memory than the machine can give
 * ends in one of the ways Linux allows - it gets all of it (a big host),
 * or it is killed (SIGKILL from the out-of-memory path) - and never takes
 * the system down: afterwards its parent forks and runs a child again,
 * and that child can get memory. The child asks for 192 MiB.
 */
#include <sys/mman.h>
#include <test.h>

#define BIG (192UL << 20)

static void hog(void *arg)
{
	char *p = mmap(NULL, BIG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned long i;

	(void)arg;
	if (p == MAP_FAILED)
		_exit(2);	/* refused up front: also fine */
	for (i = 0; i < BIG; i += 4096)
		p[i] = 1;
	_exit(0);
}

static void small(void *arg)
{
	char *p = mmap(NULL, 1 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned long i;

	(void)arg;
	if (p == MAP_FAILED)
		_exit(3);
	for (i = 0; i < (1 << 20); i += 4096)
		p[i] = 1;
	_exit(0);
}

int main(void)
{
	int status = test_run_child(hog, NULL);
	char what[64];

	test_describe_status(status, what, sizeof(what));
	printf("the 192 MiB child: %s\n", what);
	EXPECT_TRUE((WIFEXITED(status) && (WEXITSTATUS(status) == 0 || WEXITSTATUS(status) == 2)) ||
		    (WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL),
		    "all memory, refused, or SIGKILL");
	EXPECT_EXITED(test_run_child(small, NULL), 0, "a child after it gets 1 MiB");
	return test_done();
}
