/*
 * Linux guarantees: /proc/PID/status describes a process in "Label:\tvalue"
 * lines: Name (its comm), State as a letter and a word ("R (running)" for
 * the reader, "S (sleeping)" for a process blocked in pause, "Z (zombie)"
 * for one that exited unwaited), Tgid and Pid (its pid), PPid, Uid and
 * Gid with four ids each (real, effective, saved, filesystem), Threads,
 * and the signal masks as 16 hex digits, bit N-1 for signal N: SigBlk
 * the blocked ones, SigIgn the ignored, SigCgt those with a handler, and
 * SigPnd or ShdPnd the pending ones.
 */
#include <fcntl.h>
#include <signal.h>
#include "proc_fs_util.h"

static char text[4096];

static const char *status_of(pid_t pid)
{
	char path[32];

	snprintf(path, sizeof(path), "/proc/%d/status", pid);
	return read_file(path, text, sizeof(text)) > 0 ? text : "";
}

static void on_term(int sig)
{
}

static unsigned long long hex_field(const char *label)
{
	char line[64];

	if (proc_line(text, label, line, sizeof(line)))
		return ~0ULL;
	return strtoull(line + strlen(label), NULL, 16);
}

static void expect_line(const char *label, const char *want, const char *what)
{
	char line[128], full[128];

	snprintf(full, sizeof(full), "%s\t%s", label, want);
	if (proc_line(text, label, line, sizeof(line)))
		line[0] = 0;
	EXPECT_STREQ(line, full, what);
}

int main(void)
{
	char want[64];
	unsigned int id[4];
	sigset_t set;
	int status;
	pid_t pid;

	status_of(getpid());
	EXPECT_EQ(strncmp(text, "Name:\t", 6), 0, "the first line is Name");
	expect_line("Name:", "proc_fs_status", "the name is the program's");
	expect_line("State:", "R (running)", "the reader is running");
	snprintf(want, sizeof(want), "%d", getpid());
	expect_line("Tgid:", want, "Tgid is the pid");
	expect_line("Pid:", want, "Pid");
	snprintf(want, sizeof(want), "%d", getppid());
	expect_line("PPid:", want, "PPid is the parent's");
	syscall(__NR_getresuid32, &id[0], &id[1], &id[2]);
	id[3] = syscall(__NR_setfsuid32, -1);	/* -1 changes nothing, returns the fsuid */
	snprintf(want, sizeof(want), "%u\t%u\t%u\t%u", id[0], id[1], id[2], id[3]);
	expect_line("Uid:", want, "Uid: real, effective, saved, fs");
	syscall(__NR_getresgid32, &id[0], &id[1], &id[2]);
	id[3] = syscall(__NR_setfsgid32, -1);
	snprintf(want, sizeof(want), "%u\t%u\t%u\t%u", id[0], id[1], id[2], id[3]);
	expect_line("Gid:", want, "Gid: real, effective, saved, fs");
	expect_line("Threads:", "1", "one thread");

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, NULL);
	signal(SIGUSR2, SIG_IGN);
	signal(SIGTERM, on_term);
	kill(getpid(), SIGUSR1);
	status_of(getpid());
	EXPECT_EQ(hex_field("SigBlk:"), 1ULL << (SIGUSR1 - 1), "SigBlk has SIGUSR1");
	EXPECT_EQ(hex_field("SigIgn:") & (1ULL << (SIGUSR2 - 1)), 1ULL << (SIGUSR2 - 1),
		  "SigIgn has SIGUSR2");
	EXPECT_EQ(hex_field("SigCgt:") & (1ULL << (SIGTERM - 1)), 1ULL << (SIGTERM - 1),
		  "SigCgt has SIGTERM");
	EXPECT_EQ(hex_field("SigPnd:") | hex_field("ShdPnd:"), 1ULL << (SIGUSR1 - 1),
		  "the blocked SIGUSR1 is pending");
	signal(SIGUSR1, SIG_IGN);	/* discards it */
	sigprocmask(SIG_UNBLOCK, &set, NULL);

	pid = fork();
	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0) {
		for (;;)
			syscall(__NR_pause);
	}
	usleep(100000);
	status_of(pid);
	expect_line("State:", "S (sleeping)", "a child in pause sleeps");
	snprintf(want, sizeof(want), "%d", getpid());
	expect_line("PPid:", want, "its parent is us");
	kill(pid, SIGKILL);
	usleep(100000);
	status_of(pid);
	expect_line("State:", "Z (zombie)", "killed and not yet waited for: a zombie");
	waitpid(pid, &status, 0);
	EXPECT_EQ(open("/proc/999999/status", O_RDONLY) < 0, 1, "no such process");
	return test_done();
}
