/*
 * Linux guarantees: /proc/PID/stat is one line of 52 fields (proc(5)):
 * pid (comm) state ppid pgrp session tty tpgid flags, the fault counts,
 * utime stime cutime cstime in ticks, ..., vsize in bytes (VmSize), rss in
 * pages (Linux 6 counts it per CPU and may show less), ..., exit_signal (SIGCHLD for a fork child),
 * ..., and the layout: start_data end_data start_brk arg_start arg_end
 * env_start env_end, where argv and the environment strings live
 * (argv[0] at arg_start), and the exit code. CPU time spent shows in
 * utime + stime.
 */
#include <signal.h>
#include <time.h>
#include "proc_fs_util.h"

static unsigned long long f[53];	/* f[3]: the field after (comm), as numbers */

/* Fields 3..52 of path's stat into f (field 3, the state letter, in *state). */
static int read_stat(const char *path, char *state)
{
	static char text[1024];
	char *p, *end;
	int n;

	if (read_file(path, text, sizeof(text)) <= 0 || !(p = strrchr(text, ')')))
		return -1;
	*state = p[2];
	p += 3;
	for (n = 4; n <= 52; n++, p = end) {
		f[n] = strtoull(p, &end, 10);
		if (end == p)
			return n;	/* fewer fields */
	}
	return *p == '\n' ? 52 : -1;
}

int main(int argc, char **argv, char **envp)
{
	struct timespec start, now;
	char state, path[32];
	long long vmsize, statm[2];
	static char text[4096];
	int status;
	pid_t pid;

	ASSERT_TRUE(read_stat("/proc/self/stat", &state) == 52, "52 fields");
	EXPECT_EQ(state, 'R', "running");
	EXPECT_EQ(f[4], getppid(), "ppid");
	EXPECT_TRUE(f[26] <= f[27], "start_code <= end_code");
	EXPECT_EQ(f[48], (unsigned long)argv[0], "arg_start is where argv[0] is");
	EXPECT_TRUE(f[49] > f[48] && f[49] <= f[50] && f[50] <= f[51], "args before environment");
	if (envp[0])
		EXPECT_TRUE((unsigned long)envp[0] >= f[50] && (unsigned long)envp[0] < f[51],
			    "envp[0] is inside env_start..env_end");
	EXPECT_TRUE(f[45] <= f[46] && f[46] <= f[47], "start_data <= end_data <= start_brk");
	read_file("/proc/self/status", text, sizeof(text));
	vmsize = proc_field(text, "VmSize:");
	read_file("/proc/self/statm", text, sizeof(text));
	statm[0] = strtoll(text, NULL, 10);
	statm[1] = strtoll(strchr(text, ' '), NULL, 10);
	read_stat("/proc/self/stat", &state);
	EXPECT_EQ(f[23], vmsize * 1024, "vsize is VmSize in bytes");
	EXPECT_EQ(f[23], statm[0] * 4096, "and statm's size in pages");
	EXPECT_TRUE(f[24] <= f[23] / 4096, "rss <= vsize");

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &start);
	do
		clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
	while ((now.tv_sec - start.tv_sec) * 1000000000LL + now.tv_nsec - start.tv_nsec < 200000000);
	read_stat("/proc/self/stat", &state);
	EXPECT_TRUE(f[14] + f[15] >= 15, "0.2 s on the CPU shows in utime + stime");

	pid = fork();
	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0) {
		usleep(200000);
		_exit(0);
	}
	snprintf(path, sizeof(path), "/proc/%d/stat", pid);
	EXPECT_EQ(read_stat(path, &state), 52, "the child's stat");
	EXPECT_EQ(f[4], getpid(), "its ppid is us");
	EXPECT_EQ(f[38], SIGCHLD, "its exit_signal is SIGCHLD");
	waitpid(pid, &status, 0);
	return test_done();
}
