/*
 * MAP_SHARED file pages under reclaim: stores through the mapping are
 * written back before the page is dropped (MADV_PAGEOUT), so reading the
 * file and touching the mapping again both see them; a clean private
 * mapping of the file is simply dropped and read again.
 */
#include "swap_util.h"

#define LEN	(8 * PAGE)

int main(void)
{
	const char *path = "swap_file_shared.tmp";
	static unsigned char buf[LEN];
	unsigned char *p, *q;
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);

	ASSERT_TRUE(fd >= 0, "create the file");
	fill(buf, LEN, 3);
	EXPECT_EQ(write(fd, buf, LEN), (long)LEN, "write 8 pages");
	p = mmap(NULL, LEN, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	q = mmap(NULL, LEN, PROT_READ, MAP_PRIVATE, fd, 0);
	ASSERT_TRUE(p != MAP_FAILED && q != MAP_FAILED, "mmap shared and private");
	EXPECT_EQ(check(q, LEN, 3), -1, "private mapping reads the file");
	fill(p, LEN, 4);
	EXPECT_EQ(madvise(p, LEN, MADV_PAGEOUT), 0, "MADV_PAGEOUT of the dirty shared pages");
	EXPECT_EQ(madvise(q, LEN, MADV_PAGEOUT), 0, "MADV_PAGEOUT of the private mapping");
	EXPECT_EQ(pread(fd, buf, LEN, 0), (long)LEN, "read the file back");
	EXPECT_EQ(check(buf, LEN, 4), -1, "file holds the stores made through the mapping");
	EXPECT_EQ(check(p, LEN, 4), -1, "shared mapping after paging out");
	EXPECT_EQ(check(q, LEN, 4), -1, "private mapping sees the file's new bytes");
	munmap(p, LEN);
	munmap(q, LEN);
	close(fd);
	unlink(path);
	return test_done();
}
