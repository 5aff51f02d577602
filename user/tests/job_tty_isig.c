/*
 * With ISIG set, typing the terminal's INTR (^C), QUIT (^\) or SUSP (^Z)
 * character sends SIGINT, SIGQUIT or SIGTSTP to the foreground process
 * group, and to no other, and throws away what was typed on the line so
 * far; the character itself is not input. With ISIG clear it is ordinary
 * input. The foreground child reads lines and reports, on a pipe, each
 * line in brackets and each signal it handles as a letter.
 */
#include "job_util.h"

static int tty, report[2];

static void say(const char *s, size_t n)
{
	write(report[1], s, n);
}

static void on_int(int sig) { say("I", 1); }
static void on_quit(int sig) { say("Q", 1); }

/* The foreground job: reads lines until end of file. */
static void reader(void)
{
	char line[64];
	ssize_t n;

	signal(SIGINT, on_int);		/* SA_RESTART: the read goes on */
	signal(SIGQUIT, on_quit);
	say("ready", 5);
	while ((n = read(tty, line + 1, sizeof(line) - 2)) > 0) {
		line[0] = '[';
		line[n + 1] = ']';
		say(line, n + 2);
	}
	EXPECT_EQ(n, 0, "the reader's read ends at end of file");
}

static void on_int_bg(int sig)
{
	_exit(3);	/* a background group must not get the terminal's SIGINT */
}

static void background(void)
{
	signal(SIGINT, on_int_bg);
	for (;;)
		pause();
}

/* Read exactly what the reader should have said by now (at most ~5 s). */
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

int main(void)
{
	struct termios t;
	pid_t bg, fg;
	int status;

	tty = job_tty_open();
	ASSERT_TRUE(pipe(report) == 0, "pipe");
	bg = job_fork_group(tty, 0, background);
	fg = job_fork_group(tty, 1, reader);
	expect_report("ready", "the reader started");

	job_type(tty, "abc\003def\n");
	expect_report("I[def\n]", "^C: SIGINT, and the line typed so far is gone");
	job_type(tty, "gh\034ij\n");
	expect_report("Q[ij\n]", "^\\: SIGQUIT, and the line typed so far is gone");
	job_type(tty, "\032");
	EXPECT_EQ(job_wait(fg, &status, WUNTRACED), fg, "waitpid(WUNTRACED)");
	EXPECT_TRUE(WIFSTOPPED(status) && WSTOPSIG(status) == SIGTSTP, "^Z: SIGTSTP stops the reader");
	kill(fg, SIGCONT);
	job_type(tty, "kl\n");
	expect_report("[kl\n]", "continued, the reader reads on");

	ASSERT_TRUE(tcgetattr(tty, &t) == 0, "tcgetattr");
	t.c_lflag &= ~ISIG;
	ASSERT_TRUE(tcsetattr(tty, TCSANOW, &t) == 0, "clear ISIG");
	job_type(tty, "m\003\034\032\n");
	expect_report("[m\003\034\032\n]", "without ISIG they are input");
	t.c_lflag |= ISIG;
	tcsetattr(tty, TCSANOW, &t);

	job_type(tty, "\004");
	EXPECT_EQ(job_wait(fg, &status, 0), fg, "waitpid");
	EXPECT_EXITED(status, 0, "the reader's end");
	EXPECT_EQ(waitpid(bg, &status, WNOHANG), 0, "the background group got no SIGINT");
	kill(bg, SIGKILL);
	waitpid(bg, NULL, 0);
	return test_done();
}
