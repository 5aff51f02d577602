/*
 * The records getdents (141) and getdents64 (220) pack into the caller's
 * buffer, and the d_type values, as Linux defines them (getdents(2); DT_*
 * as in include/linux/fs_types.h). Shared by the kernel (<uapi/dirent.h>)
 * and the user library (<dirent.h>).
 */
#ifndef UAPI_DIRENT_H
#define UAPI_DIRENT_H

#define DT_UNKNOWN	0
#define DT_FIFO		1
#define DT_CHR		2
#define DT_DIR		4
#define DT_BLK		6
#define DT_REG		8
#define DT_LNK		10
#define DT_SOCK		12

/* One record of getdents; d_type is the last byte of the record. */
struct linux_dirent {
	unsigned long d_ino;
	unsigned long d_off;		/* position of the next record */
	unsigned short d_reclen;	/* length of this record, bytes (a multiple of 4) */
	char d_name[];			/* NUL-terminated, then padding, then d_type */
};

/* One record of getdents64. */
struct linux_dirent64 {
	unsigned long long d_ino;
	long long d_off;		/* position of the next record */
	unsigned short d_reclen;	/* length of this record, bytes (a multiple of 8) */
	unsigned char d_type;
	char d_name[];			/* NUL-terminated, then padding */
};

#endif
