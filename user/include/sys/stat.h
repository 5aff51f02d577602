/*
 * File status. struct stat (stat 106 / fstat 108), struct stat64 (stat64 195 /
 * fstat64 197) and the S_* mode bits are the kernel's own definitions, from
 * include/uapi/asm/stat.h and include/uapi/stat.h.
 */
#ifndef _SYS_STAT_H
#define _SYS_STAT_H

#include <sys/types.h>
#include <asm/stat.h>
#include <stat.h>

int stat(const char *path, struct stat *st);
int fstat(int fd, struct stat *st);
int stat64(const char *path, struct stat64 *st);
int fstat64(int fd, struct stat64 *st);
int mkdir(const char *path, mode_t mode);

#endif
