/*
 * getpid is stable and positive; a child's getppid is its parent's pid and
 * each child gets a distinct pid. The test's own parent (the runner) is
 * another live process.
 */
#include <test.h>

int main(void)
{
	pid_t me = getpid(), a, b;
	int status;

	EXPECT_TRUE(me > 0, "pid is positive");
	EXPECT_EQ(getpid(), me, "getpid is stable");
	EXPECT_TRUE(getppid() > 0 && getppid() != me, "parent is another process");
	EXPECT_EQ(kill(getppid(), 0), 0, "parent exists");

	a = fork();
	if (a == 0)
		_exit(getppid() == me ? 0 : 1);
	b = fork();
	if (b == 0)
		_exit(getppid() == me ? 0 : 1);
	EXPECT_TRUE(a > 0 && b > 0 && a != b && a != me && b != me, "distinct child pids");
	waitpid(a, &status, 0);
	EXPECT_EXITED(status, 0, "first child's getppid");
	waitpid(b, &status, 0);
	EXPECT_EXITED(status, 0, "second child's getppid");
	return test_done();
}
