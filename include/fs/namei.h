/* Helpers shared by the fs/ system calls: names from user space, path walks. */
#ifndef FS_NAMEI_H
#define FS_NAMEI_H

#include <fs/fs.h>

/* The result of walking all but the last component of a path. */
struct nameidata {
	struct inode *dir;	/* the parent directory, referenced */
	const char *last;	/* last component (not NUL-terminated), may be empty */
	int last_len;
	bool trailing_slash;	/* the path ended in '/' */
};

/* ---- fs/namei.c ---- */
char *getname(const char __user *upath, int *err);
int path_parent(const char *path, struct nameidata *nd);
int lookup_one(struct inode *dir, const char *name, int len, struct inode **res);
struct inode *current_root(void);
struct inode *current_pwd(void);

/* ---- fs/fs_struct.c ---- */
char *d_path(struct inode *dir, char *buf, int *err);

/* ---- fs/open.c ---- */
int do_truncate(struct inode *inode, loff_t length);

#endif
