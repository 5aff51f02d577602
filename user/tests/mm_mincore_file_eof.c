/*
 * mincore over a file mapping that runs past the file's end succeeds and
 * reports the pages beyond EOF as not resident (nothing can be cached
 * there), while a page that was read is resident. An unaligned start is
 * EINVAL and a range with an unmapped page is ENOMEM.
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <test.h>

#define PAGE 4096

int main(void)
{
	char page[PAGE];
	unsigned char vec[8];
	volatile char *m;
	int fd = open("mce-file", O_RDWR | O_CREAT | O_TRUNC, 0644);

	ASSERT_TRUE(fd >= 0, "create the file");
	memset(page, 'm', PAGE);
	EXPECT_EQ(write(fd, page, PAGE), PAGE, "write one page");
	m = mmap(NULL, 4 * PAGE, PROT_READ, MAP_SHARED, fd, 0);
	ASSERT_TRUE(m != MAP_FAILED, "map 4 pages of a 1-page file");
	EXPECT_EQ(m[10], 'm', "read page 0");
	memset(vec, 0xee, sizeof(vec));
	EXPECT_EQ(mincore((void *)m, 4 * PAGE, vec), 0, "mincore of the 4 pages");
	EXPECT_EQ(vec[0] & 1, 1, "page 0 resident");
	EXPECT_EQ(vec[1] & 1, 0, "page 1 (past EOF) not resident");
	EXPECT_EQ(vec[3] & 1, 0, "page 3 (past EOF) not resident");
	EXPECT_EQ(vec[4], 0xee, "nothing stored past the 4 entries");
	EXPECT_ERRNO(mincore((void *)(m + 1), PAGE, vec), EINVAL, "unaligned start");
	munmap((void *)(m + 2 * PAGE), PAGE);
	EXPECT_ERRNO(mincore((void *)m, 4 * PAGE, vec), ENOMEM, "range with a hole");
	munmap((void *)m, 4 * PAGE);
	close(fd);
	unlink("mce-file");
	return test_done();
}
