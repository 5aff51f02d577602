/*
 * System-call wrappers. Each one makes the Linux i386 call of the same name
 * through __syscall (syscall.S); a result in [-4095, -1] becomes -1 with
 * errno set, as in any libc. Where libc's interface differs from the raw
 * call (brk, getcwd, mmap, sigaction) the difference is explained there.
 */
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/reboot.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <sys/time.h>
#include <termios.h>
#include <time.h>
#include "libc.h"

ssize_t read(int fd, void *buf, size_t count)
{
	return __sys_ret(SYSCALL3(__NR_read, fd, buf, count));
}

ssize_t write(int fd, const void *buf, size_t count)
{
	return __sys_ret(SYSCALL3(__NR_write, fd, buf, count));
}

int open(const char *path, int flags, ...)
{
	va_list ap;
	mode_t mode = 0;

	if (flags & O_CREAT) {
		va_start(ap, flags);
		mode = va_arg(ap, mode_t);
		va_end(ap);
	}
	return __sys_ret(SYSCALL3(__NR_open, path, flags, mode));
}

int creat(const char *path, mode_t mode)
{
	return open(path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

int close(int fd)
{
	return __sys_ret(SYSCALL1(__NR_close, fd));
}

off_t lseek(int fd, off_t offset, int whence)
{
	return __sys_ret(SYSCALL3(__NR_lseek, fd, offset, whence));
}

int dup(int fd)
{
	return __sys_ret(SYSCALL1(__NR_dup, fd));
}

/* fcntl(fd, cmd[, arg]): every command takes at most one integer or pointer. */
int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	long arg;

	va_start(ap, cmd);
	arg = va_arg(ap, long);
	va_end(ap);
	return __sys_ret(SYSCALL3(__NR_fcntl, fd, cmd, arg));
}

unsigned int alarm(unsigned int seconds)
{
	return (unsigned int)SYSCALL1(__NR_alarm, seconds);
}

int poll(struct pollfd *fds, nfds_t nfds, int timeout)
{
	return __sys_ret(SYSCALL3(__NR_poll, fds, nfds, timeout));
}

int pipe(int fds[2])
{
	return __sys_ret(SYSCALL1(__NR_pipe, fds));
}

int pipe2(int fds[2], int flags)
{
	return __sys_ret(SYSCALL2(__NR_pipe2, fds, flags));
}

int dup2(int oldfd, int newfd)
{
	return __sys_ret(SYSCALL2(__NR_dup2, oldfd, newfd));
}

int ftruncate(int fd, off_t length)
{
	return __sys_ret(SYSCALL2(__NR_ftruncate, fd, length));
}

int fsync(int fd)
{
	return __sys_ret(SYSCALL1(__NR_fsync, fd));
}

void sync(void)
{
	SYSCALL0(__NR_sync);
}

int unlink(const char *path)
{
	return __sys_ret(SYSCALL1(__NR_unlink, path));
}

int rmdir(const char *path)
{
	return __sys_ret(SYSCALL1(__NR_rmdir, path));
}

int mkdir(const char *path, mode_t mode)
{
	return __sys_ret(SYSCALL2(__NR_mkdir, path, mode));
}

int chdir(const char *path)
{
	return __sys_ret(SYSCALL1(__NR_chdir, path));
}

/* The raw call returns the length including the NUL; libc returns buf. */
char *getcwd(char *buf, size_t size)
{
	if (__sys_ret(SYSCALL2(__NR_getcwd, buf, size)) < 0)
		return NULL;
	return buf;
}

int stat(const char *path, struct stat *st)
{
	return __sys_ret(SYSCALL2(__NR_stat, path, st));
}

int fstat(int fd, struct stat *st)
{
	return __sys_ret(SYSCALL2(__NR_fstat, fd, st));
}

int stat64(const char *path, struct stat64 *st)
{
	return __sys_ret(SYSCALL2(__NR_stat64, path, st));
}

int fstat64(int fd, struct stat64 *st)
{
	return __sys_ret(SYSCALL2(__NR_fstat64, fd, st));
}

int getdents(int fd, struct linux_dirent *dirp, unsigned int count)
{
	return __sys_ret(SYSCALL3(__NR_getdents, fd, dirp, count));
}

int ioctl(int fd, unsigned long request, ...)
{
	va_list ap;
	long arg;

	va_start(ap, request);
	arg = va_arg(ap, long);
	va_end(ap);
	return __sys_ret(SYSCALL3(__NR_ioctl, fd, request, arg));
}

int tcgetattr(int fd, struct termios *t)
{
	return ioctl(fd, TCGETS, t);
}

int isatty(int fd)
{
	struct termios t;

	return tcgetattr(fd, &t) == 0;
}

pid_t fork(void)
{
	return __sys_ret(SYSCALL0(__NR_fork));
}

int execve(const char *path, char *const argv[], char *const envp[])
{
	return __sys_ret(SYSCALL3(__NR_execve, path, argv, envp));
}

void _exit(int status)
{
	for (;;)
		SYSCALL1(__NR_exit_group, status);
}

void _Exit(int status)
{
	_exit(status);
}

pid_t getpid(void)
{
	return SYSCALL0(__NR_getpid);
}

pid_t getppid(void)
{
	return SYSCALL0(__NR_getppid);
}

pid_t waitpid(pid_t pid, int *status, int options)
{
	return __sys_ret(SYSCALL3(__NR_waitpid, pid, status, options));
}

pid_t wait4(pid_t pid, int *status, int options, struct rusage *ru)
{
	return __sys_ret(SYSCALL4(__NR_wait4, pid, status, options, ru));
}

pid_t wait(int *status)
{
	return wait4(-1, status, 0, NULL);
}

int kill(pid_t pid, int sig)
{
	return __sys_ret(SYSCALL2(__NR_kill, pid, sig));
}

int raise(int sig)
{
	return kill(getpid(), sig);
}

int uname(struct utsname *buf)
{
	return __sys_ret(SYSCALL1(__NR_uname, buf));
}

int personality(unsigned long persona)
{
	return __sys_ret(SYSCALL1(__NR_personality, persona));
}

int clock_gettime(clockid_t clock, struct timespec *ts)
{
	return __sys_ret(SYSCALL2(__NR_clock_gettime, clock, ts));
}

int clock_getres(clockid_t clock, struct timespec *res)
{
	return __sys_ret(SYSCALL2(__NR_clock_getres, clock, res));
}

int clock_nanosleep(clockid_t clock, int flags, const struct timespec *req,
		    struct timespec *rem)
{
	return -SYSCALL4(__NR_clock_nanosleep, clock, flags, req, rem);
}

int getrusage(int who, struct rusage *usage)
{
	return __sys_ret(SYSCALL2(__NR_getrusage, who, usage));
}

time_t time(time_t *t)
{
	return SYSCALL1(__NR_time, t);
}

int gettimeofday(struct timeval *tv, void *tz)
{
	return __sys_ret(SYSCALL2(__NR_gettimeofday, tv, tz));
}

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	return __sys_ret(SYSCALL2(__NR_nanosleep, req, rem));
}

