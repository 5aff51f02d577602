/*
 * Boot self-tests: every selftest() entry in the .selftests section runs
 * when "test" is on the command line. Each check prints a TAP-style line
 * ("ok N - what" / "not ok N - what") that the host test runner counts.
 */
#include <kernel/init.h>
#include <kernel/printk.h>

extern const struct selftest __start_selftests[], __stop_selftests[];
static int checks, failures;
static const char *current_test;

/* Count one check and print "ok N - selftest NAME: what" (or "not ok ..."); returns cond. */
bool selftest_check(bool cond, const char *what)
{
	checks++;
	if (!cond)
		failures++;
	printk("%sok %d - selftest %s: %s\n", cond ? "" : "not ", checks,
	       current_test, what);
	return cond;
}

/* Run every boot self-test (the .selftests section); returns the number of failed checks. */
int run_selftests(void)
{
	const struct selftest *t;

	for (t = __start_selftests; t < __stop_selftests; t++) {
		int before = failures;

		current_test = t->name;
		if (t->fn() < 0 && failures == before)
			selftest_check(false, "returned an error");
	}
	printk("selftests: %d checks, %d failed\n", checks, failures);
	return failures;
}
