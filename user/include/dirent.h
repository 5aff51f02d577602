/*
 * Directory reading. getdents (141) fills a buffer with struct linux_dirent
 * records; opendir/readdir (user/lib/dirent.c) walk them one entry at a time.
 */
#ifndef _DIRENT_H
#define _DIRENT_H

#include_next <dirent.h>	/* struct linux_dirent, DT_* */
#include <sys/types.h>


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
