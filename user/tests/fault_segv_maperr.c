/*
 * Access where nothing is mapped. Linux sends SIGSEGV with si_code
 * SEGV_MAPERR and si_addr = the address, for NULL, for a page that was
 * unmapped, and for kernel addresses (above 0xc0000000 on i386).
 */
#include "fault_util.h"

int main(void)
{
	char *gone = test_unmapped_page();
	struct caught_fault f;

	catch_faults();
	f = touch((char *)0, 0);
	EXPECT_EQ(f.signo, SIGSEGV, "signal from a load of NULL");
	EXPECT_EQ(f.code, SEGV_MAPERR, "its si_code");
	EXPECT_PTR_EQ(f.addr, 0, "its si_addr");

	f = touch(gone + 123, 1);
	EXPECT_EQ(f.signo, SIGSEGV, "signal from a store into an unmapped page");
	EXPECT_EQ(f.code, SEGV_MAPERR, "its si_code");
	EXPECT_PTR_EQ(f.addr, gone + 123, "its si_addr");

	f = touch((char *)0xc0001000, 0);
	EXPECT_EQ(f.signo, SIGSEGV, "signal from a load of a kernel address");

	/* The handler ran and the process goes on normally. */
	f = touch((char *)&f, 0);
	EXPECT_EQ(f.signo, 0, "a normal load after the faults");
	return test_done();
}
