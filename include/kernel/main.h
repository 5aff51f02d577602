/* Boot-time functions called by start_kernel (kernel/main.c). */
#ifndef KERNEL_MAIN_H
#define KERNEL_MAIN_H

#include <kernel/types.h>

/*
 * The C entry point, called by boot/ on the boot stack with paging on and
 * interrupts off: magic and mbi_phys are what the Multiboot loader left in
 * eax and ebx. Sets up every subsystem and becomes the idle task.
 */
void start_kernel(u32 magic, u32 mbi_phys) __attribute__((noreturn));
/* kernel/params.c */
void parse_cmdline(void);
extern const char *boot_test_name;
extern bool boot_selftest_only;
/* kernel/selftest.c: returns the number of failed checks. */
int run_selftests(void);
/* arch/x86/setup.c: halt with a message if the loader gave no ramdisk. */
void check_ramdisk_module(void);
/* Start the first user process (init) and become the idle task. */
void rest_init(void) __attribute__((noreturn));

#endif
