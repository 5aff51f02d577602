/*
 * MAP_FIXED over the middle page of a private file mapping replaces just
 * that page: it reads as zeros (a fresh anonymous page) while the pages
 * on either side still read the file's bytes at their own offsets; and
 * unmapping the whole range afterwards, holes and all, succeeds.
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <test.h>

#define PAGE 4096

int main(void)
{
	char page[PAGE];
	unsigned char *m, *fix;
	int fd = open("fof-file", O_RDWR | O_CREAT | O_TRUNC, 0644), i;

	ASSERT_TRUE(fd >= 0, "create the file");
	for (i = 0; i < 4; i++) {
		memset(page, 'a' + i, PAGE);
		EXPECT_EQ(write(fd, page, PAGE), PAGE, "write a page");
	}
	m = mmap(NULL, 4 * PAGE, PROT_READ, MAP_PRIVATE, fd, 0);
	ASSERT_TRUE(m != MAP_FAILED, "map the file");
	EXPECT_EQ(m[PAGE + 5], 'b', "page 1 before");
	fix = mmap(m + PAGE, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	EXPECT_PTR_EQ(fix, m + PAGE, "MAP_FIXED at page 1");
	EXPECT_EQ(m[0], 'a', "page 0 still file offset 0");
	EXPECT_EQ(m[PAGE + 5], 0, "page 1 now zero");
	EXPECT_EQ(m[2 * PAGE + 4095], 'c', "page 2 still file offset 2");
	EXPECT_EQ(m[3 * PAGE], 'd', "page 3 still file offset 3");
	m[PAGE] = 'z';

	/* Again with a file page from another offset in page 2. */
	fix = mmap(m + 2 * PAGE, PAGE, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0);
	EXPECT_PTR_EQ(fix, m + 2 * PAGE, "MAP_FIXED of file offset 0 at page 2");
	EXPECT_EQ(m[2 * PAGE + 1], 'a', "page 2 now file offset 0");
	EXPECT_EQ(m[3 * PAGE + 1], 'd', "page 3 unchanged");
	EXPECT_EQ(m[PAGE], 'z', "page 1 keeps its store");

	EXPECT_EQ(munmap(m + PAGE, PAGE), 0, "unmap page 1");
	EXPECT_EQ(munmap(m, 4 * PAGE), 0, "unmap all, across the hole");
	EXPECT_EQ(munmap(m, 4 * PAGE), 0, "unmap the empty range again");
	close(fd);
	unlink("fof-file");
	return test_done();
}
