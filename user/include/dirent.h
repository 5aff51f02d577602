/*
 * Directory reading. getdents (141) fills a buffer with struct linux_dirent
 * records; opendir/readdir (user/lib/dirent.c) walk them one entry at a time.
 */
#ifndef _DIRENT_H
#define _DIRENT_H

#include <sys/types.h>

/* One record of getdents(2); d_type is the last byte of the record. */
struct linux_dirent {
	unsigned long d_ino;
	unsigned long d_off;		/* position of the next record */
	unsigned short d_reclen;	/* length of this record, bytes */
	char d_name[];			/* NUL-terminated, then padding, then d_type */
};

#define DT_UNKNOWN	0
#define DT_FIFO		1
#define DT_CHR		2
#define DT_DIR		4
#define DT_BLK		6
#define DT_REG		8
#define DT_LNK		10
#define DT_SOCK		12

struct dirent {
	unsigned long d_ino;
	unsigned long d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[256];
};

typedef struct __dirstream DIR;

/* Returns bytes filled, 0 at the end, -1 with errno. */
int getdents(int fd, struct linux_dirent *dirp, unsigned int count);
DIR *opendir(const char *path);
/* The next entry (valid until the next call), or NULL at the end or on error. */
struct dirent *readdir(DIR *dir);
int closedir(DIR *dir);
int dirfd(DIR *dir);

#endif
