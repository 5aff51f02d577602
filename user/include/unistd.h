/*
 * POSIX system calls (user/lib/sys.c). Each wrapper makes one Linux i386
 * system call; on failure it sets errno and returns -1, as in any libc.
 */
#ifndef _UNISTD_H
#define _UNISTD_H

#include <sys/types.h>

#define STDIN_FILENO	0
#define STDOUT_FILENO	1
#define STDERR_FILENO	2

#include <fs.h>		/* SEEK_SET, SEEK_CUR, SEEK_END, RENAME_* */
#include <uio.h>	/* struct iovec, for readv and writev */

/* The environment given to main (also main's third argument). */
extern char **environ;

ssize_t read(int fd, void *buf, size_t count);
ssize_t write(int fd, const void *buf, size_t count);
int close(int fd);
off_t lseek(int fd, off_t offset, int whence);
int dup(int fd);
int dup2(int oldfd, int newfd);
int pipe(int fds[2]);
unsigned int alarm(unsigned int seconds);
int pipe2(int fds[2], int flags);
int ftruncate(int fd, off_t length);
int fsync(int fd);
void sync(void);
int unlink(const char *path);
int rmdir(const char *path);
int chdir(const char *path);
/* Fills buf with the current directory; returns buf, or NULL with errno. */
char *getcwd(char *buf, size_t size);
int isatty(int fd);

/* access(2) modes: F_OK alone asks whether the name exists. */
#define F_OK	0
#define X_OK	1
#define W_OK	2
#define R_OK	4

/* The file-name calls of user/lib/fsat.c (AT_* flags from <fcntl.h>). */
int access(const char *path, int mode);
int faccessat(int dirfd, const char *path, int mode, int flags);
int unlinkat(int dirfd, const char *path, int flags);
/* Owners: uid or gid -1 leaves that id as it is. */
int chown(const char *path, uid_t owner, gid_t group);
int fchown(int fd, uid_t owner, gid_t group);
int lchown(const char *path, uid_t owner, gid_t group);
int fchownat(int dirfd, const char *path, uid_t owner, gid_t group, int flags);
int truncate(const char *path, off_t length);
int truncate64(const char *path, off64_t length);
int ftruncate64(int fd, off64_t length);
/* Read and write at an offset, leaving the file position alone. */
ssize_t pread(int fd, void *buf, size_t count, off_t offset);
ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset);
ssize_t pread64(int fd, void *buf, size_t count, off64_t offset);
ssize_t pwrite64(int fd, const void *buf, size_t count, off64_t offset);
/* Scatter-gather: the buffers of iov in turn (POSIX puts these in <sys/uio.h>). */
ssize_t readv(int fd, const struct iovec *iov, int iovcnt);
ssize_t writev(int fd, const struct iovec *iov, int iovcnt);
ssize_t preadv(int fd, const struct iovec *iov, int iovcnt, off_t offset);
ssize_t pwritev(int fd, const struct iovec *iov, int iovcnt, off_t offset);
int fdatasync(int fd);
/* dup2 with flags (O_CLOEXEC only); oldfd == newfd is EINVAL. */
int dup3(int oldfd, int newfd, int flags);
/* Names: hard links, symbolic links (readlink does not NUL-terminate), renames. */
int link(const char *oldpath, const char *newpath);
int linkat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, int flags);
int symlink(const char *target, const char *linkpath);
int symlinkat(const char *target, int newdirfd, const char *linkpath);
ssize_t readlink(const char *path, char *buf, size_t bufsiz);
ssize_t readlinkat(int dirfd, const char *path, char *buf, size_t bufsiz);
/* POSIX puts these three in <stdio.h>; RENAME_* flags from <fs.h>. */
int rename(const char *oldpath, const char *newpath);
int renameat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath);
int renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath,
	      unsigned int flags);

pid_t fork(void);
int execve(const char *path, char *const argv[], char *const envp[]);
/* execve with the current environment. */
int execv(const char *path, char *const argv[]);
/* execv, trying each directory of $PATH (or /bin) when file has no '/'. */
int execvp(const char *file, char *const argv[]);
__attribute__((noreturn)) void _exit(int status);
pid_t getpid(void);
pid_t getppid(void);

/* Sessions and process groups (user/lib/job.c). */
pid_t setsid(void);
pid_t getsid(pid_t pid);
int setpgid(pid_t pid, pid_t pgid);
pid_t getpgid(pid_t pid);
pid_t getpgrp(void);
/* The foreground process group of the terminal open at fd. */
pid_t tcgetpgrp(int fd);
int tcsetpgrp(int fd, pid_t pgrp);
/* Sleep until a signal handler has run; always -1 with EINTR. */
int pause(void);

/* Program break: brk sets it (0 or -1/ENOMEM), sbrk moves it and returns the old one. */
int brk(void *addr);
void *sbrk(intptr_t increment);

unsigned int sleep(unsigned int seconds);
int usleep(unsigned int usec);

/* A raw system call: up to six arguments; -1 and errno on error. */
long syscall(long number, ...);
/* The same without errno: returns the kernel's value (-errno on error). */
long __syscall(long number, long a1, long a2, long a3, long a4, long a5, long a6);
/*
 * clone(2) running fn(arg) on the new stack `stack` (its top) in the child,
 * which then exits with fn's result; the child's tid, or -errno (user/lib/clone.S).
 */
long __clone(int (*fn)(void *), void *stack, unsigned long flags, void *arg,
	     int *ptid, void *tls, int *ctid);

#endif
