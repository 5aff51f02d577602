/*
 * errno and the Linux error numbers. The numbers come from the shared
 * include/uapi/errno.h (next on the include path), so user programs and the
 * kernel agree on every value.
 */
#ifndef _ERRNO_H
#define _ERRNO_H

#include_next <errno.h>

/* Set by every failing system-call wrapper; never reset to 0 by the library. */
extern int errno;

#endif
