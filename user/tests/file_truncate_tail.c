/*
 * Shrinking a file and growing it again leaves zeros where the cut bytes
 * were, even inside the page that stays cached: after ftruncate to 100
 * bytes and back to 8192, bytes 100..8191 read as zero through read()
 * and through a shared mapping, and a mapping of the short file shows
 * zeros in the tail of its last page.
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <test.h>

#define PAGE 4096

static int count_nonzero(const char *p, int n)
{
	int i, bad = 0;

	for (i = 0; i < n; i++)
		bad += p[i] != 0;
	return bad;
}

int main(void)
{
	static char buf[2 * PAGE];
	char *m;
	int fd = open("tt-file", O_RDWR | O_CREAT | O_TRUNC, 0644);

	ASSERT_TRUE(fd >= 0, "create the file");
	memset(buf, 'x', sizeof(buf));
	EXPECT_EQ(write(fd, buf, sizeof(buf)), 2 * PAGE, "write 2 pages of x");
	m = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	ASSERT_TRUE(m != MAP_FAILED, "map them shared");
	EXPECT_EQ(m[PAGE - 1], 'x', "mapped before the truncate");
	EXPECT_EQ(ftruncate(fd, 100), 0, "truncate to 100 bytes");
	EXPECT_EQ(m[99], 'x', "byte 99 kept");
	EXPECT_EQ(count_nonzero(m + 100, PAGE - 100), 0, "the tail of the last page reads zero in the mapping");
	EXPECT_EQ(ftruncate(fd, 2 * PAGE), 0, "grow back to 2 pages");
	EXPECT_EQ(lseek(fd, 0, SEEK_SET), 0, "seek 0");
	memset(buf, 'y', sizeof(buf));
	EXPECT_EQ(read(fd, buf, sizeof(buf)), 2 * PAGE, "read it all");
	EXPECT_EQ(buf[99], 'x', "byte 99 via read()");
	EXPECT_EQ(count_nonzero(buf + 100, 2 * PAGE - 100), 0, "bytes 100.. read zero via read()");
	EXPECT_EQ(count_nonzero(m + 100, 2 * PAGE - 100), 0, "and via the mapping");
	munmap(m, 2 * PAGE);
	close(fd);
	unlink("tt-file");
	return test_done();
}
