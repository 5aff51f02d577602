/*
 * mprotect over a range with a hole fails with ENOMEM, but Linux applies
 * the change to the mappings it met before the hole and leaves everything
 * from the hole on untouched. Here: pages 0-1 mapped, page 2 a hole,
 * pages 3-4 mapped; mprotect(0..5, PROT_READ) leaves 0-1 read-only and
 * 3-4 writable.
 */
#include <sys/mman.h>
#include <test.h>
#include "mm_maps.h"

static char perm_at(unsigned long addr, int i)
{
	struct maps_line l[4];
	int n = maps_in_range(addr, addr + 1, l, 4);

	return n == 1 ? l[0].perms[i] : '?';
}

int main(void)
{
	char *a = mmap(NULL, 5 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	ASSERT_TRUE(a != MAP_FAILED, "mmap 5 pages");
	memset(a, 1, 5 * PAGE);
	ASSERT_TRUE(munmap(a + 2 * PAGE, PAGE) == 0, "punch the hole");
	EXPECT_ERRNO(mprotect(a, 5 * PAGE, PROT_READ), ENOMEM, "mprotect across the hole");
	EXPECT_EQ(perm_at((unsigned long)a, 1), '-', "page 0 made read-only");
	EXPECT_EQ(perm_at((unsigned long)a + PAGE, 1), '-', "page 1 made read-only");
	EXPECT_EQ(perm_at((unsigned long)a + 3 * PAGE, 1), 'w', "page 3 still writable");
	EXPECT_EQ(perm_at((unsigned long)a + 4 * PAGE, 1), 'w', "page 4 still writable");
	a[3 * PAGE] = 2;
	a[4 * PAGE + 100] = 2;
	EXPECT_EQ(a[0], 1, "page 0 still readable");

	/* The same starting in the hole: nothing changes at all. */
	EXPECT_ERRNO(mprotect(a + 2 * PAGE, 3 * PAGE, PROT_NONE), ENOMEM, "mprotect from the hole");
	EXPECT_EQ(perm_at((unsigned long)a + 3 * PAGE, 0), 'r', "page 3 untouched");
	munmap(a, 5 * PAGE);
	return test_done();
}
