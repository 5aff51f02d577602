/* Boot-time functions called by start_kernel (kernel/main.c). */
#ifndef KERNEL_MAIN_H
#define KERNEL_MAIN_H

#include <kernel/types.h>

/*
 * The C entry point, called by boot/ on the boot stack with paging on and
 * interrupts off: boot_magic and boot_info are the two words the boot
 * loader handed over, opaque to generic code and passed to setup_arch.
 * Sets up every subsystem and becomes the idle task.
 */
void start_kernel(unsigned long boot_magic, unsigned long boot_info) __attribute__((noreturn));
/* kernel/params.c */
void parse_cmdline(void);
extern const char *boot_test_name;
extern bool boot_selftest_only;
/* kernel/selftest.c: returns the number of failed checks. */
int run_selftests(void);
/* arch/x86/setup.c: check and copy the boot loader's hand-over; halts on bad input. */
void setup_arch(unsigned long boot_magic, unsigned long boot_info);
/* arch/x86/setup.c: halt with a message if the loader gave no ramdisk. */
void check_ramdisk_module(void);
/* Start the first user process (init) and become the idle task. */
void rest_init(void) __attribute__((noreturn));

#endif
