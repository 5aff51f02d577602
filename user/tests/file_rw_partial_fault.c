/*
 * read() and write() whose buffer runs from good memory into a page the
 * process may not touch copy what they can and return that short count,
 * as Linux's page-cache paths do; only a call that can copy nothing fails
 * with EFAULT. Here the buffer is two readable-writable pages followed by
 * a PROT_NONE page, and the calls ask for all three.
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <test.h>

#define PAGE 4096

int main(void)
{
	unsigned char *buf = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE,
				  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int fd, i, bad = 0;

	ASSERT_TRUE(buf != MAP_FAILED, "mmap 3 pages");
	for (i = 0; i < 3 * PAGE; i++)
		buf[i] = (unsigned char)(i * 7 + 1);
	fd = open("partial-file", O_RDWR | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(fd >= 0, "create the file");
	EXPECT_EQ(write(fd, buf, 3 * PAGE), 3 * PAGE, "write 3 pages");
	ASSERT_TRUE(mprotect(buf + 2 * PAGE, PAGE, PROT_NONE) == 0, "mprotect page 2");

	/* write: source ends in the PROT_NONE page. */
	EXPECT_EQ(lseek(fd, 0, SEEK_END), 3 * PAGE, "file size before");
	EXPECT_EQ(write(fd, buf, 3 * PAGE), 2 * PAGE, "write stops at the PROT_NONE page");
	EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 5 * PAGE, "position after the short write");
	EXPECT_EQ(write(fd, buf + 2 * PAGE, PAGE), -1, "write from the PROT_NONE page alone");
	EXPECT_EQ(errno, EFAULT, "errno of that write");

	/* read: destination ends in the PROT_NONE page. */
	memset(buf, 0, 2 * PAGE);
	EXPECT_EQ(lseek(fd, PAGE, SEEK_SET), PAGE, "seek to page 1");
	EXPECT_EQ(read(fd, buf, 3 * PAGE), 2 * PAGE, "read stops at the PROT_NONE page");
	EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 3 * PAGE, "position after the short read");
	for (i = 0; i < 2 * PAGE; i++)
		if (buf[i] != (unsigned char)((i + PAGE) * 7 + 1))
			bad++;
	EXPECT_EQ(bad, 0, "bytes read before the fault");
	EXPECT_EQ(read(fd, buf + 2 * PAGE, PAGE), -1, "read into the PROT_NONE page alone");
	EXPECT_EQ(errno, EFAULT, "errno of that read");
	EXPECT_EQ(lseek(fd, 0, SEEK_CUR), 3 * PAGE, "a failed read does not move the position");
	close(fd);
	unlink("partial-file");
	return test_done();
}
