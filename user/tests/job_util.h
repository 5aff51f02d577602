/*
 * Helpers shared by the job-control tests (user/tests/job_*.c): children
 * that wait to be released, and a terminal to work on. Everything here is
 * plain POSIX/Linux, so the tests run unchanged on Linux.
 */
#ifndef JOB_UTIL_H
#define JOB_UTIL_H

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <test.h>
#include <time.h>

/* Linux's pseudo-terminal ioctls: only the host has ptys (see job_tty_open). */
#define JOB_TIOCGPTN	0x80045430	/* the slave's number, /dev/pts/N */
#define JOB_TIOCSPTLCK	0x40045431	/* lock (1) or unlock (0) the slave */

static inline void job_sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

/*
 * A child that runs fn (if not NULL), tells its parent it is ready, and
 * then waits until job_release: its state can be looked at meanwhile.
 */
struct job_kid {
	pid_t pid;
	int release_fd;		/* a byte written to it lets the child exit */
};

static inline struct job_kid job_spawn(void (*fn)(void))
{
	struct job_kid kid = { -1, -1 };
	int ready[2], release[2];
	char c;

	ASSERT_TRUE(pipe(ready) == 0 && pipe(release) == 0, "pipe");
	kid.pid = fork();
	ASSERT_TRUE(kid.pid >= 0, "fork");
	if (kid.pid == 0) {
		test_failures = 0;	/* the child's exit status counts its own */
		close(ready[0]);
		close(release[1]);
		if (fn)
			fn();
		write(ready[1], "r", 1);
		while (read(release[0], &c, 1) < 0 && errno == EINTR)
			;
		_exit(test_failures ? 1 : 0);
	}
	close(ready[1]);
	close(release[0]);
	ASSERT_TRUE(read(ready[0], &c, 1) == 1, "the child got ready");
	close(ready[0]);
	kid.release_fd = release[1];
	return kid;
}

/* Let kid exit and reap it; its wait status. */
static inline int job_release(struct job_kid *kid)
{
	int status = -1;

	/* A byte, not EOF: later children hold copies of the write end. */
	write(kid->release_fd, "x", 1);
	close(kid->release_fd);
	if (waitpid(kid->pid, &status, 0) != kid->pid)
		test_fail(__FILE__, __LINE__, "waitpid(%d): %s", kid->pid, strerror(errno));
	return status;
}

/* A pid that no process has now: a child's, reaped. */
static inline pid_t job_dead_pid(void)
{
	pid_t pid = fork();

	if (pid == 0)
		_exit(0);
	ASSERT_TRUE(pid > 0, "fork");
	waitpid(pid, NULL, 0);
	return pid;
}

/*
 * waitpid(pid, options) that gives up after about 5 s (so a child that
 * never stops or continues fails the test instead of hanging it): the
 * pid, or 0 when time ran out, or -1.
 */
static inline pid_t job_wait(pid_t pid, int *status, int options)
{
	int i;

	for (i = 0; i < 500; i++) {
		pid_t r = waitpid(pid, status, options | WNOHANG);

		if (r != 0)
			return r;
		job_sleep_ms(10);
	}
	return 0;
}

/*
 * ---- the terminal ----
 * job_tty_open gives the test an fd on a terminal that is its controlling
 * terminal, with the test's own process group in the foreground, echo off
 * (what the tests type stays out of the log) and SIGTTOU ignored, so the
 * test may hand the foreground to a child's group and take it back. On
 * Linux it is a new pseudo-terminal, in a new session the test leads (the
 * runner has no terminal to lend, and the user's must not be touched).
 * Without ptys (no /dev/ptmx: this kernel) it is /dev/tty, the terminal
 * the test already has: in the guest the console, the controlling
 * terminal of init's session and of the tests init runs in its group.
 * At exit the settings and the foreground group are put back.
 */
static int job_tty_fd = -1, job_tty_master = -1;
static struct termios job_tty_saved;
static pid_t job_tty_pgrp;

