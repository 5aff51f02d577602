/*
 * Host harness for the physical-memory code (tests/shim/pmem_host.c):
 * a fake physical memory mapped at PAGE_OFFSET of the test process, so
 * __pa/__va and page_address work unchanged, and a panic() that a test
 * can catch.
 */
#ifndef PMEM_HOST_H
#define PMEM_HOST_H

/*
 * The C library first, with its ssize_t (int on i386) renamed out of the
 * way of the kernel's (long); every other shared type agrees.
 */
#define ssize_t host_ssize_t
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#undef ssize_t

#include <asm/setup.h>
#include <asm/page.h>
#include <kernel/init.h>

#define PMEM_FAKE_RAM	(64UL << 20)	/* bytes of fake physical memory */

/* Map PMEM_FAKE_RAM bytes at PAGE_OFFSET; exits the test when impossible. */
void pmem_fake_ram(void);
/* Start a fresh memory map / append one region to it. */
void pmem_bp_reset(struct boot_params *bp);
void pmem_bp_add(struct boot_params *bp, u64 addr, u64 len, u32 type);
void pmem_bp_module(struct boot_params *bp, unsigned long start, unsigned long end);

/* panic() longjmps here while pmem_panic_armed is set. */
extern jmp_buf pmem_panic_jmp;
extern int pmem_panic_armed;
extern char pmem_panic_msg[256];
/* Failed selftest_check()s so far: the test's exit status. */
extern int pmem_failures;

/* Run stmt and check that it panics (the panic message is kept in pmem_panic_msg). */
#define EXPECT_PANIC(stmt, what) do {					\
	pmem_panic_armed = 1;						\
	if (setjmp(pmem_panic_jmp) == 0) {				\
		stmt;							\
		pmem_panic_armed = 0;					\
		selftest_check(false, what);				\
	} else {							\
		pmem_panic_armed = 0;					\
		selftest_check(true, what);				\
	}								\
} while (0)

#endif
