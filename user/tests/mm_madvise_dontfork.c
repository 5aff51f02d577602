/*
 * MADV_DONTFORK on the middle page of three splits the mapping in three
 * (VM_DONTCOPY on the middle one): a fork child has the outer pages, with
 * the parent's bytes, and no middle page at all (SIGSEGV, and mincore
 * says ENOMEM); MADV_DOFORK merges the three again and the next child
 * has all of it. MADV_DONTDUMP and MADV_DODUMP split and merge the same
 * way; a hole in the range is ENOMEM after the mapped parts were done.
 */
#include <signal.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <test.h>
#include "mm_maps.h"

static unsigned char *a;

static void touch_middle(void *unused)
{
	*(volatile unsigned char *)(a + PAGE) = 1;
}

static void touch_first(void *unused)
{
	*(volatile unsigned char *)a = 1;
}

static void touch_last(void *unused)
{
	*(volatile unsigned char *)(a + 2 * PAGE) = 1;
}

static void check_outer(void *unused)
{
	unsigned char vec;

	if (a[0] != 'a' || a[2 * PAGE] != 'c')
		_exit(2);
	if (mincore(a + PAGE, PAGE, &vec) != -1 || errno != ENOMEM)
		_exit(3);
	_exit(0);
}

static int regions(void)
{
	struct maps_line m[8];

	return maps_in_range((unsigned long)a, (unsigned long)a + 3 * PAGE, m, 8);
}

int main(void)
{
	a = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_TRUE(a != MAP_FAILED, "mmap of 3 pages");
	a[0] = 'a', a[PAGE] = 'b', a[2 * PAGE] = 'c';

	EXPECT_EQ(madvise(a + PAGE, PAGE, MADV_DONTFORK), 0, "MADV_DONTFORK of the middle page");
	EXPECT_EQ(regions(), 3, "three regions");
	EXPECT_SIGNALED(test_run_child(touch_middle, NULL), SIGSEGV, "a child has no middle page");
	EXPECT_EXITED(test_run_child(check_outer, NULL), 0, "but the outer pages, with our bytes");
	EXPECT_EQ(a[PAGE], 'b', "the parent keeps it");
	EXPECT_EQ(madvise(a, 3 * PAGE, MADV_DOFORK), 0, "MADV_DOFORK of all three");
	EXPECT_EQ(regions(), 1, "one region again");
	EXPECT_EXITED(test_run_child(touch_middle, NULL), 0, "a child has the middle page again");

	EXPECT_EQ(madvise(a + 2 * PAGE, PAGE, MADV_DONTDUMP), 0, "MADV_DONTDUMP of the last page");
	EXPECT_EQ(regions(), 2, "two regions");
	EXPECT_EQ(madvise(a, 3 * PAGE, MADV_DODUMP), 0, "MADV_DODUMP");
	EXPECT_EQ(regions(), 1, "one region");

	EXPECT_EQ(munmap(a + PAGE, PAGE), 0, "a hole in the middle");
	EXPECT_ERRNO(madvise(a, 3 * PAGE, MADV_DONTFORK), ENOMEM, "advice over the hole");
	EXPECT_SIGNALED(test_run_child(touch_first, NULL), SIGSEGV, "the first page was advised anyway");
	EXPECT_SIGNALED(test_run_child(touch_last, NULL), SIGSEGV, "and the last");
	return test_done();
}
