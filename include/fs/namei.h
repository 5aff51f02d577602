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

/* A kernel copy of a user path (kfree it), or NULL with *err = -EFAULT/-ENAMETOOLONG/-ENOMEM. */
char *getname(const char __user *upath, int *err);
/* Walk path up to its last component; 0 or -errno. */
int path_parent(const char *path, struct nameidata *nd);
/* Look up one name in dir (handles "." "..", and mount points); *res referenced. */
int lookup_one(struct inode *dir, const char *name, int len, struct inode **res);
/* The caller's fs_struct root and cwd (the system root before processes exist). */
struct inode *current_root(void);
struct inode *current_pwd(void);
/*
 * The path of inode from the process's root, built backwards into buf
 * (PATH_MAX bytes) by climbing ".." (directories) - for a file, pass its
 * directory and append the name. Returns the start, or NULL with *err.
 */
char *d_path(struct inode *dir, char *buf, int *err);
/* Set i_size and free what lies beyond (truncate, O_TRUNC); 0 or -errno. */
int do_truncate(struct inode *inode, loff_t length);

#endif
