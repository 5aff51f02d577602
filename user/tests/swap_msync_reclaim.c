/*
 * msync after reclaim: a dirty MAP_SHARED page that reclaim wrote back and
 * dropped (MADV_PAGEOUT) is read again on the next touch; a store then
 * dirties it anew, and msync(MS_SYNC) must write that store too, so the
 * file holds the last bytes written through the mapping, as Linux
 * guarantees for msync.
 */
#include "swap_util.h"

#define LEN	(4 * PAGE)

int main(void)
{
	const char *path = "swap_msync_reclaim.tmp";
	static unsigned char buf[LEN];
	unsigned char *p;
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);

	ASSERT_TRUE(fd >= 0, "create the file");
	ASSERT_TRUE(ftruncate(fd, LEN) == 0, "size it to 4 pages");
	p = mmap(NULL, LEN, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	ASSERT_TRUE(p != MAP_FAILED, "mmap MAP_SHARED");
	fill(p, LEN, 21);
	EXPECT_EQ(madvise(p, LEN, MADV_PAGEOUT), 0, "MADV_PAGEOUT writes the pages back");
	EXPECT_EQ(check(p, LEN, 21), -1, "the pages read back from the file");
	fill(p, LEN, 22);
	EXPECT_EQ(msync(p, LEN, MS_SYNC), 0, "msync(MS_SYNC)");
	EXPECT_EQ(pread(fd, buf, LEN, 0), (long)LEN, "read the file");
	EXPECT_EQ(check(buf, LEN, 22), -1, "the file holds the stores made after reclaim");
	munmap(p, LEN);
	close(fd);
	unlink(path);
	return test_done();
}
