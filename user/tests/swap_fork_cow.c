/*
 * fork after swap-out: parent and child share the pages through their
 * swap slots, and copy on write still separates them. Each side writes
 * its own pattern into half of the buffer and must see the other half as
 * it was before fork, and the other side's writes never.
 */
#include <sys/wait.h>
#include "swap_util.h"

#define LEN	(32 * PAGE)

/* The first byte of the second half that is not seed's pattern (offsets from the start), or -1. */
static long check_second_half(const unsigned char *p, unsigned int seed, int relative)
{
	unsigned long i;

	for (i = LEN / 2; i < LEN; i++)
		if (p[i] != pattern(relative ? i - LEN / 2 : i, seed))
			return (long)i;
	return -1;
}

int main(void)
{
	int swap = swap_start(), status;
	unsigned char *p = mmap(NULL, LEN, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	pid_t pid;

	ASSERT_TRUE(p != MAP_FAILED, "mmap");
	fill(p, LEN, 5);
	EXPECT_EQ(madvise(p, LEN, MADV_PAGEOUT), 0, "MADV_PAGEOUT before fork");
	pid = fork();
	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0) {
		fill(p, LEN / 2, 6);
		madvise(p, LEN, MADV_PAGEOUT);
		_exit(check(p, LEN / 2, 6) != -1 ? 1 : check_second_half(p, 5, 0) != -1 ? 2 : 0);
	}
	fill(p + LEN / 2, LEN / 2, 7);	/* relative offsets: pattern(i - LEN / 2, 7) */
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "waitpid");
	EXPECT_EXITED(status, 0, "child saw its writes and the shared half");
	EXPECT_EQ(madvise(p, LEN, MADV_PAGEOUT), 0, "MADV_PAGEOUT after the child exited");
	EXPECT_EQ(check(p, LEN / 2, 5), -1, "parent's first half is unchanged by the child");
	EXPECT_EQ(check_second_half(p, 7, 1), -1, "parent's second half holds its own writes");
	swap_stop(swap);
	munmap(p, LEN);
	return test_done();
}
