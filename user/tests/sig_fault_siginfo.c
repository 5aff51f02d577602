/*
 * The CPU exceptions that Linux turns into SIGILL and SIGFPE carry siginfo:
 * ud2 gives SIGILL with ILL_ILLOPN and si_addr at the instruction; an
 * integer divide by zero gives SIGFPE with FPE_INTDIV and si_addr at the
 * div. trapno is the vector (6, 0). The handler moves eip past the
 * instruction and execution resumes there.
 */
#include <signal.h>
#include <test.h>

static volatile int hits;
static volatile int seen_signo, seen_code;
static volatile unsigned long seen_addr, seen_eip, seen_trapno;
static unsigned long resume_at;

extern char ud2_insn[], ud2_done[], div_insn[], div_done[];

static void handler(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;

	hits++;
	seen_signo = si->si_signo;
	seen_code = si->si_code;
	seen_addr = (unsigned long)si->si_addr;
	seen_eip = uc->uc_mcontext.gregs[REG_EIP];
	seen_trapno = uc->uc_mcontext.gregs[REG_TRAPNO];
	uc->uc_mcontext.gregs[REG_EIP] = resume_at;
}

static __attribute__((noinline)) void do_ud2(void)
{
	asm volatile(".globl ud2_insn\nud2_insn: ud2\n.globl ud2_done\nud2_done:");
}

static __attribute__((noinline)) void do_div(int zero)
{
	asm volatile(".globl div_insn\n"
		     "div_insn: divl %0\n"
		     ".globl div_done\n"
		     "div_done:"
		     : : "r"(zero), "a"(1), "d"(0) : "memory");
}

int main(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	ASSERT_TRUE(sigaction(SIGILL, &sa, NULL) == 0, "sigaction SIGILL");
	ASSERT_TRUE(sigaction(SIGFPE, &sa, NULL) == 0, "sigaction SIGFPE");

	resume_at = (unsigned long)ud2_done;
	do_ud2();
	EXPECT_EQ(hits, 1, "SIGILL handler ran once");
	EXPECT_EQ(seen_signo, SIGILL, "si_signo");
	EXPECT_EQ(seen_code, ILL_ILLOPN, "si_code of ud2");
	EXPECT_PTR_EQ(seen_addr, ud2_insn, "si_addr is the ud2");
	EXPECT_PTR_EQ(seen_eip, ud2_insn, "saved eip is the ud2");
	EXPECT_EQ(seen_trapno, 6, "trapno is #UD");

	hits = 0;
	resume_at = (unsigned long)div_done;
	do_div(0);
	EXPECT_EQ(hits, 1, "SIGFPE handler ran once");
	EXPECT_EQ(seen_signo, SIGFPE, "si_signo");
	EXPECT_EQ(seen_code, FPE_INTDIV, "si_code of a divide by zero");
	EXPECT_PTR_EQ(seen_addr, div_insn, "si_addr is the div");
	EXPECT_EQ(seen_trapno, 0, "trapno is #DE");
	return test_done();
}
