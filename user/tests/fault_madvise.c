/*
 * madvise(MADV_DONTNEED) throws pages away. Linux guarantees that the next
 * access to an anonymous private page reads zeros, and to a private file
 * page reads the file again (a private copy is lost); the purely advisory
 * values return 0; an unaligned start or unknown advice is EINVAL and an
 * unmapped range ENOMEM.
 */
#include "fault_util.h"

#define NPAGES 8

int main(void)
{
	char *anon = mmap(NULL, NPAGES * PAGE, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int fd = make_test_file("fault_madvise.dat", NPAGES * PAGE);
	char *file = mmap(NULL, NPAGES * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	unsigned long i;

	ASSERT_TRUE(anon != MAP_FAILED && file != MAP_FAILED, "mmap anon and file");
	for (i = 0; i < NPAGES; i++) {
		anon[i * PAGE] = 'a';
		file[i * PAGE] = 'f';
	}
	EXPECT_EQ(resident_pages(anon, NPAGES), NPAGES, "anonymous pages resident after stores");

	EXPECT_EQ(madvise(anon + 2 * PAGE, 3 * PAGE, MADV_DONTNEED), 0, "MADV_DONTNEED on anon");
	EXPECT_EQ(resident_pages(anon, NPAGES), NPAGES - 3, "resident after dropping 3 pages");
	EXPECT_EQ(anon[2 * PAGE], 0, "a dropped anonymous page reads zero");
	EXPECT_EQ(anon[4 * PAGE], 0, "the last dropped page reads zero");
	EXPECT_EQ(anon[5 * PAGE], 'a', "the page after the range keeps its data");
	EXPECT_EQ(anon[1 * PAGE], 'a', "the page before the range keeps its data");

	EXPECT_EQ(madvise(file, NPAGES * PAGE, MADV_DONTNEED), 0, "MADV_DONTNEED on a private file mapping");
	EXPECT_EQ(file[0], file_byte(0), "a dropped private file page reads the file again");
	EXPECT_EQ(file[7 * PAGE], file_byte(7 * PAGE), "so does the last one");

	EXPECT_EQ(madvise(anon, NPAGES * PAGE, MADV_NORMAL), 0, "MADV_NORMAL");
	EXPECT_EQ(madvise(anon, NPAGES * PAGE, MADV_RANDOM), 0, "MADV_RANDOM");
	EXPECT_EQ(madvise(file, NPAGES * PAGE, MADV_SEQUENTIAL), 0, "MADV_SEQUENTIAL");
	EXPECT_EQ(madvise(file, NPAGES * PAGE, MADV_WILLNEED), 0, "MADV_WILLNEED on a file");
	EXPECT_EQ(madvise(anon, 0, MADV_DONTNEED), 0, "madvise of zero bytes");
	EXPECT_ERRNO(madvise(anon + 1, PAGE, MADV_DONTNEED), EINVAL, "madvise at an unaligned start");
	EXPECT_ERRNO(madvise(anon, PAGE, 12345), EINVAL, "madvise with unknown advice");
	EXPECT_ERRNO(madvise(test_unmapped_page(), PAGE, MADV_DONTNEED), ENOMEM,
		     "madvise of an unmapped page");

	munmap(anon, NPAGES * PAGE);
	munmap(file, NPAGES * PAGE);
	close(fd);
	unlink("fault_madvise.dat");
	return test_done();
}
