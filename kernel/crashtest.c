/*
 * "crashtest=KIND" on the command line makes the kernel fault on purpose once
 * its subsystems are up, to show (and test) what a kernel oops reports:
 *   crashtest=null   store through a NULL pointer (page fault, CR2 = 0)
 *   crashtest=ud     an invalid instruction (ud2)
 *   crashtest=div    a division by zero
 *   crashtest=panic  a plain panic()
 */
#include <asm/bug.h>
#include <kernel/init.h>
#include <kernel/printk.h>
#include <lib/string.h>

static const char *crash_kind;

static void set_crashtest(const char *value)
{
	crash_kind = value;
}
__setup("crashtest", set_crashtest);

/* noinline, so the backtrace shows this function by name. */
static noinline void crashtest_null(void)
{
	*(volatile int *)0 = 1;
}

static noinline void crashtest_div(void)
{
	/*
	 * All volatile: the compiler must load both operands at run time and
	 * really divide (a division by a known 0, or of a known 1, it would
	 * turn into something else), and must keep a quotient nobody uses.
	 * The div instruction raises #DE.
	 */
	volatile unsigned int dividend = 1, divisor = 0, quotient;

	quotient = dividend / divisor;
	(void)quotient;
}

static int crashtest_run(void)
{
	if (!crash_kind)
		return 0;
	printk(KERN_NOTICE "crashtest: %s\n", crash_kind);
	if (!strcmp(crash_kind, "null"))
		crashtest_null();
	else if (!strcmp(crash_kind, "ud"))
		ud2();
	else if (!strcmp(crash_kind, "div"))
		crashtest_div();
	else if (!strcmp(crash_kind, "panic"))
		panic("crashtest: panic requested");
	printk(KERN_ERR "crashtest: unknown kind '%s'\n", crash_kind);
	return 0;
}
late_initcall(crashtest_run);
