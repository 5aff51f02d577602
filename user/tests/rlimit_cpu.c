/*
 * RLIMIT_CPU: a process that keeps the CPU past its soft limit (1 s)
 * receives SIGXCPU; with SIGXCPU ignored it runs on until the hard limit
 * (2 s), where SIGKILL ends it.
 */
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <test.h>

struct rlim { unsigned long cur, max; };

static volatile int got_xcpu;

static void on_xcpu(int sig)
{
	got_xcpu = 1;
}

int main(void)
{
	struct rlim one = { 1, 5 }, two = { 1, 2 };
	int status;
	pid_t pid;

	pid = fork();
	if (pid == 0) {
		signal(SIGXCPU, on_xcpu);
		syscall(__NR_setrlimit, 0 /* RLIMIT_CPU */, &one);
		while (!got_xcpu)
			;
		_exit(0);
	}
	ASSERT_TRUE(pid > 0, "fork");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "reap");
	EXPECT_EXITED(status, 0, "SIGXCPU came after about a second of CPU");

	pid = fork();
	if (pid == 0) {
		signal(SIGXCPU, SIG_IGN);
		syscall(__NR_setrlimit, 0, &two);
		for (;;)
			;
	}
	ASSERT_TRUE(pid > 0, "fork");
	EXPECT_EQ(waitpid(pid, &status, 0), pid, "reap");
	EXPECT_SIGNALED(status, SIGKILL, "SIGKILL at the hard limit");
	return test_done();
}