unsigned int sleep(unsigned int seconds)
{
	struct timespec req = { (time_t)seconds, 0 }, rem = { 0, 0 };

	if (nanosleep(&req, &rem) < 0)
		return (unsigned int)rem.tv_sec;
	return 0;
}

int usleep(unsigned int usec)
{
	struct timespec req = { (time_t)(usec / 1000000), (long)(usec % 1000000) * 1000 };

	return nanosleep(&req, NULL);
}

int reboot(int cmd)
{
	return __sys_ret(SYSCALL3(__NR_reboot, LINUX_REBOOT_MAGIC1,
				  LINUX_REBOOT_MAGIC2, cmd));
}

long syscall(long number, ...)
{
	va_list ap;
	long a[6];
	int i;

	va_start(ap, number);
	for (i = 0; i < 6; i++)
		a[i] = va_arg(ap, long);
	va_end(ap);
	return __sys_ret(__syscall(number, a[0], a[1], a[2], a[3], a[4], a[5]));
}

/* ---- memory ---------------------------------------------------------- */

/*
 * The raw brk returns the new break, or the old one when it refused;
 * libc's brk returns 0 or -1/ENOMEM, and sbrk the previous break.
 */
static unsigned long cur_brk;

int brk(void *addr)
{
	unsigned long r = (unsigned long)SYSCALL1(__NR_brk, addr);

	cur_brk = r;
	if (r < (unsigned long)addr) {
		errno = ENOMEM;
		return -1;
	}
	return 0;
}

void *sbrk(intptr_t increment)
{
	unsigned long old;

	if (!cur_brk)
		cur_brk = (unsigned long)SYSCALL1(__NR_brk, 0);
	old = cur_brk;
	if (increment == 0)
		return (void *)old;
	if (brk((void *)(old + increment)) < 0)
		return (void *)-1;
	return (void *)old;
}

/* mmap2 takes the offset in pages, so it must be page-aligned. */
void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset)
{
	if (offset & (PAGE_SIZE - 1)) {
		errno = EINVAL;
		return MAP_FAILED;
	}
	return (void *)__sys_ret(SYSCALL6(__NR_mmap2, addr, length, prot, flags,
					  fd, (unsigned long)offset / PAGE_SIZE));
}

void *old_mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset)
{
	unsigned long args[6] = {
		(unsigned long)addr, length, (unsigned long)prot,
		(unsigned long)flags, (unsigned long)fd, (unsigned long)offset
	};

	return (void *)__sys_ret(SYSCALL1(__NR_mmap, args));
}

int munmap(void *addr, size_t length)
{
	return __sys_ret(SYSCALL2(__NR_munmap, addr, length));
}

int mprotect(void *addr, size_t length, int prot)
{
	return __sys_ret(SYSCALL3(__NR_mprotect, addr, length, prot));
}

int msync(void *addr, size_t length, int flags)
{
	return __sys_ret(SYSCALL3(__NR_msync, addr, length, flags));
}

int mlock(const void *addr, size_t length)
{
	return __sys_ret(SYSCALL2(__NR_mlock, addr, length));
}

int munlock(const void *addr, size_t length)
{
	return __sys_ret(SYSCALL2(__NR_munlock, addr, length));
}

int mlockall(int flags)
{
	return __sys_ret(SYSCALL1(__NR_mlockall, flags));
}

int munlockall(void)
{
	return __sys_ret(SYSCALL0(__NR_munlockall));
}

void *mremap(void *old_address, size_t old_size, size_t new_size, int flags, ...)
{
	va_list ap;
	void *new_address = NULL;

	if (flags & MREMAP_FIXED) {
		va_start(ap, flags);
		new_address = va_arg(ap, void *);
		va_end(ap);
	}
	return (void *)__sys_ret(SYSCALL5(__NR_mremap, old_address, old_size,
					  new_size, flags, new_address));
}

int madvise(void *addr, size_t length, int advice)
{
	return __sys_ret(SYSCALL3(__NR_madvise, addr, length, advice));
}

int mincore(void *addr, size_t length, unsigned char *vec)
{
	return __sys_ret(SYSCALL3(__NR_mincore, addr, length, vec));
}
