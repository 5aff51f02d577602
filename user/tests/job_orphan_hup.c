/*
 * POSIX, as Linux: when an exit leaves a process group orphaned - no
 * member has a parent in another group of the same session any more, so
 * no shell could continue it - and a member of that group is stopped,
 * every member gets SIGHUP and then SIGCONT. Both ways an exit orphans a
 * group: the group of the exiting process itself (its stopped child is
 * in the same group), and the group of its child (its own group, which
 * loses its parent outside). The stopped child handles both signals and
 * reports on a pipe. (Both are pending when it runs again, so both
 * handlers run before it carries on; the SIGCONT handler first, in fact,
 * on a frame pushed on top of the SIGHUP handler's - not checked here.)
 */
#include "job_util.h"

static int report[2];

static void on_hup(int sig)
{
	write(report[1], "H", 1);
}

static void on_cont(int sig)
{
	write(report[1], "C", 1);
}

/* The process that is stopped when its group is orphaned. */
static void stopped_member(void)
{
	signal(SIGHUP, on_hup);
	signal(SIGCONT, on_cont);
	raise(SIGSTOP);
	write(report[1], ".", 1);
	_exit(0);
}

/* A: a process in a group of its own with a stopped child; it exits. */
static void parent_of_stopped(int own_group_for_child)
{
	int status;
	pid_t b;

	setpgid(0, 0);
	b = fork();
	if (b < 0)
		_exit(2);
	if (b == 0) {
		if (own_group_for_child)
			setpgid(0, 0);
		stopped_member();
	}
	if (own_group_for_child)
		setpgid(b, b);
	if (job_wait(b, &status, WUNTRACED) != b || !WIFSTOPPED(status))
		_exit(3);
	_exit(0);
}

static void check(int own_group_for_child, const char *what)
{
	char got[8];
	int status, n = 0;
	ssize_t r;
	pid_t a;

	ASSERT_TRUE(pipe(report) == 0, "pipe");
	a = fork();
	ASSERT_TRUE(a >= 0, "fork");
	if (a == 0)
		parent_of_stopped(own_group_for_child);
	close(report[1]);
	EXPECT_EQ(waitpid(a, &status, 0), a, "waitpid");
	EXPECT_EXITED(status, 0, "the exiting parent saw its child stop");
	alarm(10);
	while (n < (int)sizeof(got) - 1 && (r = read(report[0], got + n, 1)) == 1)
		n++;
	alarm(0);
	got[n] = '\0';
	close(report[0]);
	if (n == 3 && got[0] == 'C' && got[1] == 'H') {	/* either order */
		got[0] = 'H';
		got[1] = 'C';
	}
	EXPECT_STREQ(got, "HC.", what);
}

int main(void)
{
	check(0, "the exiting process's own group: SIGHUP, SIGCONT, then it runs on");
	check(1, "the child's group: SIGHUP, SIGCONT, then it runs on");
	return test_done();
}
