/*
 * Kernel command-line parameters. Each word of the Multiboot command line is
 * matched against the __setup() entries in the .kparams section: "name"
 * matches a bare word, "name=value" passes value. Unknown words are kept
 * (and reported), except the image path the loader puts first.
 */
#include <kernel/init.h>
#include <kernel/printk.h>
#include <lib/string.h>

char boot_cmdline[256];
bool boot_test_mode;
const char *boot_test_name;	/* "test=NAME": run only that test */
bool boot_selftest_only;

extern const struct kernel_param __start_kparams[], __stop_kparams[];

static void set_test(const char *value)
{
	boot_test_mode = true;
	if (*value)
		boot_test_name = value;
}
__setup("test", set_test);

static void set_selftest_only(const char *value)
{
	boot_test_mode = true;
	boot_selftest_only = true;
}
__setup("selftest_only", set_selftest_only);

static void set_loglevel(const char *value)
{
	console_loglevel = (int)simple_strtoul(value, NULL, 10);
}
__setup("loglevel", set_loglevel);

static void apply_param(char *word)
{
	const struct kernel_param *p;
	char *eq = strchr(word, '=');
	const char *value = "";

	if (eq) {
		*eq = '\0';
		value = eq + 1;
	}
	for (p = __start_kparams; p < __stop_kparams; p++) {
		if (!strcmp(p->name, word)) {
			p->setup(value);
			return;
		}
	}
	/* The loader puts the kernel image's path first: not a parameter. */
	if (!strchr(word, '/'))
		printk(KERN_INFO "cmdline: unknown parameter '%s'\n", word);
}

/*
 * Split boot_cmdline into words and apply each: run the matching __setup()
 * entry, report unknown words. Works on a copy, since the values handed
 * to the entries must stay valid. Once, after setup_arch.
 */
void parse_cmdline(void)
{
	static char copy[sizeof(boot_cmdline)];
	char *p = copy;

	strlcpy(copy, boot_cmdline, sizeof(copy));
	while (*p) {
		char *word;

		while (*p == ' ')
			p++;
		if (!*p)
			break;
		word = p;
		while (*p && *p != ' ')
			p++;
		if (*p)
			*p++ = '\0';
		apply_param(word);
	}
}
