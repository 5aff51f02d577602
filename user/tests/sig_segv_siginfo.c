/*
 * An SA_SIGINFO handler for SIGSEGV gets Linux's siginfo and ucontext:
 *  - a store to an unmapped page: si_code SEGV_MAPERR, si_addr the address,
 *    the saved eip at the faulting instruction, trapno 14 (#PF), cr2 the
 *    address, and an error code saying "user-mode write";
 *  - a store to a read-only page: SEGV_ACCERR; a load from a PROT_NONE page
 *    too. The handler makes the page writable and returns, and rt_sigreturn
 *    restarts the store, which now succeeds.
 */
#include <signal.h>
#include <sys/mman.h>
#include <test.h>

static volatile int hits;
static volatile siginfo_t seen;
static volatile unsigned long seen_eip, seen_trapno, seen_err, seen_cr2;
static int fix_by_mprotect;	/* else skip the instruction */

extern char store_insn[], store_done[];

static void handler(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;

	hits++;
	seen.si_signo = si->si_signo;
	seen.si_code = si->si_code;
	seen.si_addr = si->si_addr;
	seen_eip = uc->uc_mcontext.gregs[REG_EIP];
	seen_trapno = uc->uc_mcontext.gregs[REG_TRAPNO];
	seen_err = uc->uc_mcontext.gregs[REG_ERR];
	seen_cr2 = uc->uc_mcontext.cr2;
	if (fix_by_mprotect)
		mprotect((void *)((unsigned long)si->si_addr & ~4095UL), 4096,
			 PROT_READ | PROT_WRITE);
	else
		uc->uc_mcontext.gregs[REG_EIP] = (unsigned long)store_done;
}

/* One store at a known instruction address, so eip can be checked. */
static __attribute__((noinline)) void store_at(volatile int *p)
{
	asm volatile(".globl store_insn\n"
		     "store_insn: movl $0x5a5a, (%0)\n"
		     ".globl store_done\n"
		     "store_done:"
		     : : "r"(p) : "memory");
}

int main(void)
{
	struct sigaction sa;
	char *page;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	ASSERT_TRUE(sigaction(SIGSEGV, &sa, NULL) == 0, "sigaction");

	/* Unmapped: SEGV_MAPERR; the handler skips the store. */
	page = test_unmapped_page();
	store_at((volatile int *)(page + 8));
	EXPECT_EQ(hits, 1, "handler runs once for an unmapped store");
	EXPECT_EQ(seen.si_signo, SIGSEGV, "si_signo");
	EXPECT_EQ(seen.si_code, SEGV_MAPERR, "si_code for an unmapped page");
	EXPECT_PTR_EQ(seen.si_addr, page + 8, "si_addr is the faulting address");
	EXPECT_PTR_EQ(seen_eip, store_insn, "saved eip is the faulting instruction");
	EXPECT_EQ(seen_trapno, 14, "trapno is #PF");
	EXPECT_EQ(seen_err & 6, 6, "error code: user-mode write");
	EXPECT_PTR_EQ(seen_cr2, page + 8, "sigcontext cr2");

	/* Read-only: SEGV_ACCERR; the handler mprotects and the store is redone. */
	page = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_TRUE(page != MAP_FAILED, "mmap");
	fix_by_mprotect = 1;
	hits = 0;
	store_at((volatile int *)(page + 16));
	EXPECT_EQ(hits, 1, "handler runs once for a read-only store");
	EXPECT_EQ(seen.si_code, SEGV_ACCERR, "si_code for a read-only page");
	EXPECT_PTR_EQ(seen.si_addr, page + 16, "si_addr (read-only)");
	EXPECT_EQ(*(int *)(page + 16), 0x5a5a, "the store is redone after the handler");

	/* PROT_NONE: a load is an access error too. */
	EXPECT_EQ(mprotect(page, 4096, PROT_NONE), 0, "mprotect PROT_NONE");
	hits = 0;
	EXPECT_EQ(*(volatile int *)(page + 16), 0x5a5a, "load after the handler");
	EXPECT_EQ(hits, 1, "handler runs once for a PROT_NONE load");
	EXPECT_EQ(seen.si_code, SEGV_ACCERR, "si_code for PROT_NONE");
	EXPECT_EQ(seen_err & 2, 0, "error code: a read");
	munmap(page, 4096);
	return test_done();
}
