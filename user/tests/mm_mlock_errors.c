/*
 * mlock and munlock over a range with an unmapped page fail with ENOMEM;
 * msync with MS_INVALIDATE of a locked range is EBUSY, and fine again
 * once it is unlocked.
 */
#include <sys/mman.h>
#include <test.h>

#define PAGE 4096

int main(void)
{
	char *a = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	ASSERT_TRUE(a != MAP_FAILED, "mmap 3 pages");
	ASSERT_TRUE(munmap(a + PAGE, PAGE) == 0, "punch a hole");
	EXPECT_ERRNO(mlock(a, 3 * PAGE), ENOMEM, "mlock across the hole");
	EXPECT_ERRNO(munlock(a, 3 * PAGE), ENOMEM, "munlock across the hole");
	EXPECT_EQ(mlock(a, PAGE), 0, "mlock page 0");
	EXPECT_ERRNO(msync(a, PAGE, MS_INVALIDATE), EBUSY, "MS_INVALIDATE of a locked page");
	EXPECT_EQ(munlock(a, PAGE), 0, "munlock page 0");
	EXPECT_EQ(msync(a, PAGE, MS_INVALIDATE), 0, "MS_INVALIDATE once unlocked");
	munmap(a, 3 * PAGE);
	return test_done();
}
