/*
 * Path lookup, and the system calls that change names: mkdir, unlink and
 * rmdir. A path is walked one component at a time from the process's root
 * ('/') or current directory; "." stays, ".." goes up, and a directory with
 * a filesystem mounted on it is replaced by that filesystem's root. The
 * errors are Linux's: ENOENT for a missing component, ENOTDIR when a
 * component that must be a directory is not, ENAMETOOLONG for a component
 * over 255 bytes or a path over 4095.
 */
#include <asm/uaccess.h>
#include <fs/fs.h>
#include <fs/namei.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <lib/string.h>
#include <mm/slab.h>
#include <uapi/errno.h>

/*
 * A kernel copy of the NUL-terminated user path upath, in a PATH_MAX buffer
 * the caller kfrees; or NULL with *err = -EFAULT, -ENAMETOOLONG (no NUL in
 * PATH_MAX bytes) or -ENOMEM.
 */
char *getname(const char __user *upath, int *err)
{
	char *buf = kmalloc(PATH_MAX);
	long len;

	if (!buf) {
		*err = -ENOMEM;
		return NULL;
	}
	len = strncpy_from_user(buf, upath, PATH_MAX);
	if (len < 0) {
		kfree(buf);
		*err = (int)len;
		return NULL;
	}
	return buf;
}

/*
 * The caller's root directory (its fs_struct's), or the system root before
 * there are processes. No reference is taken: igrab it to keep it.
 */
struct inode *current_root(void)
{
	if (current && current->fs && current->fs->root)
		return current->fs->root;
	return root_sb->s_root;
}

/* The caller's current directory, as current_root; no reference taken. */
struct inode *current_pwd(void)
{
	if (current && current->fs && current->fs->pwd)
		return current->fs->pwd;
	return root_sb->s_root;
}

/* Replace *ip by the root of whatever is mounted on it, repeatedly. */
static void follow_mount(struct inode **ip)
{
	while ((*ip)->i_mounted) {
		struct inode *root = igrab((*ip)->i_mounted->s_root);

		iput(*ip);
		*ip = root;
	}
}

/* "..": leave mounted filesystems through their mount point first. */
static int lookup_dotdot(struct inode *dir, struct inode **res)
{
	while (dir != current_root() && dir == dir->i_sb->s_root && dir->i_sb->s_mountpoint)
		dir = dir->i_sb->s_mountpoint;
	if (dir == current_root() || dir == dir->i_sb->s_root) {
		*res = igrab(dir);
		return 0;
	}
	return dir->i_op->lookup(dir, "..", 2, res);
}

/*
 * Look up one path component (len bytes, not NUL-terminated) in directory
 * dir: "" and "." are dir itself, ".." goes up (out of a mounted filesystem
 * through its mount point, never above the process's root), and a
 * directory something is mounted on gives that filesystem's root. Returns
 * 0 with *res referenced, -ENOTDIR if dir is not a directory, -ENOENT, or
 * the filesystem's error. The caller holds a reference on dir. Linux 2.6
 * has lookup_one_len for this.
 */
int lookup_one(struct inode *dir, const char *name, int len, struct inode **res)
{
	int err;

	if (!S_ISDIR(dir->i_mode))
		return -ENOTDIR;
	if (len == 0 || (len == 1 && name[0] == '.')) {
		*res = igrab(dir);
		return 0;
	}
	if (len == 2 && name[0] == '.' && name[1] == '.')
		return lookup_dotdot(dir, res);
	if (!dir->i_op || !dir->i_op->lookup)
		return -ENOTDIR;
	err = dir->i_op->lookup(dir, name, len, res);
	if (!err)
		follow_mount(res);
	return err;
}

/*
 * Walk a kernel path up to its last component, from current's root or cwd:
 * 0 with nd->dir the referenced parent directory and nd->last pointing into
 * path (so path must outlive nd); or -ENOENT (empty path, a component
 * missing), -ENOTDIR, -ENAMETOOLONG (a component over NAME_MAX), -EIO...
 * Linux 2.6: path_lookup with LOOKUP_PARENT.
 */
int path_parent(const char *path, struct nameidata *nd)
{
	struct inode *dir, *next;
	const char *p = path;
	int err;

	if (!*path)
		return -ENOENT;
	dir = igrab(*path == '/' ? current_root() : current_pwd());
	for (;;) {
		const char *name, *q;
		int len;

		while (*p == '/')
			p++;
		for (name = p; *p && *p != '/'; p++)
			;
		len = p - name;
		if (len > NAME_MAX) {
			iput(dir);
			return -ENAMETOOLONG;
		}
		for (q = p; *q == '/'; q++)
			;
		if (!*q) {
			nd->last = name;
			nd->last_len = len;
			nd->trailing_slash = *p == '/';
			break;
		}
		err = lookup_one(dir, name, len, &next);
		iput(dir);
		if (err)
			return err;
		dir = next;
	}
	if (!S_ISDIR(dir->i_mode)) {
		iput(dir);
		return -ENOTDIR;
	}
	nd->dir = dir;
	return 0;
}

