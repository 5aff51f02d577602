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
#define O_CLOEXEC	02000000

#define F_DUPFD		0
#define F_GETFD		1
#define F_SETFD		2
#define F_GETFL		3
#define F_SETFL		4
#define F_DUPFD_CLOEXEC	1030	/* F_LINUX_SPECIFIC_BASE + 6 */

#define FD_CLOEXEC	1	/* the F_GETFD/F_SETFD bit */

#endif
