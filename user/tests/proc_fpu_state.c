/*
 * Each process has its own floating-point state: SSE registers and x87
 * arithmetic survive context switches to a process that changes them, and
 * a signal handler that uses them (the kernel saves the state in the
 * signal frame and restores it on return).
 */
#include <signal.h>
#include <sys/syscall.h>
#include <test.h>
#include <time.h>

static float in[4] __attribute__((aligned(16))) = { 1.5f, 2.5f, 3.5f, 4.5f };
static float junk[4] __attribute__((aligned(16))) = { 9, 9, 9, 9 };
static float out[4] __attribute__((aligned(16)));

static void clobber(int sig)
{
	asm volatile("movaps %0, %%xmm1; fldz; fldz; fstp %%st(0); fstp %%st(0)" : : "m"(junk));
}

int main(void)
{
	volatile double d = 1.0;
	int i, status;
	pid_t pid;

	signal(SIGUSR1, clobber);
	asm volatile("movaps %0, %%xmm1" : : "m"(in));
	pid = fork();
	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0) {
		struct timespec ts = { 0, 1000 * 1000 };

		for (i = 0; i < 50; i++) {
			asm volatile("movaps %0, %%xmm1" : : "m"(junk));
			nanosleep(&ts, NULL);
		}
		_exit(0);
	}
	for (i = 0; i < 30; i++) {
		struct timespec ts = { 0, 2 * 1000 * 1000 };

		nanosleep(&ts, NULL);
		d *= 1.5;
	}
	raise(SIGUSR1);
	asm volatile("movaps %%xmm1, %0" : "=m"(out));
	waitpid(pid, &status, 0);
	EXPECT_TRUE(out[0] == 1.5f && out[3] == 4.5f,
		    "xmm1 kept across context switches and a handler");
	EXPECT_TRUE(d > 191751.0 && d < 191752.0, "x87 arithmetic: 1.5^30");
	return test_done();
}
