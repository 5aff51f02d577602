/*
 * madvise's argument checks as Linux makes them: an unknown advice is
 * EINVAL; a range with an unmapped page is ENOMEM (the advice still
 * applies to the mapped part, so MADV_DONTNEED there drops the pages);
 * length 0 succeeds.
 */
#include <sys/mman.h>
#include <test.h>

#define PAGE 4096

int main(void)
{
	char *a = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	ASSERT_TRUE(a != MAP_FAILED, "mmap 3 pages");
	memset(a, 7, 3 * PAGE);
	EXPECT_ERRNO(madvise(a, PAGE, 12345), EINVAL, "advice 12345");
	EXPECT_EQ(madvise(a, 0, MADV_DONTNEED), 0, "length 0");
	ASSERT_TRUE(munmap(a + PAGE, PAGE) == 0, "punch a hole at page 1");
	EXPECT_ERRNO(madvise(a, 3 * PAGE, MADV_DONTNEED), ENOMEM, "MADV_DONTNEED across the hole");
	EXPECT_EQ(a[0], 0, "page 0 was dropped anyway");
	EXPECT_EQ(a[2 * PAGE], 0, "page 2 was dropped anyway");
	EXPECT_ERRNO(madvise(a + PAGE, PAGE, MADV_NORMAL), ENOMEM, "advice on the hole alone");
	munmap(a, 3 * PAGE);
	return test_done();
}
