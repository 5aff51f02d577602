/*
 * mlockall. Linux guarantees that after mlockall(MCL_CURRENT | MCL_FUTURE)
 * everything mapped is resident and so is every later mapping, at once;
 * munlockall ends that; flags 0 or unknown bits are EINVAL. (An
 * unprivileged Linux user may be refused with ENOMEM or EPERM when the
 * process exceeds RLIMIT_MEMLOCK; the test then only checks the errors.)
 */
#include "fault_util.h"

#define NPAGES 8

static char *anon(void)
{
	char *p = mmap(NULL, NPAGES * PAGE, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	ASSERT_TRUE(p != MAP_FAILED, "mmap");
	return p;
}

int main(void)
{
	char *before = anon(), *after;

	EXPECT_ERRNO(mlockall(0), EINVAL, "mlockall(0)");
	EXPECT_ERRNO(mlockall(0x100), EINVAL, "mlockall with an unknown flag");
	EXPECT_EQ(resident_pages(before, NPAGES), 0, "resident before mlockall");
	errno = 0;
	if (mlockall(MCL_CURRENT | MCL_FUTURE) != 0) {
		EXPECT_TRUE(errno == ENOMEM || errno == EPERM, "mlockall refused only for the limit");
		return test_done();
	}
	EXPECT_EQ(resident_pages(before, NPAGES), NPAGES, "a mapping made before mlockall is resident");
	after = anon();
	EXPECT_EQ(resident_pages(after, NPAGES), NPAGES, "a mapping made after MCL_FUTURE is resident");
	EXPECT_EQ(before[5 * PAGE], 0, "locked anonymous memory reads zero");
	EXPECT_EQ(munlockall(), 0, "munlockall");
	munmap(after, NPAGES * PAGE);
	after = anon();
	EXPECT_EQ(resident_pages(after, NPAGES), 0, "a mapping made after munlockall is not");
	return test_done();
}
