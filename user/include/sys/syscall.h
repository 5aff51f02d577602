/* System-call numbers: the kernel's own list, include/uapi/unistd_32.h. */
#ifndef _SYS_SYSCALL_H
#define _SYS_SYSCALL_H

#include <unistd_32.h>

#endif
