/*
 * Access to a mapping that does not allow it. Linux sends SIGSEGV with
 * si_code SEGV_ACCERR and si_addr = the faulting address for a store into
 * a PROT_READ mapping and for any access to a PROT_NONE one; the default
 * action kills the process, and a SA_SIGINFO handler sees the details.
 */
#include "fault_util.h"

static void store_readonly(void *arg)
{
	*(volatile char *)arg = 1;
}

int main(void)
{
	char *ro = mmap(NULL, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *none = mmap(NULL, 2 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct caught_fault f;
	int status;

	ASSERT_TRUE(ro != MAP_FAILED && none != MAP_FAILED, "mmap PROT_READ and PROT_NONE");

	/* Uncaught: the default action kills. */
	status = test_run_child(store_readonly, ro + 100);
	EXPECT_SIGNALED(status, SIGSEGV, "child storing into a PROT_READ page");
	status = test_run_child(store_readonly, none);
	EXPECT_SIGNALED(status, SIGSEGV, "child storing into a PROT_NONE page");

	catch_faults();
	f = touch(ro + PAGE + 17, 0);
	EXPECT_EQ(f.signo, 0, "signal from a load of a PROT_READ page");
	f = touch(ro + PAGE + 17, 1);
	EXPECT_EQ(f.signo, SIGSEGV, "signal from a store into a PROT_READ page");
	EXPECT_EQ(f.code, SEGV_ACCERR, "si_code of that store");
	EXPECT_PTR_EQ(f.addr, ro + PAGE + 17, "si_addr of that store");

	f = touch(none + 5, 0);
	EXPECT_EQ(f.signo, SIGSEGV, "signal from a load of a PROT_NONE page");
	EXPECT_EQ(f.code, SEGV_ACCERR, "si_code of that load");
	EXPECT_PTR_EQ(f.addr, none + 5, "si_addr of that load");

	/* A page that was resident and then made PROT_NONE faults too. */
	EXPECT_EQ(mprotect(none, PAGE, PROT_READ | PROT_WRITE), 0, "mprotect RW");
	none[9] = 9;
	EXPECT_EQ(mprotect(none, PAGE, PROT_NONE), 0, "mprotect back to PROT_NONE");
	f = touch(none + 9, 0);
	EXPECT_EQ(f.signo, SIGSEGV, "signal from a load of a resident PROT_NONE page");
	EXPECT_EQ(f.code, SEGV_ACCERR, "its si_code");
	EXPECT_EQ(mprotect(none, PAGE, PROT_READ), 0, "mprotect PROT_READ");
	EXPECT_EQ(none[9], 9, "the byte survived PROT_NONE");
	return test_done();
}
