/*
 * Scatter-gather I/O (readv, writev, preadv, pwritev): an array of buffers
 * in the caller's memory, the Linux layout (include/uapi/linux/uio.h).
 * Shared by the kernel (<uapi/uio.h>) and the user library (<unistd.h>).
 */
#ifndef UAPI_UIO_H
#define UAPI_UIO_H

#include <stddef.h>

struct iovec {
	void *iov_base;		/* a user address */
	size_t iov_len;		/* bytes */
};

#define UIO_MAXIOV	1024	/* most buffers one call takes; more is EINVAL */

#endif
