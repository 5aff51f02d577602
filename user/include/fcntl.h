/*
 * open(2) and fcntl(2). The O_*, F_* and FD_* values are the kernel's own,
 * from include/uapi/fcntl.h (next on the include path).
 */
#ifndef _FCNTL_H
#define _FCNTL_H

#include_next <fcntl.h>
#include <sys/types.h>

/* open(path, flags) or open(path, flags, mode) when O_CREAT is given. */
int fcntl(int fd, int cmd, ...);
int open(const char *path, int flags, ...);
int creat(const char *path, mode_t mode);
/* open with a relative path walked from dirfd (AT_FDCWD: the cwd); fsat.c. */
int openat(int dirfd, const char *path, int flags, ...);
int fcntl64(int fd, int cmd, ...);

#endif
