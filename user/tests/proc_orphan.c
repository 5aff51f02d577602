/*
 * When a process exits, its children are re-parented: getppid() in an
 * orphan stops naming the dead parent. (Linux gives orphans to init or to
 * a "subreaper"; this kernel gives them to init, pid 1. The test checks
 * only what both guarantee.) The orphan reports back with a signal, since
 * the test process is its grandparent and cannot wait for it.
 */
#include <test.h>
#include <time.h>

static volatile int verdict;

static void on_usr1(int sig) { verdict = 1; }
static void on_usr2(int sig) { verdict = 2; }

static void sleep_ms(long ms)
{
	struct timespec ts = { 0, ms * 1000 * 1000 };

	nanosleep(&ts, NULL);
}

/* The grandchild: waits for its parent to die, then reports. */
static void orphan(pid_t test_pid, pid_t parent)
{
	int i;

	for (i = 0; i < 500 && getppid() == parent; i++)
		sleep_ms(10);
	kill(test_pid, getppid() != parent && getppid() > 0 ? SIGUSR1 : SIGUSR2);
	_exit(0);
}

int main(void)
{
	pid_t me = getpid(), child;
	int status, i;

	signal(SIGUSR1, on_usr1);
	signal(SIGUSR2, on_usr2);
	child = fork();
	ASSERT_TRUE(child >= 0, "fork");
	if (child == 0) {
		pid_t self = getpid();

		if (fork() == 0)
			orphan(me, self);
		sleep_ms(50);
		_exit(0);	/* orphans the grandchild */
	}
	EXPECT_EQ(waitpid(child, &status, 0), child, "waitpid(child)");
	for (i = 0; i < 600 && !verdict; i++)
		sleep_ms(10);
	EXPECT_EQ(verdict, 1, "orphan's verdict (1: re-parented, 2: still the dead parent, 0: none)");
	return test_done();
}
