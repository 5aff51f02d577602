/*
 * From a background group, changing the controlling terminal - its
 * settings (tcsetattr) or its queues (tcflush) - sends SIGTTOU to the
 * caller's group, which stops it, unless the caller ignores or blocks
 * SIGTTOU; then the change is made. Writing from the background is
 * allowed, unless the terminal has TOSTOP set: then a write gets SIGTTOU
 * the same way.
 */
#include "job_util.h"

static int tty;

static void set_attr(void)
{
	struct termios t;

	tcgetattr(tty, &t);
	tcsetattr(tty, TCSANOW, &t);
	_exit(0);
}

static void flush(void)
{
	tcflush(tty, TCIFLUSH);
	_exit(0);
}

/* One empty line: harmless in the guest's console log. */
static void write_line(void)
{
	EXPECT_EQ(write(tty, "\n", 1), 1, "a background write");
}

static void set_attr_ignoring(void)
{
	struct termios t;

	signal(SIGTTOU, SIG_IGN);
	tcgetattr(tty, &t);
	EXPECT_EQ(tcsetattr(tty, TCSANOW, &t), 0, "tcsetattr ignoring SIGTTOU");
	EXPECT_EQ(write(tty, "\n", 1), 1, "a TOSTOP write ignoring SIGTTOU");
}

static void set_attr_blocking(void)
{
	struct termios t;
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGTTOU);
	sigprocmask(SIG_BLOCK, &set, NULL);
	tcgetattr(tty, &t);
	EXPECT_EQ(tcsetattr(tty, TCSANOW, &t), 0, "tcsetattr blocking SIGTTOU");
}

static void expect_ttou_stop(void (*fn)(void), const char *what)
{
	int status;
	pid_t pid = job_fork_group(tty, 0, fn);

	EXPECT_EQ(job_wait(pid, &status, WUNTRACED), pid, "waitpid(WUNTRACED)");
	EXPECT_TRUE(WIFSTOPPED(status) && WSTOPSIG(status) == SIGTTOU, what);
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
}

static void expect_ok(void (*fn)(void), const char *what)
{
	int status;
	pid_t pid = job_fork_group(tty, 0, fn);

	EXPECT_EQ(job_wait(pid, &status, 0), pid, "waitpid");
	EXPECT_EXITED(status, 0, what);
}

int main(void)
{
	struct termios t;

	tty = job_tty_open();
	expect_ttou_stop(set_attr, "a background tcsetattr: SIGTTOU");
	expect_ttou_stop(flush, "a background tcflush: SIGTTOU");
	expect_ok(write_line, "a background write without TOSTOP");
	expect_ok(set_attr_blocking, "a background tcsetattr blocking SIGTTOU");

	ASSERT_TRUE(tcgetattr(tty, &t) == 0, "tcgetattr");
	t.c_lflag |= TOSTOP;
	ASSERT_TRUE(tcsetattr(tty, TCSANOW, &t) == 0, "set TOSTOP");
	expect_ttou_stop((void (*)(void))write_line, "a background write under TOSTOP: SIGTTOU");
	expect_ok(set_attr_ignoring, "ignoring SIGTTOU");
	EXPECT_EQ(write(tty, "\n", 1), 1, "a foreground write under TOSTOP");
	t.c_lflag &= ~TOSTOP;
	tcsetattr(tty, TCSANOW, &t);
	return test_done();
}
