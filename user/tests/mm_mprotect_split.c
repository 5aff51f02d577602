/*
 * mprotect of the middle page of a three-page mapping splits it into three
 * regions (rw-p, r--p, rw-p in /proc/self/maps); giving the page its old
 * protection back merges them into one region again. Writes to the
 * read-only page fault, reads do not.
 */
#include <sys/mman.h>
#include <test.h>
#include "mm_maps.h"

static void store(void *p)
{
	*(volatile char *)p = 1;
}

int main(void)
{
	unsigned char *a = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct maps_line m[8];
	int n;

	ASSERT_TRUE(a != MAP_FAILED, "mmap of 3 pages");
	a[PAGE] = 'x';
	EXPECT_EQ(mprotect(a + PAGE, PAGE, PROT_READ), 0, "mprotect of the middle page to PROT_READ");
	n = maps_in_range((unsigned long)a, (unsigned long)a + 3 * PAGE, m, 8);
	EXPECT_EQ(n, 3, "regions after the split");
	if (n == 3) {
		EXPECT_STREQ(m[0].perms, "rw-p", "first page");
		EXPECT_STREQ(m[1].perms, "r--p", "middle page");
		EXPECT_STREQ(m[2].perms, "rw-p", "last page");
		EXPECT_EQ(m[1].start, (unsigned long)a + PAGE, "middle region start");
		EXPECT_EQ(m[1].end, (unsigned long)a + 2 * PAGE, "middle region end");
	}
	EXPECT_EQ(a[PAGE], 'x', "the read-only page can still be read");
	EXPECT_SIGNALED(test_run_child(store, a + PAGE), SIGSEGV, "a store to the read-only page");
	EXPECT_EXITED(test_run_child(store, a), 0, "a store to the writable first page");
	EXPECT_EQ(mprotect(a + PAGE, PAGE, PROT_READ | PROT_WRITE), 0, "mprotect back to read-write");
	n = maps_in_range((unsigned long)a, (unsigned long)a + 3 * PAGE, m, 8);
	EXPECT_EQ(n, 1, "regions after the merge");
	if (n == 1) {
		EXPECT_STREQ(m[0].perms, "rw-p", "merged region");
		EXPECT_EQ(m[0].start, (unsigned long)a, "merged region start");
		EXPECT_EQ(m[0].end, (unsigned long)a + 3 * PAGE, "merged region end");
	}
	EXPECT_EQ(mprotect(a, 3 * PAGE, PROT_NONE), 0, "PROT_NONE on all three");
	n = maps_in_range((unsigned long)a, (unsigned long)a + 3 * PAGE, m, 8);
	EXPECT_TRUE(n == 1 && !strcmp(m[0].perms, "---p"), "one ---p region");
	return test_done();
}
