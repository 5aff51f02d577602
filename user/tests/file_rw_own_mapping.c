/*
 * read() and write() may use a buffer that maps the very file they
 * access: write() from a MAP_SHARED mapping of the file into the file
 * (even onto the same bytes) and read() from the file into such a mapping
 * must neither hang nor corrupt; the results are what copying byte
 * ranges through the page cache gives. A read() into a read-only mapping
 * of the file fails with EFAULT.
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <test.h>

#define PAGE 4096

int main(void)
{
	char page[PAGE];
	char *m, *ro;
	int fd = open("rwo-file", O_RDWR | O_CREAT | O_TRUNC, 0644), i;

	ASSERT_TRUE(fd >= 0, "create the file");
	for (i = 0; i < 3; i++) {
		memset(page, 'a' + i, PAGE);
		EXPECT_EQ(write(fd, page, PAGE), PAGE, "write a page");
	}
	m = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	ASSERT_TRUE(m != MAP_FAILED, "MAP_SHARED of the file");

	/* Onto itself: the same bytes. */
	EXPECT_EQ(lseek(fd, 0, SEEK_SET), 0, "seek 0");
	EXPECT_EQ(write(fd, m, PAGE), PAGE, "write page 0 onto itself");
	EXPECT_EQ(m[100], 'a', "page 0 unchanged");

	/* Page 1 copied over page 2, through the file. */
	EXPECT_EQ(lseek(fd, 2 * PAGE, SEEK_SET), 2 * PAGE, "seek to page 2");
	EXPECT_EQ(write(fd, m + PAGE, PAGE), PAGE, "write page 1 at page 2");
	EXPECT_EQ(m[2 * PAGE + 7], 'b', "page 2 now holds page 1's bytes");

	/* read() of page 0 into the mapping's page 1. */
	EXPECT_EQ(lseek(fd, 0, SEEK_SET), 0, "seek 0");
	EXPECT_EQ(read(fd, m + PAGE, PAGE), PAGE, "read page 0 into page 1");
	EXPECT_EQ(m[PAGE + 9], 'a', "page 1 now holds page 0's bytes");
	EXPECT_EQ(lseek(fd, PAGE, SEEK_SET), PAGE, "seek to page 1");
	EXPECT_EQ(read(fd, page, PAGE), PAGE, "read page 1 with read()");
	EXPECT_EQ(page[4095], 'a', "read() sees it");

	ro = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, fd, 0);
	ASSERT_TRUE(ro != MAP_FAILED, "read-only mapping");
	EXPECT_EQ(lseek(fd, 0, SEEK_SET), 0, "seek 0");
	EXPECT_ERRNO(read(fd, ro, 16), EFAULT, "read into a read-only mapping");
	munmap(ro, PAGE);
	munmap(m, 3 * PAGE);
	close(fd);
	unlink("rwo-file");
	return test_done();
}
