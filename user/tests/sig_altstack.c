/*
 * sigaltstack: a handler installed with SA_ONSTACK runs on the alternate
 * stack, and uc_stack tells it the interrupted code was not on that stack.
 * That is how a program survives the SIGSEGV of its own stack overflow.
 * Sizes below MINSIGSTKSZ are refused with ENOMEM; with no stack set the
 * query reports SS_DISABLE.
 */
#include <signal.h>
#include <sys/syscall.h>
#include <test.h>

static char alt[65536];
static volatile int on_alt, uc_flags = -1;

static int set_altstack(void *sp, size_t size, int flags, stack_t *old)
{
	stack_t ss = { .ss_sp = sp, .ss_flags = flags, .ss_size = size };

	return syscall(__NR_sigaltstack, sp ? &ss : NULL, old);
}

static void handler(int sig, siginfo_t *si, void *ctx)
{
	char here;
	ucontext_t *uc = ctx;

	on_alt = &here >= alt && &here < alt + sizeof(alt);
	uc_flags = uc->uc_stack.ss_flags;
	if (sig == SIGSEGV)
		_exit(on_alt ? 42 : 1);
}

static int recurse(int n)
{
	volatile char buf[1024];

	buf[0] = n;
	return n ? recurse(n - 1) + buf[0] : 0;
}

static void overflow(void *arg)
{
	struct sigaction sa;

	set_altstack(alt, sizeof(alt), 0, NULL);
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigaction(SIGSEGV, &sa, NULL);
	recurse(1 << 30);
}

int main(void)
{
	struct sigaction sa;
	stack_t old;

	EXPECT_EQ(set_altstack(NULL, 0, 0, &old), 0, "query the alternate stack");
	EXPECT_EQ(old.ss_flags, SS_DISABLE, "none set yet: SS_DISABLE");
	EXPECT_ERRNO(set_altstack(alt, 100, 0, NULL), ENOMEM, "smaller than MINSIGSTKSZ");
	EXPECT_EQ(set_altstack(alt, sizeof(alt), 0, NULL), 0, "set it");

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	ASSERT_TRUE(sigaction(SIGUSR1, &sa, NULL) == 0, "sigaction");
	raise(SIGUSR1);
	EXPECT_EQ(on_alt, 1, "the SA_ONSTACK handler ran on the alternate stack");
	EXPECT_EQ(uc_flags, 0, "uc_stack.ss_flags: the program was not on it");

	EXPECT_EXITED(test_run_child(overflow, NULL), 42,
		      "a stack overflow is caught on the alternate stack");
	return test_done();
}
