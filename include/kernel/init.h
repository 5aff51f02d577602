/*
 * Registration by linker section, so that a subsystem adds an init function,
 * a kernel parameter or a boot self-test next to its own code and nobody edits
 * a central list. linker.ld collects each section between two symbols.
 */
#ifndef KERNEL_INIT_H
#define KERNEL_INIT_H

#include <kernel/compiler.h>
#include <kernel/types.h>

/*
 * Initcalls run once, after the CPU, the console, physical memory and the
 * slab are up, in level order: core (page cache, mm caches), fs (block
 * devices, mount root), late (start init). Within a level, link order.
 */
typedef int (*initcall_t)(void);
#define __define_initcall(fn, level) \
	static initcall_t __initcall_##fn __used \
	__section(".initcall" #level) = fn
#define core_initcall(fn)	__define_initcall(fn, 1)
#define fs_initcall(fn)		__define_initcall(fn, 2)
#define device_initcall(fn)	__define_initcall(fn, 3)
#define late_initcall(fn)	__define_initcall(fn, 4)

/*
 * Kernel parameters from the Multiboot command line: "name" matches a bare
 * word ("test") or the part before '=' ("init=/sbin/init"); fn gets the
 * text after '=', or "" for a bare word.
 */
struct kernel_param {
	const char *name;
	void (*setup)(const char *value);
};
#define __setup(str, fn) \
	static const struct kernel_param __param_##fn __used \
	__section(".kparams") __aligned(4) = { str, fn }

/*
 * Boot self-tests: run by start_kernel when "test" is on the command line.
 * fn returns 0 on success or a negative count of failed checks; each prints
 * its own "ok"/"not ok" lines through selftest_check().
 */
struct selftest {
	const char *name;
	int (*fn)(void);
};
#define selftest(name, fn) \
	static const struct selftest __selftest_##fn __used \
	__section(".selftests") __aligned(4) = { name, fn }

/* ---- kernel/selftest.c ---- */
bool selftest_check(bool cond, const char *what);	/* prints ok/not ok; returns cond */

/* ---- kernel/params.c ---- */
/* Set from the command line; read by whoever cares. */
extern bool boot_test_mode;	/* "test": run self-tests, init runs /tests */
extern char boot_cmdline[256];	/* the whole command line, for /proc */

#endif