static inline void job_tty_restore(void)
{
	tcsetpgrp(job_tty_fd, job_tty_pgrp);
	tcsetattr(job_tty_fd, TCSANOW, &job_tty_saved);
}

/* A session of our own; a group leader cannot make one, so it goes on in a child. */
static inline void job_new_session(void)
{
	int status;
	pid_t pid;

	if (setsid() >= 0)
		return;
	pid = fork();
	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0) {
		ASSERT_TRUE(setsid() >= 0, "setsid");
		return;
	}
	waitpid(pid, &status, 0);
	_exit(WIFEXITED(status) ? WEXITSTATUS(status) : 1);
}

/* A new pty's slave, our controlling terminal in a new session; -1 without ptys. */
static inline int job_open_pty(void)
{
	int fd, n, unlock = 0;
	char name[32];

	job_tty_master = open("/dev/ptmx", O_RDWR | O_NOCTTY);
	if (job_tty_master < 0)
		return -1;
	ASSERT_TRUE(ioctl(job_tty_master, JOB_TIOCSPTLCK, &unlock) == 0, "unlock the pty");
	ASSERT_TRUE(ioctl(job_tty_master, JOB_TIOCGPTN, &n) == 0, "the pty's number");
	snprintf(name, sizeof(name), "/dev/pts/%d", n);
	job_new_session();
	fd = open(name, O_RDWR);	/* a session leader's first terminal: ours */
	ASSERT_TRUE(fd >= 0, "open the pty's slave");
	ASSERT_TRUE(ioctl(fd, TIOCSCTTY, 0) == 0, "the pty is our controlling terminal");
	return fd;
}

static inline int job_tty_open(void)
{
	struct termios t;
	int fd;

	signal(SIGTTOU, SIG_IGN);
	fd = job_open_pty();
	if (fd < 0)
		fd = open("/dev/tty", O_RDWR);
	ASSERT_TRUE(fd >= 0, "a controlling terminal (a pty, or /dev/tty)");
	ASSERT_TRUE(tcgetattr(fd, &job_tty_saved) == 0, "tcgetattr");
	job_tty_fd = fd;
	job_tty_pgrp = getpgrp();
	/* A test that died earlier may have left its group in the foreground. */
	ASSERT_TRUE(tcsetpgrp(fd, job_tty_pgrp) == 0, "our group in the foreground");
	t = job_tty_saved;
	t.c_lflag &= ~ECHO;
	t.c_lflag |= ISIG | ICANON;
	ASSERT_TRUE(tcsetattr(fd, TCSANOW, &t) == 0, "echo off");
	tcflush(fd, TCIFLUSH);
	atexit(job_tty_restore);
	return fd;
}

/*
 * Type s on the terminal, as if at its keyboard: TIOCSTI, which Linux lets
 * a process do on its own controlling terminal; through the pty's master
 * if the host's Linux forbids TIOCSTI (dev.tty.legacy_tiocsti = 0).
 */
static inline void job_type(int fd, const char *s)
{
	for (; *s; s++) {
		if (ioctl(fd, TIOCSTI, s) == 0)
			continue;
		ASSERT_TRUE(job_tty_master >= 0, "TIOCSTI");
		ASSERT_TRUE(write(job_tty_master, s, 1) == 1, "type through the pty's master");
	}
}

/*
 * Fork a child in a new process group of its own (set on both sides, as a
 * shell does), optionally in the foreground of fd; it runs fn and exits 0
 * unless an expectation failed. Returns its pid.
 */
static inline pid_t job_fork_group(int fd, int foreground, void (*fn)(void))
{
	pid_t pid = fork();

	ASSERT_TRUE(pid >= 0, "fork");
	if (pid == 0) {
		setpgid(0, 0);
		if (foreground)
			tcsetpgrp(fd, getpid());
		signal(SIGTTOU, SIG_DFL);
		fn();
		_exit(test_failures ? 1 : 0);
	}
	setpgid(pid, pid);
	if (foreground)
		tcsetpgrp(fd, pid);
	return pid;
}

#endif
