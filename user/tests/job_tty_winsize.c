/*
 * TIOCSWINSZ sets a terminal's size and TIOCGWINSZ reads it back. A
 * change sends SIGWINCH to the terminal's foreground process group (and
 * to no other); setting the same size again sends nothing. On a file that
 * is no terminal both fail with ENOTTY.
 */
#include "job_util.h"

static int tty, report[2];
static volatile int winches;

static void on_winch(int sig)
{
	winches++;
}

static void on_winch_fg(int sig)
{
	write(report[1], "W", 1);
}

static void foreground(void)
{
	signal(SIGWINCH, on_winch_fg);
	write(report[1], "r", 1);
	for (;;)
		pause();
}

int main(void)
{
	struct winsize saved, ws, big = { 30, 100, 0, 0 }, small = { 20, 60, 0, 0 };
	int fds[2];
	pid_t fg;
	char c;

	tty = job_tty_open();
	signal(SIGWINCH, on_winch);
	ASSERT_TRUE(ioctl(tty, TIOCGWINSZ, &saved) == 0, "TIOCGWINSZ");
	EXPECT_EQ(ioctl(tty, TIOCSWINSZ, &big), 0, "TIOCSWINSZ");
	memset(&ws, 0, sizeof(ws));
	EXPECT_EQ(ioctl(tty, TIOCGWINSZ, &ws), 0, "TIOCGWINSZ");
	EXPECT_EQ(ws.ws_row, 30, "rows");
	EXPECT_EQ(ws.ws_col, 100, "columns");
	EXPECT_EQ(winches, 1, "a change: SIGWINCH to us, the foreground group");
	EXPECT_EQ(ioctl(tty, TIOCSWINSZ, &big), 0, "the same size again");
	EXPECT_EQ(winches, 1, "no change: no SIGWINCH");

	ASSERT_TRUE(pipe(report) == 0, "pipe");
	fg = job_fork_group(tty, 1, foreground);
	alarm(5);
	EXPECT_EQ(read(report[0], &c, 1), 1, "the foreground child is ready");
	EXPECT_EQ(ioctl(tty, TIOCSWINSZ, &small), 0, "TIOCSWINSZ from the background");
	EXPECT_EQ(read(report[0], &c, 1), 1, "the foreground child");
	alarm(0);
	EXPECT_EQ(c, 'W', "got SIGWINCH");
	EXPECT_EQ(winches, 1, "and the background group did not");
	kill(fg, SIGKILL);
	waitpid(fg, NULL, 0);
	tcsetpgrp(tty, getpgrp());
	EXPECT_EQ(ioctl(tty, TIOCSWINSZ, &saved), 0, "the old size back");

	ASSERT_TRUE(pipe(fds) == 0, "pipe");
	EXPECT_ERRNO(ioctl(fds[0], TIOCGWINSZ, &ws), ENOTTY, "TIOCGWINSZ of a pipe");
	EXPECT_ERRNO(ioctl(fds[0], TIOCSWINSZ, &ws), ENOTTY, "TIOCSWINSZ of a pipe");
	return test_done();
}
