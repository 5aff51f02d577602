/*
 * uname (122). struct utsname is the kernel's struct new_utsname from
 * include/uapi/utsname.h, declared here under the C library's name.
 */
#ifndef _SYS_UTSNAME_H
#define _SYS_UTSNAME_H

#define new_utsname utsname
#include <utsname.h>
#undef new_utsname

int uname(struct utsname *buf);

#endif
