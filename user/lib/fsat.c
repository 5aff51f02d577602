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

int chmod(const char *path, mode_t mode)
{
	return __sys_ret(SYSCALL2(__NR_chmod, path, mode));
}

int fchmod(int fd, mode_t mode)
{
	return __sys_ret(SYSCALL2(__NR_fchmod, fd, mode));
}

/* The system call has no flags: AT_SYMLINK_NOFOLLOW is not supported, as in older glibc. */
int fchmodat(int dirfd, const char *path, mode_t mode, int flags)
{
	if (flags) {
		errno = EOPNOTSUPP;
		return -1;
	}
	return __sys_ret(SYSCALL3(__NR_fchmodat, dirfd, path, mode));
}

/* The owner calls with 32-bit ids; -1 leaves an id as it is. */
int chown(const char *path, uid_t owner, gid_t group)
{
	return __sys_ret(SYSCALL3(__NR_chown32, path, owner, group));
}

int fchown(int fd, uid_t owner, gid_t group)
{
	return __sys_ret(SYSCALL3(__NR_fchown32, fd, owner, group));
}

int lchown(const char *path, uid_t owner, gid_t group)
{
	return __sys_ret(SYSCALL3(__NR_lchown32, path, owner, group));
}

int fchownat(int dirfd, const char *path, uid_t owner, gid_t group, int flags)
{
	return __sys_ret(SYSCALL5(__NR_fchownat, dirfd, path, owner, group, flags));
}

int utimensat(int dirfd, const char *path, const struct timespec times[2], int flags)
{
	return __sys_ret(SYSCALL4(__NR_utimensat, dirfd, path, times, flags));
}

/* utimensat on the fd itself: a NULL path. */
int futimens(int fd, const struct timespec times[2])
{
	return __sys_ret(SYSCALL4(__NR_utimensat, fd, NULL, times, 0));
}

/* The 64-bit calls take an offset as two halves, low first. */
#define LO(x)	((unsigned long)(unsigned long long)(x))
#define HI(x)	((unsigned long)((unsigned long long)(x) >> 32))

int truncate(const char *path, off_t length)
{
	return __sys_ret(SYSCALL2(__NR_truncate, path, length));
}

int truncate64(const char *path, off64_t length)
{
	return __sys_ret(SYSCALL3(__NR_truncate64, path, LO(length), HI(length)));
}

int ftruncate64(int fd, off64_t length)
{
	return __sys_ret(SYSCALL3(__NR_ftruncate64, fd, LO(length), HI(length)));
}

ssize_t pread64(int fd, void *buf, size_t count, off64_t offset)
{
	return __sys_ret(SYSCALL5(__NR_pread64, fd, buf, count, LO(offset), HI(offset)));
}

ssize_t pwrite64(int fd, const void *buf, size_t count, off64_t offset)
{
	return __sys_ret(SYSCALL5(__NR_pwrite64, fd, buf, count, LO(offset), HI(offset)));
}

ssize_t pread(int fd, void *buf, size_t count, off_t offset)
{
	return pread64(fd, buf, count, offset);
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset)
{
	return pwrite64(fd, buf, count, offset);
}

ssize_t readv(int fd, const struct iovec *iov, int iovcnt)
{
	return __sys_ret(SYSCALL3(__NR_readv, fd, iov, iovcnt));
}

ssize_t writev(int fd, const struct iovec *iov, int iovcnt)
{
	return __sys_ret(SYSCALL3(__NR_writev, fd, iov, iovcnt));
}

ssize_t preadv(int fd, const struct iovec *iov, int iovcnt, off_t offset)
{
	long long pos = offset;

	return __sys_ret(SYSCALL5(__NR_preadv, fd, iov, iovcnt, LO(pos), HI(pos)));
}

ssize_t pwritev(int fd, const struct iovec *iov, int iovcnt, off_t offset)
{
	long long pos = offset;

	return __sys_ret(SYSCALL5(__NR_pwritev, fd, iov, iovcnt, LO(pos), HI(pos)));
}

int fdatasync(int fd)
{
	return __sys_ret(SYSCALL1(__NR_fdatasync, fd));
}

int dup3(int oldfd, int newfd, int flags)
{
	return __sys_ret(SYSCALL3(__NR_dup3, oldfd, newfd, flags));
}

/* fcntl64: fcntl with the 64-bit lock structures; every other command as fcntl. */
int fcntl64(int fd, int cmd, ...)
{
	va_list ap;
	long arg;

	va_start(ap, cmd);
	arg = va_arg(ap, long);
	va_end(ap);
	return __sys_ret(SYSCALL3(__NR_fcntl64, fd, cmd, arg));
}

int link(const char *oldpath, const char *newpath)
{
	return __sys_ret(SYSCALL2(__NR_link, oldpath, newpath));
}

int linkat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, int flags)
{
	return __sys_ret(SYSCALL5(__NR_linkat, olddirfd, oldpath, newdirfd, newpath, flags));
}

int symlink(const char *target, const char *linkpath)
{
	return __sys_ret(SYSCALL2(__NR_symlink, target, linkpath));
}

int symlinkat(const char *target, int newdirfd, const char *linkpath)
{
	return __sys_ret(SYSCALL3(__NR_symlinkat, target, newdirfd, linkpath));
}

/* The target is not NUL-terminated: the count says how long it is. */
ssize_t readlink(const char *path, char *buf, size_t bufsiz)
{
	return __sys_ret(SYSCALL3(__NR_readlink, path, buf, bufsiz));
}

ssize_t readlinkat(int dirfd, const char *path, char *buf, size_t bufsiz)
{
	return __sys_ret(SYSCALL4(__NR_readlinkat, dirfd, path, buf, bufsiz));
}

int rename(const char *oldpath, const char *newpath)
{
	return __sys_ret(SYSCALL2(__NR_rename, oldpath, newpath));
}

int renameat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath)
{
	return __sys_ret(SYSCALL4(__NR_renameat, olddirfd, oldpath, newdirfd, newpath));
}

int renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath,
	      unsigned int flags)
{
	return __sys_ret(SYSCALL5(__NR_renameat2, olddirfd, oldpath, newdirfd, newpath, flags));
}
