/*
 * Linux guarantees: /proc/uptime is one line of two numbers with two
 * decimals each: the seconds since boot, which is CLOCK_BOOTTIME to the
 * hundredth, and the seconds the processors spent idle (summed over
 * them), which grows while this process sleeps and nothing else runs.
 */
#include <time.h>
#include "proc_fs_util.h"

/* Hundredths of the "N.NN" at *p, advancing *p past it; -1 if malformed. */
static long long hundredths(const char **p)
{
	char *end;
	long long whole = strtoll(*p, &end, 10);

	if (end == *p || end[0] != '.' || end[1] < '0' || end[1] > '9' ||
	    end[2] < '0' || end[2] > '9')
		return -1;
	*p = end + 3;
	return whole * 100 + (end[1] - '0') * 10 + (end[2] - '0');
}

/* Read /proc/uptime into up and idle (hundredths); 0 if it is well formed. */
static int read_uptime(long long *up, long long *idle)
{
	char text[128];
	const char *p = text;

	if (read_file("/proc/uptime", text, sizeof(text)) <= 0)
		return -1;
	*up = hundredths(&p);
	if (*up < 0 || *p++ != ' ')
		return -1;
	*idle = hundredths(&p);
	return *idle >= 0 && !strcmp(p, "\n") ? 0 : -1;
}

static long long boottime_hundredths(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_BOOTTIME, &ts);
	return ts.tv_sec * 100LL + ts.tv_nsec / 10000000;
}

int main(void)
{
	struct timespec nap = { 0, 300000000 };
	long long before, up, idle, after, up2, idle2;

	before = boottime_hundredths();
	ASSERT_TRUE(read_uptime(&up, &idle) == 0, "\"N.NN N.NN\\n\"");
	after = boottime_hundredths();
	EXPECT_TRUE(up >= before && up <= after, "the uptime is CLOCK_BOOTTIME");
	EXPECT_TRUE(up > 0, "time has passed since boot");
	nanosleep(&nap, NULL);
	before = boottime_hundredths();
	ASSERT_TRUE(read_uptime(&up2, &idle2) == 0, "read again");
	after = boottime_hundredths();
	EXPECT_TRUE(up2 - up >= 30 && up2 >= before && up2 <= after,
		    "after a 0.3 s sleep it is still the boot clock");
	/* Not "grew": on a busy multi-CPU host no CPU may have idled meanwhile. */
	EXPECT_TRUE(idle2 >= idle, "idle time does not go back");
	return test_done();
}
