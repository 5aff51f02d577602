/* Boot-time functions called by start_kernel (kernel/main.c). */
#ifndef KERNEL_MAIN_H
#define KERNEL_MAIN_H

#include <kernel/compiler.h>
#include <kernel/types.h>

/* ---- kernel/main.c ---- */
asmlinkage void start_kernel(unsigned long boot_magic, unsigned long boot_info) __attribute__((noreturn));

/* ---- kernel/params.c ---- */
void parse_cmdline(void);
extern const char *boot_test_name;	/* "test=NAME": run only that test */
extern bool boot_selftest_only;		/* "selftest_only": power off after the self-tests */

/* ---- kernel/selftest.c ---- */
int run_selftests(void);		/* returns the number of failed checks */

/* ---- kernel/init_task.c ---- */
void rest_init(void) __attribute__((noreturn));

/* ---- arch/x86/setup.c ---- */
void setup_arch(unsigned long boot_magic, unsigned long boot_info);
void check_ramdisk_module(void);

#endif
