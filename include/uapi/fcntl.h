/*
 * open() flags and fcntl() commands, the Linux i386 values (octal, as in
 * include/uapi/asm-generic/fcntl.h). Shared by the kernel (<uapi/fcntl.h>)
 * and the user library (<fcntl.h>).
 */
#ifndef UAPI_FCNTL_H
#define UAPI_FCNTL_H

#define O_ACCMODE	00000003
#define O_RDONLY	00000000
#define O_WRONLY	00000001
#define O_RDWR		00000002
#define O_CREAT		00000100
#define O_EXCL		00000200
#define O_NOCTTY	00000400
#define O_TRUNC		00001000
#define O_APPEND	00002000
#define O_NONBLOCK	00004000
#define O_DSYNC		00010000
#define O_LARGEFILE	00100000
#define O_DIRECTORY	00200000
#define O_NOFOLLOW	00400000
#define O_NOATIME	01000000
#define O_CLOEXEC	02000000
#define O_PATH		010000000	/* an fd that only names the file (fstat, *at, fchdir) */

#define F_DUPFD		0
#define F_GETFD		1
#define F_SETFD		2
#define F_GETFL		3
#define F_SETFL		4
#define F_DUPFD_CLOEXEC	1030	/* F_LINUX_SPECIFIC_BASE + 6 */
#define F_SETPIPE_SZ	1031	/* a pipe's capacity, bytes */
#define F_GETPIPE_SZ	1032

#define FD_CLOEXEC	1	/* the F_GETFD/F_SETFD bit */

/*
 * The *at calls (openat, fstatat64, unlinkat...): a dirfd of AT_FDCWD walks
 * a relative path from the current directory, as the plain calls do. The
 * flags share one space (include/uapi/linux/fcntl.h); AT_EACCESS and
 * AT_REMOVEDIR have the same value, each meaningful to one call only.
 */
#define AT_FDCWD		-100
#define AT_SYMLINK_NOFOLLOW	0x100	/* do not follow a symbolic link in the last component */
#define AT_EACCESS		0x200	/* faccessat2: check with the effective ids */
#define AT_REMOVEDIR		0x200	/* unlinkat: remove a directory, as rmdir */
#define AT_SYMLINK_FOLLOW	0x400	/* linkat: follow a symbolic link in oldpath */
#define AT_NO_AUTOMOUNT		0x800	/* accepted; there are no automounts */
#define AT_EMPTY_PATH		0x1000	/* an empty path means dirfd itself */
#define AT_STATX_SYNC_TYPE	0x6000	/* statx: the two bits below; both at once is EINVAL */
#define AT_STATX_SYNC_AS_STAT	0x0000
#define AT_STATX_FORCE_SYNC	0x2000
#define AT_STATX_DONT_SYNC	0x4000

#endif
