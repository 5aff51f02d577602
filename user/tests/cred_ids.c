/*
 * The uid and gid calls, as root: the 32-bit calls glibc uses agree with
 * the 16-bit ones; a privileged process may take any ids with setresuid,
 * after which it is unprivileged: it may move among its real, effective
 * and saved ids (setuid, setreuid) but not back to 0 (EPERM), and may no
 * longer set its groups. setgroups/getgroups round-trip; a getgroups
 * buffer smaller than the list is EINVAL.
 */
#include <sys/syscall.h>
#include <sys/wait.h>
#include <test.h>

static void ids(unsigned int *r, unsigned int *e, unsigned int *s)
{
	syscall(__NR_getresuid32, r, e, s);
}

static int child(void)
{
	unsigned int r, e, s, groups[4] = { 5, 6, 7, 8 }, got[4];

	EXPECT_EQ(syscall(__NR_setgroups32, 3, groups), 0, "root sets three groups");
	EXPECT_EQ(syscall(__NR_getgroups32, 0, NULL), 3, "getgroups(0) counts them");
	EXPECT_ERRNO(syscall(__NR_getgroups32, 2, got), EINVAL, "too small a buffer");
	EXPECT_EQ(syscall(__NR_getgroups32, 4, got), 3, "getgroups returns them");
	EXPECT_TRUE(got[0] == 5 && got[1] == 6 && got[2] == 7, "in order");
	EXPECT_EQ(syscall(__NR_setresgid32, 100, 101, 102), 0, "setresgid as root");
	EXPECT_EQ(syscall(__NR_getegid32), 101, "the effective gid");
	EXPECT_EQ(syscall(__NR_setresuid32, 1000, 1001, 1002), 0, "setresuid as root");
	ids(&r, &e, &s);
	EXPECT_TRUE(r == 1000 && e == 1001 && s == 1002, "getresuid: the three uids");
	EXPECT_EQ(syscall(__NR_getuid32), 1000, "getuid32");
	EXPECT_EQ(syscall(__NR_geteuid32), 1001, "geteuid32");
	EXPECT_EQ(syscall(__NR_getuid), 1000, "the 16-bit getuid agrees");
	EXPECT_ERRNO(syscall(__NR_setuid32, 0), EPERM, "no way back to root");
	EXPECT_ERRNO(syscall(__NR_setgroups32, 1, groups), EPERM, "nor to setting groups");
	EXPECT_EQ(syscall(__NR_setuid32, 1002), 0, "the saved uid may become effective");
	EXPECT_EQ(syscall(__NR_geteuid32), 1002, "and is");
	ids(&r, &e, &s);
	EXPECT_TRUE(r == 1000 && s == 1002, "real and saved unchanged");
	EXPECT_EQ(syscall(__NR_setreuid32, -1, 1000), 0, "setreuid to the real uid");
	ids(&r, &e, &s);
	EXPECT_TRUE(r == 1000 && e == 1000 && s == 1002,
		    "effective = real leaves the saved uid");
	EXPECT_ERRNO(syscall(__NR_setreuid32, 5, -1), EPERM, "a stranger's uid");
	return test_done();
}

int main(void)
{
	int status;
	pid_t pid;

	ASSERT_TRUE(syscall(__NR_geteuid32) == 0, "the tests run as root");
	EXPECT_EQ(syscall(__NR_getuid32), syscall(__NR_getuid), "getuid32 = getuid");
	EXPECT_EQ(syscall(__NR_getgid32), syscall(__NR_getgid), "getgid32 = getgid");
	EXPECT_ERRNO(syscall(__NR_setuid32, -1), EINVAL, "setuid(-1)");
	pid = fork();
	if (pid == 0)
		_exit(child());
	ASSERT_TRUE(pid > 0, "fork");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "reap");
	EXPECT_EXITED(status, 0, "the child's checks");
	EXPECT_EQ(syscall(__NR_geteuid32), 0, "the parent is still root");
	return test_done();
}
