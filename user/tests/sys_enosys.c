/*
 * A system-call number without a call returns -ENOSYS and the program goes
 * on: numbers inside the table that Linux i386 leaves unimplemented (222,
 * 223, 251, 285: sys_ni_syscall) and numbers past the end of any table
 * (511, 1000, 0x7fffffff, and eax = -1).
 */
#include <sys/syscall.h>
#include <test.h>

int main(void)
{
	static const long numbers[] = { 222, 223, 251, 285, 511, 1000, 0x7fffffff, -1 };
	unsigned i;

	for (i = 0; i < sizeof(numbers) / sizeof(numbers[0]); i++) {
		char what[64];

		snprintf(what, sizeof(what), "system call %ld", numbers[i]);
		EXPECT_EQ(__syscall(numbers[i], 1, 2, 3, 4, 5, 6), -ENOSYS, what);
	}
	EXPECT_ERRNO(syscall(222), ENOSYS, "syscall() wrapper sets errno");
	EXPECT_EQ(getpid() > 0, 1, "still running");
	return test_done();
}
