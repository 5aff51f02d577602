/*
 * Locked and pre-populated mappings are resident at once. Linux guarantees
 * that after mlock() every page of the range is resident, likewise for
 * MAP_POPULATE and MAP_LOCKED mappings, anonymous or file-backed;
 * munlock keeps the data; a range with an unmapped hole is ENOMEM.
 * (Sizes stay far below the default RLIMIT_MEMLOCK of an unprivileged user.)
 */
#include "fault_util.h"

#define NPAGES 8

static char *anon(int extra_flags)
{
	char *p = mmap(NULL, NPAGES * PAGE, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | extra_flags, -1, 0);

	ASSERT_TRUE(p != MAP_FAILED, "mmap");
	return p;
}

int main(void)
{
	char *p = anon(0), *pop, *locked;
	int fd = make_test_file("fault_mlock.dat", NPAGES * PAGE);
	char *file;

	EXPECT_EQ(resident_pages(p, NPAGES), 0, "resident before mlock");
	EXPECT_EQ(mlock(p + 2 * PAGE + 10, 3 * PAGE), 0, "mlock 3 pages from an unaligned address");
	EXPECT_EQ(resident_pages(p, NPAGES), 4, "resident after mlock (rounded out to 4 pages)");
	p[3 * PAGE] = 'L';
	EXPECT_EQ(munlock(p, NPAGES * PAGE), 0, "munlock");
	EXPECT_EQ(p[3 * PAGE], 'L', "data after munlock");
	EXPECT_EQ(p[2 * PAGE + 1], 0, "a locked page that was never written reads zero");

	pop = anon(MAP_POPULATE);
	EXPECT_EQ(resident_pages(pop, NPAGES), NPAGES, "resident in a MAP_POPULATE mapping");
	locked = anon(MAP_LOCKED);
	EXPECT_EQ(resident_pages(locked, NPAGES), NPAGES, "resident in a MAP_LOCKED mapping");
	EXPECT_EQ(munlock(locked, NPAGES * PAGE), 0, "munlock the MAP_LOCKED mapping");

	file = mmap(NULL, NPAGES * PAGE, PROT_READ, MAP_SHARED | MAP_POPULATE, fd, 0);
	ASSERT_TRUE(file != MAP_FAILED, "mmap a file with MAP_POPULATE");
	EXPECT_EQ(resident_pages(file, NPAGES), NPAGES, "resident in a populated file mapping");
	EXPECT_EQ(file[5 * PAGE + 1], file_byte(5 * PAGE + 1), "a populated file byte");

	EXPECT_EQ(munmap(p + 6 * PAGE, PAGE), 0, "punch a hole");
	EXPECT_ERRNO(mlock(p + 5 * PAGE, 3 * PAGE), ENOMEM, "mlock across a hole");
	EXPECT_ERRNO(mlock(test_unmapped_page(), PAGE), ENOMEM, "mlock of an unmapped page");
	EXPECT_EQ(mlock(p, 0), 0, "mlock of zero bytes");

	munmap(p, NPAGES * PAGE);
	munmap(pop, NPAGES * PAGE);
	munmap(locked, NPAGES * PAGE);
	munmap(file, NPAGES * PAGE);
	close(fd);
	unlink("fault_mlock.dat");
	return test_done();
}
