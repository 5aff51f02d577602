/* ioctl(2); the request numbers are the kernel's, from include/uapi/asm/ioctls.h. */
#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H

#include <asm/ioctls.h>

int ioctl(int fd, unsigned long request, ...);

#endif
