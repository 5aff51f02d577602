/*
 * A handler installed without SA_SIGINFO gets Linux's i386 struct
 * sigframe: the signal number as its only argument, the sigcontext right
 * above it (the old mask's low word in sc.oldmask, its high word in
 * extramask at offset 720 of the frame), and it returns through sigreturn
 * (119), called by its SA_RESTORER code after popping the argument. That
 * call restores the registers and takes the mask from the frame, so a
 * handler that edits extramask changes the mask the program continues with.
 */
#include <signal.h>
#include <sys/syscall.h>
#include <test.h>

/* The restorer glibc uses for such handlers: drop the argument, call sigreturn. */
void plain_restorer(void);
__asm__(".text\n.globl plain_restorer\nplain_restorer:\n"
	"\tpopl %eax\n\tmovl $119, %eax\n\tint $0x80\n");

struct kernel_sigaction {
	void (*handler)(int);
	unsigned long flags;
	void (*restorer)(void);
	unsigned long long mask;
};

#define SA_RESTORER_FLAG 0x04000000
#define BIT(sig) (1ULL << ((sig) - 1))

static volatile int got_sig, ran;
static volatile unsigned int seen_oldmask, seen_extramask;
static volatile unsigned long long mask_inside;

static void handler(int sig)
{
	/* The frame: pretcode, then sig (this argument), then the sigcontext. */
	unsigned long at = (unsigned long)&sig;
	unsigned int *frame, *sc;
	sigset_t now;

	__asm__("" : "+r"(at));	/* the compiler must not reason about the bounds */
	frame = (unsigned int *)(at - 4);
	sc = frame + 2;

	got_sig = sig;
	seen_oldmask = sc[20];		/* gs .. ss, fpstate, then oldmask: word 20 */
	seen_extramask = frame[720 / 4];
	sigprocmask(SIG_BLOCK, NULL, &now);
	memcpy((void *)&mask_inside, &now, sizeof(mask_inside));
	frame[720 / 4] |= (unsigned int)(BIT(40) >> 32);	/* block signal 40 afterwards */
	ran++;
}

int main(void)
{
	struct kernel_sigaction ka = { handler, SA_RESTORER_FLAG, plain_restorer, 0 };
	unsigned long long before = BIT(SIGUSR2) | BIT(36), after;
	sigset_t set;
	volatile int keep = 12345;

	ASSERT_TRUE(syscall(__NR_rt_sigaction, SIGUSR1, &ka, NULL, 8) == 0, "rt_sigaction");
	memcpy(&set, &before, sizeof(before));
	ASSERT_TRUE(sigprocmask(SIG_SETMASK, &set, NULL) == 0, "block SIGUSR2 and 36");
	EXPECT_EQ(kill(getpid(), SIGUSR1), 0, "kill returns after the handler");
	EXPECT_EQ(ran, 1, "the handler ran once");
	EXPECT_EQ(got_sig, SIGUSR1, "its argument is the signal");
	EXPECT_EQ(seen_oldmask, (unsigned int)before, "sc.oldmask: the old mask's low word");
	EXPECT_EQ(seen_extramask, (unsigned int)(before >> 32), "extramask: its high word");
	EXPECT_TRUE(mask_inside & BIT(SIGUSR1), "the signal is blocked in its handler");
	EXPECT_EQ(keep, 12345, "the program's state survives");
	sigprocmask(SIG_BLOCK, NULL, &set);
	memcpy(&after, &set, sizeof(after));
	EXPECT_EQ(after, before | BIT(40), "sigreturn took the mask from the frame");
	return test_done();
}
