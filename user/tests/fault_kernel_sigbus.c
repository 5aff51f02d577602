/*
 * When the kernel itself touches a page of a file mapping past the end of
 * the file (a page that would give the process SIGBUS), the system call
 * fails instead: write() from such a buffer copies the bytes before that
 * page and returns the short count, or EFAULT when it could copy nothing;
 * read() into it the same. The process gets no signal.
 */
#include "fault_util.h"

int main(void)
{
	char page[PAGE];
	char *m;
	int fd = open("ksb-file", O_RDWR | O_CREAT | O_TRUNC, 0644);
	int out = open("ksb-out", O_RDWR | O_CREAT | O_TRUNC, 0644);

	ASSERT_TRUE(fd >= 0 && out >= 0, "create the files");
	memset(page, 's', PAGE);
	EXPECT_EQ(write(fd, page, PAGE), (long)PAGE, "a one-page file");
	EXPECT_EQ(write(out, page, PAGE), (long)PAGE, "a one-page data file");
	m = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	ASSERT_TRUE(m != MAP_FAILED, "map two pages of it");
	EXPECT_EQ(lseek(out, 0, SEEK_SET), 0, "seek 0");
	EXPECT_EQ(write(out, m, 2 * PAGE), (long)PAGE, "write() stops at the page past EOF");
	EXPECT_ERRNO(write(out, m + PAGE, 16), EFAULT, "write() from the page past EOF alone");
	EXPECT_EQ(lseek(out, 0, SEEK_SET), 0, "seek 0");
	EXPECT_EQ(read(out, m + PAGE - 100, 200), 100, "read() stops at the page past EOF");
	EXPECT_ERRNO(read(out, m + PAGE, 16), EFAULT, "read() into the page past EOF alone");
	EXPECT_EQ(read(out, m + PAGE - 37, 100), 37, "an unaligned read() stops at the exact byte");
	EXPECT_EQ(write(out, m + PAGE - 37, 100), 37, "an unaligned write() too");
	munmap(m, 2 * PAGE);
	close(fd);
	close(out);
	unlink("ksb-file");
	unlink("ksb-out");
	return test_done();
}
