/*
 * Wrappers of the file-name system calls: the *at family, statx, access,
 * umask. Each makes one Linux i386 call; on failure it sets errno and
 * returns -1. The plain calls of sys.c walk a path from the current
 * directory; these also take a directory fd to walk from (AT_FDCWD for the
 * current directory) and AT_* flags.
 */
#include <fcntl.h>
#include <stdarg.h>
#include <sys/stat.h>
#include "libc.h"

int openat(int dirfd, const char *path, int flags, ...)
{
	va_list ap;
	mode_t mode = 0;

	if (flags & O_CREAT) {
		va_start(ap, flags);
		mode = va_arg(ap, mode_t);
		va_end(ap);
	}
	return __sys_ret(SYSCALL4(__NR_openat, dirfd, path, flags, mode));
}

int access(const char *path, int mode)
{
	return __sys_ret(SYSCALL2(__NR_access, path, mode));
}

/*
 * The old faccessat (307) has no flags argument: like glibc, use it when
 * there are none, and faccessat2 (439, Linux 5.8) when there are.
 */
int faccessat(int dirfd, const char *path, int mode, int flags)
{
	if (!flags)
		return __sys_ret(SYSCALL3(__NR_faccessat, dirfd, path, mode));
	return __sys_ret(SYSCALL4(__NR_faccessat2, dirfd, path, mode, flags));
}

/* umask cannot fail: the old mask comes back. */
mode_t umask(mode_t mask)
{
	return (mode_t)SYSCALL1(__NR_umask, mask);
}

int mkdirat(int dirfd, const char *path, mode_t mode)
{
	return __sys_ret(SYSCALL3(__NR_mkdirat, dirfd, path, mode));
}

int unlinkat(int dirfd, const char *path, int flags)
{
	return __sys_ret(SYSCALL3(__NR_unlinkat, dirfd, path, flags));
}

int fstatat64(int dirfd, const char *path, struct stat64 *st, int flags)
{
	return __sys_ret(SYSCALL4(__NR_fstatat64, dirfd, path, st, flags));
}

int statx(int dirfd, const char *path, int flags, unsigned int mask, struct statx *stx)
{
	return __sys_ret(SYSCALL5(__NR_statx, dirfd, path, flags, mask, stx));
}

int lstat(const char *path, struct stat *st)
{
	return __sys_ret(SYSCALL2(__NR_lstat, path, st));
}

int lstat64(const char *path, struct stat64 *st)
{
	return __sys_ret(SYSCALL2(__NR_lstat64, path, st));
}
