/*
 * System-call numbers: the shared include/uapi/unistd_32.h, plus the few the
 * user library calls that the kernel's list does not name.
 */
#ifndef _SYS_SYSCALL_H
#define _SYS_SYSCALL_H

#include <unistd_32.h>

#ifndef __NR_sync
#define __NR_sync		36
#endif
#ifndef __NR_reboot
#define __NR_reboot		88
#endif
#ifndef __NR_nanosleep
#define __NR_nanosleep		162
#endif
#ifndef __NR_rt_sigpending
#define __NR_rt_sigpending	176
#endif

#endif
