/*
 * setjmp/longjmp return to the setjmp point with the value given (1 for
 * 0), keeping callee-saved state. sigsetjmp(env, 1)/siglongjmp out of a
 * SIGSEGV handler restores the signal mask, so the next fault is caught
 * too; without the saved mask SIGSEGV would stay blocked.
 */
#include <setjmp.h>
#include <signal.h>
#include <test.h>

static jmp_buf jb;
static sigjmp_buf sjb;
static volatile int faults;

static __attribute__((noinline)) void jump_back(int v)
{
	longjmp(jb, v);
}

static void on_segv(int sig)
{
	faults++;
	siglongjmp(sjb, 7);
}

int main(void)
{
	volatile int step = 0;
	volatile int i;
	int r;
	sigset_t mask;

	r = setjmp(jb);
	if (r == 0) {
		step = 1;
		jump_back(42);
	}
	EXPECT_EQ(r, 42, "setjmp returns longjmp's value");
	EXPECT_EQ(step, 1, "volatile local kept");

	r = setjmp(jb);
	if (r == 0)
		jump_back(0);
	EXPECT_EQ(r, 1, "longjmp(0) makes setjmp return 1");

	signal(SIGSEGV, on_segv);
	for (i = 0; i < 3; i++) {
		r = sigsetjmp(sjb, 1);
		if (r == 0)
			*(volatile int *)0 = i;
		EXPECT_EQ(r, 7, "siglongjmp value");
	}
	EXPECT_EQ(faults, 3, "each of three faults was caught");
	sigprocmask(SIG_BLOCK, NULL, &mask);
	EXPECT_EQ(sigismember(&mask, SIGSEGV), 0, "SIGSEGV not left blocked");
	return test_done();
}
