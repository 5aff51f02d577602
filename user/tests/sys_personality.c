/*
 * personality(0xffffffff) reads the execution domain without changing it;
 * setting one returns the previous value, and the new one reads back,
 * ADDR_COMPAT_LAYOUT included (the flag for the legacy bottom-up mmap
 * layout that this kernel always uses). It is inherited by fork.
 */
#include <sys/personality.h>
#include <test.h>

int main(void)
{
	int old = personality(0xffffffff), status;
	pid_t pid;

	EXPECT_TRUE(old >= 0, "reading the persona");
	EXPECT_EQ(old & 0xff, PER_LINUX, "the Linux execution domain");
	EXPECT_EQ(personality(old | ADDR_COMPAT_LAYOUT), old, "set returns the old value");
	EXPECT_EQ(personality(0xffffffff), old | ADDR_COMPAT_LAYOUT, "the new value reads back");

	pid = fork();
	if (pid == 0)
		_exit(personality(0xffffffff) == (old | ADDR_COMPAT_LAYOUT) ? 0 : 1);
	waitpid(pid, &status, 0);
	EXPECT_EXITED(status, 0, "a forked child has the same persona");

	EXPECT_EQ(personality(old), old | ADDR_COMPAT_LAYOUT, "restore");
	EXPECT_EQ(personality(0xffffffff), old, "restored");
	return test_done();
}
