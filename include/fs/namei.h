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
	int link_count;		/* symbolic links followed so far in this lookup */
	char *link_buf;		/* kmalloc'd rest of the path after the last link, or NULL */
};

/* Most symbolic links one lookup follows (Linux's MAXSYMLINKS); one more is ELOOP. */
#define MAXSYMLINKS	40

/* path_lookup_at flags (Linux's LOOKUP_* values). */
#define LOOKUP_FOLLOW		0x0001	/* follow a symbolic link in the last component */
#define LOOKUP_DIRECTORY	0x0002	/* the last component must be a directory */
#define LOOKUP_EMPTY		0x4000	/* an empty path names dfd itself (AT_EMPTY_PATH) */

/* ---- fs/namei.c ---- */
char *getname(const char __user *upath, int *err);
struct inode *current_root(void);
struct inode *current_pwd(void);
int lookup_one(struct inode *dir, const char *name, int len, struct inode **res);
int inode_permission(struct inode *inode, int mask);
bool in_group_p(gid_t gid);
int may_delete(struct inode *dir, struct inode *victim);
int path_parent_at(int dfd, const char *path, struct nameidata *nd);
void path_release(struct nameidata *nd);
int follow_last_link(struct nameidata *nd, struct inode *link);
int path_lookup_at(int dfd, const char *path, unsigned int flags, struct inode **res);
int user_path_at(int dfd, const char __user *upath, unsigned int flags, struct inode **res);

/* ---- fs/fs_struct.c ---- */
char *d_path(struct inode *dir, char *buf, int *err);
int current_umask(void);

/* ---- fs/open.c ---- */
int do_truncate(struct inode *inode, loff_t length);

#endif
