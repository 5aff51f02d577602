/*
 * Stores through a MAP_SHARED file mapping reach the file. Linux
 * guarantees read() sees them (the mapping and read() share the page
 * cache), after msync(MS_SYNC), after munmap and after the storing
 * process has exited; and msync rejects bad flags and unmapped ranges.
 */
#include "fault_util.h"

#define NPAGES 4
#define SIZE (NPAGES * PAGE)

static char buf[64];

static char byte_at(int fd, unsigned long off)
{
	if (read_at(fd, off, buf, 1) != 0)
		return -1;
	return buf[0];
}

int main(void)
{
	int fd = make_test_file("fault_shared_msync.dat", SIZE);
	char *p = mmap(NULL, SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	int status;

	ASSERT_TRUE(p != MAP_FAILED, "mmap MAP_SHARED");
	p[10] = 'x';
	EXPECT_EQ(byte_at(fd, 10), 'x', "read() right after the store");
	EXPECT_EQ(msync(p, SIZE, MS_SYNC), 0, "msync MS_SYNC");
	EXPECT_EQ(byte_at(fd, 10), 'x', "read() after msync");
	p[PAGE + 20] = 'y';
	EXPECT_EQ(msync(p + PAGE, PAGE, MS_ASYNC), 0, "msync MS_ASYNC one page");
	EXPECT_EQ(msync(p, SIZE, MS_INVALIDATE), 0, "msync MS_INVALIDATE");
	EXPECT_EQ(byte_at(fd, PAGE + 20), 'y', "read() after MS_ASYNC");

	/* read() -> mapping: a write() shows in the mapping at once. */
	ASSERT_TRUE(lseek(fd, 2 * PAGE + 5, SEEK_SET) == 2 * PAGE + 5, "lseek");
	ASSERT_TRUE(write(fd, "W", 1) == 1, "write one byte");
	EXPECT_EQ(p[2 * PAGE + 5], 'W', "the mapping after write()");

	/* A child stores and exits without msync. */
	if (fork() == 0) {
		p[3 * PAGE + 7] = 'c';
		_exit(0);
	}
	wait(&status);
	EXPECT_EXITED(status, 0, "child storing through the mapping");
	EXPECT_EQ(byte_at(fd, 3 * PAGE + 7), 'c', "read() after the child exited");
	EXPECT_EQ(p[3 * PAGE + 7], 'c', "parent's mapping after the child exited");

	p[3 * PAGE + 8] = 'u';
	EXPECT_EQ(munmap(p, SIZE), 0, "munmap without msync");
	EXPECT_EQ(byte_at(fd, 3 * PAGE + 8), 'u', "read() after munmap");
	EXPECT_EQ(byte_at(fd, 3 * PAGE + 9), file_byte(3 * PAGE + 9), "an untouched byte");

	/* The error cases, with a fresh mapping. */
	p = mmap(NULL, SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	ASSERT_TRUE(p != MAP_FAILED, "mmap again");
	EXPECT_ERRNO(msync(p, SIZE, MS_SYNC | MS_ASYNC), EINVAL, "msync MS_SYNC|MS_ASYNC");
	EXPECT_ERRNO(msync(p, SIZE, 0x100), EINVAL, "msync with an unknown flag");
	EXPECT_ERRNO(msync(p + 1, PAGE, MS_SYNC), EINVAL, "msync at an unaligned address");
	EXPECT_ERRNO(msync(test_unmapped_page(), PAGE, MS_SYNC), ENOMEM, "msync of an unmapped page");
	EXPECT_EQ(msync(p, 0, MS_SYNC), 0, "msync of zero bytes");
	munmap(p, SIZE);
	close(fd);
	unlink("fault_shared_msync.dat");
	return test_done();
}
