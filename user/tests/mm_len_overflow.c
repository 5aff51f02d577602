/*
 * Lengths that overflow the address space when rounded up to a page or
 * added to the start are refused, never wrapped around to a small range:
 * mmap of 0xfffff001 or 0xffffffff bytes is ENOMEM (the rounded length
 * does not fit); munmap of such a length is EINVAL; mincore of it from a
 * mapped page is ENOMEM; the mapping is untouched.
 */
#include <sys/mman.h>
#include <test.h>

/* Low in the address space, so the vector's own range is no problem. */
static unsigned char vec[4096];

int main(void)
{
	unsigned long lens[] = { 0xfffff001UL, 0xffffffffUL };
	char *a = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int i;

	ASSERT_TRUE(a != MAP_FAILED, "mmap a page");
	a[0] = 1;
	for (i = 0; i < 2; i++) {
		char what[64];

		snprintf(what, sizeof(what), "mmap of %#lx bytes", lens[i]);
		EXPECT_ERRNO(mmap(NULL, lens[i], PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), ENOMEM, what);
		snprintf(what, sizeof(what), "munmap of %#lx bytes", lens[i]);
		EXPECT_ERRNO(munmap(a, lens[i]), EINVAL, what);
		snprintf(what, sizeof(what), "mincore of %#lx bytes", lens[i]);
		EXPECT_ERRNO(mincore(a, lens[i], vec), ENOMEM, what);
	}
	a[1] = 2;
	EXPECT_EQ(a[0] + a[1], 3, "the page is still mapped and writable");
	return test_done();
}
