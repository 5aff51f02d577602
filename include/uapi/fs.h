/*
 * lseek() whences, the Linux values (include/uapi/linux/fs.h). Shared by the
 * kernel (<uapi/fs.h>) and the user library (<unistd.h>).
 */
#ifndef UAPI_FS_H
#define UAPI_FS_H

#define SEEK_SET	0	/* offset from the start of the file */
#define SEEK_CUR	1	/* offset from the current position */
#define SEEK_END	2	/* offset from the end of the file */

#endif
