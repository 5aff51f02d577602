/*
 * MAP_SHARED|MAP_ANONYMOUS memory is shared with children. Linux
 * guarantees that parent and child see each other's stores in such a
 * region after fork, including in pages nobody had touched before the fork.
 */
#include "fault_util.h"

#define NPAGES 4

int main(void)
{
	volatile char *p = mmap(NULL, NPAGES * PAGE, PROT_READ | PROT_WRITE,
				MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	int status;

	ASSERT_TRUE(p != MAP_FAILED, "mmap shared anonymous");
	p[0] = 'p';
	if (fork() == 0) {
		int ok = p[0] == 'p' && p[3 * PAGE] == 0;

		p[1] = 'c';		/* a page touched before the fork */
		p[3 * PAGE + 1] = 'u';	/* a page nobody touched before */
		_exit(ok ? 0 : 1);
	}
	wait(&status);
	EXPECT_EXITED(status, 0, "child reading the shared region");
	EXPECT_EQ(p[1], 'c', "parent sees the child's store to a touched page");
	EXPECT_EQ(p[3 * PAGE + 1], 'u', "parent sees the child's store to an untouched page");
	EXPECT_EQ(p[2 * PAGE], 0, "an untouched page reads zero");
	return test_done();
}
