/*
 * Linux guarantees: /proc/loadavg is "L1 L5 L15 R/T P": the load averages
 * over 1, 5 and 15 minutes with two decimals, the runnable tasks (at
 * least the reader) out of all tasks, and the pid given last (at least
 * that of a child just forked). The averages are sampled every 5 seconds
 * from the number of runnable tasks: after this process has kept the CPU
 * busy for more than 5 seconds, the 1-minute average is above zero.
 */
#include <time.h>
#include "proc_fs_util.h"

struct loadavg {
	long load[3];		/* hundredths */
	long running, total, last_pid;
};

static int read_loadavg(struct loadavg *la)
{
	char text[128], *p = text, *end;
	int i;

	if (read_file("/proc/loadavg", text, sizeof(text)) <= 0)
		return -1;
	for (i = 0; i < 3; i++) {
		la->load[i] = strtol(p, &end, 10) * 100;
		if (end == p || end[0] != '.' || end[3] != ' ')
			return -1;
		la->load[i] += strtol(end + 1, NULL, 10);
		p = end + 4;
	}
	la->running = strtol(p, &end, 10);
	if (*end != '/')
		return -1;
	la->total = strtol(end + 1, &end, 10);
	if (*end != ' ')
		return -1;
	la->last_pid = strtol(end + 1, &end, 10);
	return strcmp(end, "\n") ? -1 : 0;
}

static double now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(void)
{
	struct loadavg la;
	double start;
	int status;
	pid_t pid;

	ASSERT_TRUE(read_loadavg(&la) == 0, "\"L.LL L.LL L.LL R/T P\\n\"");
	EXPECT_TRUE(la.running >= 1 && la.running <= la.total, "1 <= runnable <= all tasks");
	pid = fork();
	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0)
		_exit(0);
	ASSERT_TRUE(read_loadavg(&la) == 0, "read again");
	EXPECT_TRUE(la.last_pid >= pid, "the last pid is the child's or later");
	waitpid(pid, &status, 0);

	start = now_seconds();
	while (now_seconds() < start + 5.3)
		;
	ASSERT_TRUE(read_loadavg(&la) == 0, "read after 5.3 s busy");
	EXPECT_TRUE(la.load[0] > 0, "the 1-minute load is above 0 after 5 s of work");
	return test_done();
}
