/*
 * Linux guarantees: /proc/stat starts with the "cpu" line of the whole
 * machine and one "cpuN" line per processor, each at least user, nice,
 * system and idle in ticks of 1/100 s; every tick is charged somewhere,
 * so a processor's total advances with the clock. Time this process
 * spends on the CPU shows in user + system. It has the lines ctxt (task
 * switches, which a fork and wait cause), btime (the boot time: now minus
 * the uptime), processes (forks since boot, one more after a fork), and
 * procs_running (at least the reader) and procs_blocked.
 */
#include <time.h>
#include "proc_fs_util.h"

static char text[16384];

/* The numbers of the line starting with label into v; how many there were. */
static int cpu_line(const char *label, unsigned long long *v, int max)
{
	char line[256], *p, *end;
	int n = 0;

	if (read_file("/proc/stat", text, sizeof(text)) <= 0 ||
	    proc_line(text, label, line, sizeof(line)))
		return -1;
	for (p = line + strlen(label); n < max; p = end) {
		v[n] = strtoull(p, &end, 10);
		if (end == p)
			break;
		n++;
	}
	return n;
}

static unsigned long long sum(const unsigned long long *v, int n)
{
	unsigned long long s = 0;

	while (n-- > 0)
		s += v[n];
	return s;
}

static long long stat_field(const char *label)
{
	if (read_file("/proc/stat", text, sizeof(text)) <= 0)
		return -1;
	return proc_field(text, label);
}

static double clock_s(clockid_t clock)
{
	struct timespec ts;

	clock_gettime(clock, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(void)
{
	unsigned long long a[10], b[10];
	long long ctxt, forks, btime, diff;
	struct timespec nap = { 0, 300000000 };
	double start;
	unsigned long long ticks;
	int n, status;
	pid_t pid;

	ASSERT_TRUE(read_file("/proc/stat", text, sizeof(text)) > 0, "read /proc/stat");
	EXPECT_EQ(strncmp(text, "cpu  ", 5), 0, "the first line is the machine's \"cpu \"");
	start = clock_s(CLOCK_MONOTONIC);
	n = cpu_line("cpu0 ", a, 10);
	EXPECT_TRUE(n >= 4, "a cpu0 line with user, nice, system and idle");
	nanosleep(&nap, NULL);
	EXPECT_EQ(cpu_line("cpu0 ", b, 10), n, "the same fields again");
	ticks = (clock_s(CLOCK_MONOTONIC) - start) * 100;
	EXPECT_TRUE(sum(b, n) - sum(a, n) >= ticks / 2 && sum(b, n) - sum(a, n) <= ticks * 3 / 2 + 5,
		    "cpu0's ticks advance with the clock, 100 a second");

	cpu_line("cpu ", a, 10);
	start = clock_s(CLOCK_PROCESS_CPUTIME_ID);
	while (clock_s(CLOCK_PROCESS_CPUTIME_ID) < start + 0.2)
		;
	cpu_line("cpu ", b, 10);
	EXPECT_TRUE(b[0] + b[2] >= a[0] + a[2] + 15,
		    "0.2 s on the CPU shows in user + system");

	ctxt = stat_field("ctxt ");
	forks = stat_field("processes ");
	EXPECT_TRUE(ctxt > 0 && forks > 0, "ctxt and processes lines");
	pid = fork();
	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0)
		_exit(0);
	waitpid(pid, &status, 0);
	EXPECT_TRUE(stat_field("ctxt ") >= ctxt + 2, "the child ran: two switches at least");
	EXPECT_TRUE(stat_field("processes ") >= forks + 1, "one fork more");

	btime = stat_field("btime ");
	EXPECT_TRUE(btime > 0 && btime <= time(NULL), "btime is in the past");
	diff = btime + (long long)clock_s(CLOCK_BOOTTIME) - time(NULL);
	EXPECT_TRUE(diff >= -2 && diff <= 2, "btime + uptime is now");
	EXPECT_TRUE(stat_field("procs_running ") >= 1, "procs_running counts the reader");
	EXPECT_TRUE(stat_field("procs_blocked ") >= 0, "a procs_blocked line");
	return test_done();
}
