/*
 * mremap of a private file mapping keeps it a mapping of the file:
 * growing in place or by moving (MREMAP_MAYMOVE) makes the next pages of
 * the file appear after the old ones, with the old pages' private stores
 * kept; shrinking drops the tail (it faults afterwards). Pages past the
 * file's end in the grown mapping give SIGBUS.
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <test.h>

#define PAGE 4096

static void touch(void *p)
{
	(void)*(volatile char *)p;
}

int main(void)
{
	char page[PAGE];
	char *m, *blocker, *n;
	int fd = open("mrf-file", O_RDWR | O_CREAT | O_TRUNC, 0644), i;

	ASSERT_TRUE(fd >= 0, "create the file");
	for (i = 0; i < 4; i++) {
		memset(page, 'a' + i, PAGE);
		EXPECT_EQ(write(fd, page, PAGE), PAGE, "write a page");
	}
	/* Reserve room, then map the file's first page with a blocker after page 2. */
	m = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_TRUE(m != MAP_FAILED, "reserve");
	munmap(m, 8 * PAGE);
	m = mmap(m, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0);
	ASSERT_TRUE(m != MAP_FAILED, "map page 0");
	blocker = mmap(m + 2 * PAGE, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	ASSERT_TRUE(blocker == m + 2 * PAGE, "blocker");
	m[0] = 'Z';

	n = mremap(m, PAGE, 2 * PAGE, 0);
	EXPECT_PTR_EQ(n, m, "grow in place to 2 pages");
	EXPECT_EQ(m[PAGE + 1], 'b', "page 1 is file page 1");
	EXPECT_EQ(m[0], 'Z', "page 0 keeps its private store");

	n = mremap(m, 2 * PAGE, 6 * PAGE, MREMAP_MAYMOVE);
	ASSERT_TRUE(n != MAP_FAILED && n != m, "grow by moving to 6 pages");
	EXPECT_EQ(n[0], 'Z', "moved page 0 keeps its store");
	EXPECT_EQ(n[PAGE], 'b', "moved page 1");
	EXPECT_EQ(n[2 * PAGE], 'c', "new page 2 is file page 2");
	EXPECT_EQ(n[3 * PAGE + 4095], 'd', "new page 3 is file page 3");
	EXPECT_SIGNALED(test_run_child(touch, n + 4 * PAGE), SIGBUS, "page 4 is past EOF");
	EXPECT_PTR_EQ(mremap(n, 6 * PAGE, PAGE, 0), n, "shrink to 1 page");
	EXPECT_EQ(n[0], 'Z', "page 0 survives the shrink");
	EXPECT_SIGNALED(test_run_child(touch, n + PAGE), SIGSEGV, "page 1 is gone");
	munmap(n, PAGE);
	munmap(blocker, PAGE);
	close(fd);
	unlink("mrf-file");
	return test_done();
}
