/*
 * rt_sigreturn restores every register from the ucontext the handler saw,
 * including changes the handler made: ebx, esi, edi and ebp survive a
 * signal unchanged, and an eax and eip written by the handler take effect.
 */
#include <signal.h>
#include <test.h>

static void handler(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;

	uc->uc_mcontext.gregs[REG_EAX] = 0x600df00d;
	uc->uc_mcontext.gregs[REG_EIP] += 2;	/* past the 2-byte ud2 */
}

int main(void)
{
	struct sigaction sa;
	unsigned long eax, ebx, esi, edi, ebp;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	ASSERT_TRUE(sigaction(SIGILL, &sa, NULL) == 0, "sigaction");

	asm volatile("pushl %%ebp\n"
		     "movl $0x11111111, %%ebx\n"
		     "movl $0x22222222, %%esi\n"
		     "movl $0x33333333, %%edi\n"
		     "movl $0x44444444, %%ebp\n"
		     "movl $0, %%eax\n"
		     ".globl trap_insn\n"
		     "trap_insn: ud2\n"
		     "movl %%ebp, %%ecx\n"
		     "popl %%ebp\n"
		     : "=a"(eax), "=b"(ebx), "=S"(esi), "=D"(edi), "=c"(ebp)
		     : : "memory");
	EXPECT_EQ(ebx, 0x11111111, "ebx after the handler");
	EXPECT_EQ(esi, 0x22222222, "esi after the handler");
	EXPECT_EQ(edi, 0x33333333, "edi after the handler");
	EXPECT_EQ(ebp, 0x44444444, "ebp after the handler");
	EXPECT_EQ(eax, 0x600df00d, "eax as the handler set it");
	return test_done();
}
