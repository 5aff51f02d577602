/* opendir/readdir over getdents(141): one buffer of records per DIR. */
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "libc.h"

struct __dirstream {
	int fd;
	int pos;		/* next record in buf */
	int len;		/* bytes of records in buf */
	struct dirent entry;	/* what readdir returns */
	char buf[2048];
};

DIR *opendir(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY);
	DIR *d;

	if (fd < 0)
		return NULL;
	d = malloc(sizeof(*d));
	if (!d) {
		close(fd);
		return NULL;
	}
	d->fd = fd;
	d->pos = d->len = 0;
	return d;
}

struct dirent *readdir(DIR *d)
{
	struct linux_dirent *ld;
	size_t namelen;

	if (d->pos >= d->len) {
		int n = getdents(d->fd, (struct linux_dirent *)d->buf, sizeof(d->buf));

		if (n <= 0)
			return NULL;
		d->len = n;
		d->pos = 0;
	}
	ld = (struct linux_dirent *)(d->buf + d->pos);
	d->pos += ld->d_reclen;
	d->entry.d_ino = ld->d_ino;
	d->entry.d_off = ld->d_off;
	d->entry.d_reclen = sizeof(d->entry);
	d->entry.d_type = *((unsigned char *)ld + ld->d_reclen - 1);
	namelen = strnlen(ld->d_name, sizeof(d->entry.d_name) - 1);
	memcpy(d->entry.d_name, ld->d_name, namelen);
	d->entry.d_name[namelen] = '\0';
	return &d->entry;
}

int closedir(DIR *d)
{
	int r = close(d->fd);

	free(d);
	return r;
}

int dirfd(DIR *d)
{
	return d->fd;
}
