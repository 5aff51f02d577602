/*
 * The kernel touching user memory takes the same demand faults. Linux
 * guarantees that read() into a freshly mapped, never-touched buffer
 * fills it (the copy faults the pages in), that write() from untouched
 * anonymous memory writes zeros, and that a buffer the process itself
 * could not access gives EFAULT instead of a signal: read() into a
 * PROT_READ mapping, write() from a PROT_NONE one.
 */
#include "fault_util.h"

#define NPAGES 4
#define SIZE (NPAGES * PAGE)

int main(void)
{
	int fd = make_test_file("fault_kernel_access.dat", SIZE);
	char *fresh = mmap(NULL, SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *zeros = mmap(NULL, SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *ro = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *none = mmap(NULL, PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned long i;
	int bad = 0;

	ASSERT_TRUE(fresh != MAP_FAILED && zeros != MAP_FAILED && ro != MAP_FAILED &&
		    none != MAP_FAILED, "four mmaps");
	EXPECT_EQ(resident_pages(fresh, NPAGES), 0, "buffer pages resident before read()");
	ASSERT_TRUE(lseek(fd, 0, SEEK_SET) == 0, "lseek");
	EXPECT_EQ(read(fd, fresh, SIZE), SIZE, "read() into an untouched buffer");
	for (i = 0; i < SIZE; i++)
		bad += fresh[i] != file_byte(i);
	EXPECT_EQ(bad, 0, "bytes read() delivered wrongly");
	EXPECT_EQ(resident_pages(fresh, NPAGES), NPAGES, "buffer pages resident after read()");

	/* write() from memory nobody wrote: the file gets zeros. */
	ASSERT_TRUE(lseek(fd, 0, SEEK_SET) == 0, "lseek");
	EXPECT_EQ(write(fd, zeros + PAGE, PAGE), PAGE, "write() from an untouched page");
	ASSERT_TRUE(read_at(fd, 0, fresh, PAGE) == 0, "read the page back");
	for (bad = 0, i = 0; i < PAGE; i++)
		bad += fresh[i] != 0;
	EXPECT_EQ(bad, 0, "non-zero bytes written from an untouched page");

	ASSERT_TRUE(lseek(fd, 0, SEEK_SET) == 0, "lseek");
	EXPECT_ERRNO(read(fd, ro, 16), EFAULT, "read() into a PROT_READ page");
	EXPECT_ERRNO(write(fd, none, 16), EFAULT, "write() from a PROT_NONE page");
	EXPECT_ERRNO(read(fd, test_unmapped_page(), 16), EFAULT, "read() into an unmapped page");

	close(fd);
	unlink("fault_kernel_access.dat");
	return test_done();
}
