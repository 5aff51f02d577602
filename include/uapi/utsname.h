/*
 * What uname (122) fills in: Linux's struct new_utsname
 * (include/uapi/linux/utsname.h), six NUL-terminated strings. Shared by the
 * kernel (<uapi/utsname.h>) and the user library (<sys/utsname.h>, where C
 * calls it struct utsname).
 */
#ifndef UAPI_UTSNAME_H
#define UAPI_UTSNAME_H

#define __NEW_UTS_LEN	64	/* longest string, without its NUL */

struct new_utsname {
	char sysname[__NEW_UTS_LEN + 1];	/* "Linux": the ABI spoken */
	char nodename[__NEW_UTS_LEN + 1];
	char release[__NEW_UTS_LEN + 1];
	char version[__NEW_UTS_LEN + 1];
	char machine[__NEW_UTS_LEN + 1];
	char domainname[__NEW_UTS_LEN + 1];
};

#endif
