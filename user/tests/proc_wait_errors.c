/*
 * wait4/waitpid only report one's own children: the parent's pid or one's
 * own is ECHILD, as is any wait with no children at all (WNOHANG too).
 * Unknown option bits are EINVAL; pid INT_MIN (whose group -INT_MIN cannot
 * exist) is ESRCH.
 */
#include <test.h>

int main(void)
{
	int status;
	pid_t child;

	EXPECT_ERRNO(waitpid(-1, &status, 0), ECHILD, "no children");
	EXPECT_ERRNO(waitpid(-1, &status, WNOHANG), ECHILD, "no children, WNOHANG");
	EXPECT_ERRNO(waitpid(getppid(), &status, WNOHANG), ECHILD, "the parent");
	EXPECT_ERRNO(waitpid(getpid(), &status, WNOHANG), ECHILD, "oneself");
	EXPECT_ERRNO(waitpid((pid_t)0x80000000, &status, WNOHANG), ESRCH, "pid INT_MIN");

	child = fork();
	if (child == 0)
		_exit(0);
	ASSERT_TRUE(child > 0, "fork");
	EXPECT_ERRNO(waitpid(getppid(), &status, 0), ECHILD, "the parent, with a child");
	EXPECT_ERRNO(wait4(child, &status, 0x100, NULL), EINVAL, "unknown option bit");
	EXPECT_EQ(waitpid(child, &status, 0), child, "reap the child");
	return test_done();
}
