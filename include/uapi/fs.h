/*
 * lseek() whences and renameat2 flags, the Linux values
 * (include/uapi/linux/fs.h). Shared by the kernel (<uapi/fs.h>) and the
 * user library (<unistd.h>).
 */
#ifndef UAPI_FS_H
#define UAPI_FS_H

#define SEEK_SET	0	/* offset from the start of the file */
#define SEEK_CUR	1	/* offset from the current position */
#define SEEK_END	2	/* offset from the end of the file */
#define SEEK_DATA	3	/* the next byte at or after offset that holds data */
#define SEEK_HOLE	4	/* the next hole at or after offset (the end is one) */

/* renameat2 flags. */
#define RENAME_NOREPLACE	(1 << 0)	/* fail with EEXIST if the new name exists */
#define RENAME_EXCHANGE		(1 << 1)	/* swap the two names, which must both exist */
#define RENAME_WHITEOUT		(1 << 2)	/* for overlay filesystems: EINVAL here */

#endif
