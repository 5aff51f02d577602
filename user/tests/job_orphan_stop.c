/*
 * In an orphaned process group - no member has a parent in another group
 * of the same session, so no shell could continue it - the terminal's
 * stop signals SIGTSTP, SIGTTIN and SIGTTOU do nothing when their action
 * is the default, as Linux has it; SIGSTOP still stops. The test orphans
 * a group by letting its leader's parent exit, and the process in it
 * reports on a pipe.
 */
#include "job_util.h"

static int report[2];

static void say(const char *s)
{
	write(report[1], s, strlen(s));
}

/* In a group of its own whose parent (outside it) exits first. */
static void orphan(pid_t parent)
{
	int i;

	for (i = 0; i < 500 && getppid() == parent; i++)
		job_sleep_ms(10);
	say("orphaned ");
	raise(SIGTSTP);
	say("TSTP ");
	raise(SIGTTIN);
	say("TTIN ");
	raise(SIGTTOU);
	say("TTOU");
	_exit(0);
}

int main(void)
{
	char got[64];
	int status, n = 0;
	ssize_t r;
	pid_t a;

	ASSERT_TRUE(pipe(report) == 0, "pipe");
	a = fork();
	ASSERT_TRUE(a >= 0, "fork");
	if (a == 0) {
		pid_t me = getpid(), b = fork();

		if (b == 0) {
			setpgid(0, 0);
			orphan(me);
		}
		setpgid(b, b);
		_exit(b > 0 ? 0 : 1);
	}
	close(report[1]);
	EXPECT_EQ(waitpid(a, &status, 0), a, "waitpid");
	EXPECT_EXITED(status, 0, "the orphan's parent");
	alarm(10);
	while (n < (int)sizeof(got) - 1 && (r = read(report[0], got + n, sizeof(got) - 1 - n)) > 0)
		n += r;
	alarm(0);
	got[n] = '\0';
	EXPECT_STREQ(got, "orphaned TSTP TTIN TTOU", "the stops did nothing in an orphaned group");
	return test_done();
}
