/*
 * Job control: sessions, process groups and the terminal's foreground
 * group, and the signal calls a job-control shell waits with. Each wrapper
 * makes the Linux i386 call (or ioctl) of the same name, as glibc does.
 */
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include "libc.h"

pid_t setsid(void)
{
	return __sys_ret(SYSCALL0(__NR_setsid));
}

pid_t getsid(pid_t pid)
{
	return __sys_ret(SYSCALL1(__NR_getsid, pid));
}

int setpgid(pid_t pid, pid_t pgid)
{
	return __sys_ret(SYSCALL2(__NR_setpgid, pid, pgid));
}

pid_t getpgid(pid_t pid)
{
	return __sys_ret(SYSCALL1(__NR_getpgid, pid));
}

pid_t getpgrp(void)
{
	return SYSCALL0(__NR_getpgrp);
}

/* kill(-pgrp, sig); a negative pgrp is EINVAL, as in glibc. */
int killpg(pid_t pgrp, int sig)
{
	if (pgrp < 0) {
		errno = EINVAL;
		return -1;
	}
	return kill(-pgrp, sig);
}

pid_t tcgetpgrp(int fd)
{
	pid_t pgrp;

	if (ioctl(fd, TIOCGPGRP, &pgrp) < 0)
		return -1;
	return pgrp;
}

int tcsetpgrp(int fd, pid_t pgrp)
{
	return ioctl(fd, TIOCSPGRP, &pgrp);
}

pid_t tcgetsid(int fd)
{
	pid_t sid;

	if (ioctl(fd, TIOCGSID, &sid) < 0)
		return -1;
	return sid;
}

/* TCSANOW, TCSADRAIN, TCSAFLUSH are TCSETS, TCSETSW, TCSETSF in turn. */
int tcsetattr(int fd, int actions, const struct termios *t)
{
	if (actions < TCSANOW || actions > TCSAFLUSH) {
		errno = EINVAL;
		return -1;
	}
	return ioctl(fd, TCSETS + actions, t);
}

int tcflush(int fd, int queue)
{
	return ioctl(fd, TCFLSH, queue);
}

int pause(void)
{
	return __sys_ret(SYSCALL0(__NR_pause));
}

int sigsuspend(const sigset_t *mask)
{
	return __sys_ret(SYSCALL2(__NR_rt_sigsuspend, mask, sizeof(sigset_t)));
}

int sigpending(sigset_t *set)
{
	return __sys_ret(SYSCALL2(__NR_rt_sigpending, set, sizeof(sigset_t)));
}
