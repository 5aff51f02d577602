/*
 * Basic system types of the Linux i386 ABI (the kernel's __kernel_* types).
 * The compiler's freestanding <stddef.h> and <stdint.h> supply the rest.
 */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <stddef.h>
#include <stdint.h>

typedef int ssize_t;
typedef long off_t;
typedef long long off64_t;
typedef long long loff_t;
typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned int mode_t;
typedef unsigned long ino_t;
typedef unsigned long long ino64_t;
typedef unsigned long dev_t;
typedef unsigned int nlink_t;
typedef long time_t;
typedef long suseconds_t;
typedef long clock_t;
typedef long blksize_t;
typedef long blkcnt_t;
typedef unsigned char u_char;
typedef unsigned int u_int;
typedef unsigned long u_long;

#endif
