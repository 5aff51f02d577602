/*
 * A process of a background group that reads its controlling terminal
 * gets SIGTTIN, sent to its whole group; the default action stops it, and
 * once its group is continued in the foreground the read goes on. The
 * read fails with EIO instead when the process ignores or blocks SIGTTIN,
 * or when its group is orphaned (nobody could continue it). Each reader
 * reports on a pipe: the line in brackets, or the errno's name.
 */
#include "job_util.h"

static int tty, report[2];

static void read_and_report(void)
{
	char line[64];
	ssize_t n = read(tty, line + 1, sizeof(line) - 2);

	if (n < 0) {
		const char *e = strerrorname_np(errno);

		write(report[1], e, strlen(e));
		return;
	}
	line[0] = '[';
	line[n + 1] = ']';
	write(report[1], line, n + 2);
}

static void ignoring(void)
{
	signal(SIGTTIN, SIG_IGN);
	read_and_report();
}

static void blocking(void)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGTTIN);
	sigprocmask(SIG_BLOCK, &set, NULL);
	read_and_report();
}

/* Reads once its parent, outside its group, has exited. */
static void orphaned(void)
{
	pid_t parent = getppid();
	int i;

	if (fork() != 0)
		_exit(0);	/* the group's leader goes; its child stays */
	for (i = 0; i < 500 && getppid() == parent; i++)
		job_sleep_ms(10);
	read_and_report();
	_exit(0);
}

static void expect_report(const char *want, const char *what)
{
	char got[64];
	size_t n = 0, len = strlen(want);
	ssize_t r;

	alarm(5);
	while (n < len && (r = read(report[0], got + n, len - n)) > 0)
		n += r;
	alarm(0);
	got[n] = '\0';
	EXPECT_STREQ(got, want, what);
}

static void expect_exit(pid_t pid, const char *what)
{
	int status;

	EXPECT_EQ(job_wait(pid, &status, 0), pid, "waitpid");
	EXPECT_EXITED(status, 0, what);
}

int main(void)
{
	int status;
	pid_t pid;

	tty = job_tty_open();
	ASSERT_TRUE(pipe(report) == 0, "pipe");

	pid = job_fork_group(tty, 0, read_and_report);
	EXPECT_EQ(job_wait(pid, &status, WUNTRACED), pid, "waitpid(WUNTRACED)");
	EXPECT_TRUE(WIFSTOPPED(status) && WSTOPSIG(status) == SIGTTIN,
		    "a background read stops the reader with SIGTTIN");
	EXPECT_EQ(tcsetpgrp(tty, pid), 0, "its group to the foreground");
	kill(-pid, SIGCONT);
	job_type(tty, "fg\n");
	expect_report("[fg\n]", "in the foreground the read goes on");
	expect_exit(pid, "the reader");
	EXPECT_EQ(tcsetpgrp(tty, getpgrp()), 0, "our group back in the foreground");

	pid = job_fork_group(tty, 0, ignoring);
	expect_report("EIO", "a background read ignoring SIGTTIN");
	expect_exit(pid, "the ignoring reader");
	pid = job_fork_group(tty, 0, blocking);
	expect_report("EIO", "a background read blocking SIGTTIN");
	expect_exit(pid, "the blocking reader");
	pid = job_fork_group(tty, 0, orphaned);
	expect_exit(pid, "the orphan's parent");
	expect_report("EIO", "a background read in an orphaned group");
	return test_done();
}
