/*
 * Truncating a file also takes away the private copies a MAP_PRIVATE
 * mapping made of the pages past the new end: Linux unmaps the whole
 * range beyond EOF, copied-on-write pages included, so a later access
 * there is SIGBUS like for any page past EOF, while the pages before the
 * new end keep their private stores.
 */
#include "fault_util.h"

static void touch_at(void *p)
{
	(void)*(volatile char *)p;
}

int main(void)
{
	char page[PAGE];
	char *m;
	int fd = open("tpc-file", O_RDWR | O_CREAT | O_TRUNC, 0644), i;

	ASSERT_TRUE(fd >= 0, "create the file");
	for (i = 0; i < 3; i++) {
		memset(page, 'a' + i, PAGE);
		EXPECT_EQ(write(fd, page, PAGE), (long)PAGE, "write a page");
	}
	m = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	ASSERT_TRUE(m != MAP_FAILED, "MAP_PRIVATE of 3 pages");
	m[0] = 'X';
	m[PAGE] = 'Y';
	m[2 * PAGE] = 'Z';
	EXPECT_EQ(ftruncate(fd, PAGE), 0, "truncate to one page");
	EXPECT_EQ(m[0], 'X', "page 0 keeps its private store");
	EXPECT_EQ(m[1], 'a', "and the file's bytes");
	EXPECT_SIGNALED(test_run_child(touch_at, m + PAGE), SIGBUS, "private copy of page 1 is gone");
	EXPECT_SIGNALED(test_run_child(touch_at, m + 2 * PAGE), SIGBUS, "private copy of page 2 is gone");
	munmap(m, 3 * PAGE);
	close(fd);
	unlink("tpc-file");
	return test_done();
}
