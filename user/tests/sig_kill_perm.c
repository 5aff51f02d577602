/*
 * Who may signal whom (Linux's check_kill_permission): an unprivileged
 * process may signal one whose real or saved uid is its own real or
 * effective uid; another user's is EPERM (signal 0 too) - except SIGCONT,
 * which any process of the same session may send. Root may signal anyone.
 */
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <test.h>

static int become(unsigned int uid)
{
	return syscall(__NR_setresuid32, uid, uid, uid);
}

int main(void)
{
	int ready[2], status;
	pid_t victim, attacker;
	char c;

	ASSERT_TRUE(pipe(ready) == 0, "pipe");
	victim = fork();
	if (victim == 0) {
		become(65534);
		write(ready[1], "r", 1);
		for (;;)
			pause();
	}
	ASSERT_TRUE(victim > 0 && read(ready[0], &c, 1) == 1, "a process of uid 65534");

	attacker = fork();
	if (attacker == 0) {
		if (become(65533))
			_exit(10);
		if (kill(victim, SIGTERM) != -1 || errno != EPERM)
			_exit(1);
		if (kill(victim, 0) != -1 || errno != EPERM)
			_exit(2);
		if (kill(victim, SIGCONT) != 0)
			_exit(3);	/* the same session */
		if (kill(getpid(), 0) != 0)
			_exit(4);
		_exit(0);
	}
	ASSERT_TRUE(waitpid(attacker, &status, 0) == attacker, "wait");
	EXPECT_TRUE(WIFEXITED(status), "the other user's process exits");
	EXPECT_EQ(WEXITSTATUS(status), 0, "EPERM for SIGTERM and 0, SIGCONT allowed, itself allowed");

	attacker = fork();
	if (attacker == 0) {
		become(65534);
		_exit(kill(victim, 0) == 0 ? 0 : 1);
	}
	waitpid(attacker, &status, 0);
	EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the same uid may");

	EXPECT_EQ(kill(victim, SIGKILL), 0, "root may signal anyone");
	EXPECT_TRUE(waitpid(victim, &status, 0) == victim && WIFSIGNALED(status), "and it died");
	return test_done();
}
