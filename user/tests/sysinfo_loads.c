/*
 * Linux guarantees: sysinfo's loads[] are the same load averages as
 * /proc/loadavg shows, with 16 bits of fraction where the file rounds
 * them to hundredths: formatting loads[i] as the file does gives its
 * first three numbers.
 */
#include "proc_fs_util.h"

/* loads[i] as /proc/loadavg prints it: avenrun (11 bits of fraction) + 1/200, two decimals. */
static void format_load(char *buf, size_t size, unsigned long load)
{
	unsigned long a = (load >> 5) + 2048 / 200;

	snprintf(buf, size, "%lu.%02lu", a >> 11, ((a & 2047) * 100) >> 11);
}

int main(void)
{
	char text[128], want[64], l[3][16];
	struct sysinfo_i386 si;
	int i, tries;

	for (tries = 0; tries < 3; tries++) {
		/* A 5-second sample may fall between the two reads: then try again. */
		ASSERT_TRUE(get_sysinfo(&si) == 0, "sysinfo");
		ASSERT_TRUE(read_file("/proc/loadavg", text, sizeof(text)) > 0, "read /proc/loadavg");
		for (i = 0; i < 3; i++)
			format_load(l[i], sizeof(l[i]), si.loads[i]);
		snprintf(want, sizeof(want), "%s %s %s ", l[0], l[1], l[2]);
		if (!strncmp(text, want, strlen(want)))
			break;
	}
	EXPECT_TRUE(tries < 3, "loads[] are the averages of /proc/loadavg");
	if (tries == 3)
		printf("sysinfo gives \"%s\", /proc/loadavg \"%s\"\n", want, text);
	return test_done();
}
