/*
 * File status. struct stat (stat 106 / fstat 108), struct stat64 (stat64 195 /
 * fstat64 197), struct statx (statx 383), the S_* mode bits and UTIME_NOW /
 * UTIME_OMIT are the kernel's own definitions, from include/uapi/asm/stat.h
 * and include/uapi/stat.h.
 */
#ifndef _SYS_STAT_H
#define _SYS_STAT_H

#include <sys/types.h>
#include <asm/stat.h>
#include <stat.h>
#include <time.h>

int stat(const char *path, struct stat *st);
int fstat(int fd, struct stat *st);
int stat64(const char *path, struct stat64 *st);
int fstat64(int fd, struct stat64 *st);
int mkdir(const char *path, mode_t mode);

/* user/lib/fsat.c: lstat does not follow a symbolic link in the last component. */
int lstat(const char *path, struct stat *st);
int lstat64(const char *path, struct stat64 *st);
int fstatat64(int dirfd, const char *path, struct stat64 *st, int flags);
int statx(int dirfd, const char *path, int flags, unsigned int mask, struct statx *stx);
int mkdirat(int dirfd, const char *path, mode_t mode);
/* Sets the creation mask (bits cleared from open and mkdir modes); returns the old one. */
mode_t umask(mode_t mask);
int chmod(const char *path, mode_t mode);
int fchmod(int fd, mode_t mode);
int fchmodat(int dirfd, const char *path, mode_t mode, int flags);
/* times[0] is the access time, times[1] the modification time; NULL: both now. */
int utimensat(int dirfd, const char *path, const struct timespec times[2], int flags);
int futimens(int fd, const struct timespec times[2]);

#endif