/*
 * Walk a kernel path from current's root or cwd to its inode: 0 with *res
 * referenced, or -ENOENT, -ENOTDIR (also for a trailing '/' on a
 * non-directory), -ENAMETOOLONG, -EIO...
 */
int path_lookup(const char *path, struct inode **res)
{
	struct nameidata nd;
	int err = path_parent(path, &nd);

	if (err)
		return err;
	err = lookup_one(nd.dir, nd.last, nd.last_len, res);
	iput(nd.dir);
	if (!err && nd.trailing_slash && !S_ISDIR((*res)->i_mode)) {
		iput(*res);
		err = -ENOTDIR;
	}
	return err;
}

static bool is_dot_or_dotdot(const char *name, int len)
{
	return (len == 1 && name[0] == '.') || (len == 2 && name[0] == '.' && name[1] == '.');
}

/* Copy the user path and walk to its parent; the name buffer goes to *namep. */
static int user_path_parent(const char __user *upath, struct nameidata *nd, char **namep)
{
	int err = 0;
	char *name = getname(upath, &err);

	if (!name)
		return err;
	err = path_parent(name, nd);
	if (err) {
		kfree(name);
		return err;
	}
	*namep = name;
	return 0;
}

static long do_mkdir(const char __user *upath, umode_t mode)
{
	struct nameidata nd;
	struct inode *inode;
	char *name;
	int err = user_path_parent(upath, &nd, &name);

	if (err)
		return err;
	if (!nd.last_len || is_dot_or_dotdot(nd.last, nd.last_len))
		err = -EEXIST;
	else if ((err = lookup_one(nd.dir, nd.last, nd.last_len, &inode)) == 0) {
		iput(inode);
		err = -EEXIST;
	} else if (err == -ENOENT) {
		if (!nd.dir->i_nlink)
			err = -ENOENT;	/* the directory was removed */
		else if (!nd.dir->i_op->mkdir)
			err = -EPERM;
		else
			err = nd.dir->i_op->mkdir(nd.dir, nd.last, nd.last_len, mode);
	}
	iput(nd.dir);
	kfree(name);
	return err;
}

/* mkdir(path, mode): 0, -EEXIST, -ENOENT, -ENOTDIR, -ENOSPC... */
SYSCALL_DEFINE2(mkdir, const char __user *, pathname, umode_t, mode)
{
	return do_mkdir(pathname, mode & S_IALLUGO);
}

static long do_unlink(const char __user *upath)
{
	struct nameidata nd;
	struct inode *inode;
	char *name;
	int err = user_path_parent(upath, &nd, &name);

	if (err)
		return err;
	if (!nd.last_len || is_dot_or_dotdot(nd.last, nd.last_len)) {
		err = -EISDIR;
	} else if ((err = lookup_one(nd.dir, nd.last, nd.last_len, &inode)) == 0) {
		if (S_ISDIR(inode->i_mode))
			err = -EISDIR;
		else if (nd.trailing_slash)
			err = -ENOTDIR;
		else if (!nd.dir->i_op->unlink)
			err = -EACCES;
		else
			err = nd.dir->i_op->unlink(nd.dir, nd.last, nd.last_len);
		iput(inode);
	}
	iput(nd.dir);
	kfree(name);
	return err;
}

/* unlink(path): 0, -ENOENT, -EISDIR, -ENOTDIR... */
SYSCALL_DEFINE1(unlink, const char __user *, pathname)
{
	return do_unlink(pathname);
}

static long do_rmdir(const char __user *upath)
{
	struct nameidata nd;
	char *name;
	int err = user_path_parent(upath, &nd, &name);

	if (err)
		return err;
	if (!nd.last_len)
		err = -EBUSY;
	else if (nd.last_len == 1 && nd.last[0] == '.')
		err = -EINVAL;
	else if (nd.last_len == 2 && nd.last[0] == '.' && nd.last[1] == '.')
		err = -ENOTEMPTY;
	else if (!nd.dir->i_op->rmdir)
		err = -EACCES;
	else
		err = nd.dir->i_op->rmdir(nd.dir, nd.last, nd.last_len);
	iput(nd.dir);
	kfree(name);
	return err;
}

/* rmdir(path): 0, -ENOTEMPTY, -ENOTDIR, -EINVAL for ".", -EBUSY for a mount point. */
SYSCALL_DEFINE1(rmdir, const char __user *, pathname)
{
	return do_rmdir(pathname);
}
