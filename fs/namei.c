/*
 * Path lookup, and the system calls that change names: mkdir, unlink and
 * rmdir, and their *at forms. A path is walked one component at a time
 * from the process's root ('/'), its current directory, or for the *at
 * calls the directory open at a dirfd (AT_FDCWD: the current directory);
 * "." stays, ".." goes up, and a directory with a filesystem mounted on it
 * is replaced by that filesystem's root. The
 * errors are Linux's: ENOENT for a missing component, ENOTDIR when a
 * component that must be a directory is not, ENAMETOOLONG for a component
 * over 255 bytes or a path over 4095.
 */
#include <asm/uaccess.h>
#include <fs/fcntl.h>
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
 * The directory a walk of path starts from, referenced: the process's root
 * for an absolute path (dfd is not looked at), else the cwd for AT_FDCWD or
 * the directory open at dfd. -EBADF if dfd is not open, -ENOTDIR if it is
 * open on something else.
 */
static int walk_base(int dfd, const char *path, struct inode **base)
{
	struct file *file;

	if (*path == '/' || dfd == AT_FDCWD) {
		*base = igrab(*path == '/' ? current_root() : current_pwd());
		return 0;
	}
	file = fget(dfd);
	if (!file)
		return -EBADF;
	if (!S_ISDIR(file->f_inode->i_mode)) {
		fput(file);
		return -ENOTDIR;
	}
	*base = igrab(file->f_inode);
	fput(file);
	return 0;
}

/*
 * Walk path from directory dir (the caller's reference passes to the walk)
 * through all but its last component, which goes to nd->last. 0 with
 * nd->dir set, or -errno with nothing held. Linux 2.6: link_path_walk.
 */
static int link_path_walk(const char *path, struct inode *dir, struct nameidata *nd)
{
	const char *p = path;
	struct inode *next;
	int err;

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
 * Walk a kernel path up to its last component, from current's root for an
 * absolute path, else from the directory open at dfd or (AT_FDCWD) the
 * cwd: 0 with nd->dir the referenced parent directory and nd->last
 * pointing into path (so path must outlive nd); or -ENOENT (empty path, a
 * component missing), -EBADF or -ENOTDIR (dfd), -ENOTDIR (a component),
 * -ENAMETOOLONG (a component over NAME_MAX), -EIO..., holding nothing.
 * Release nd with path_release. Linux 2.6.16+: do_path_lookup(dfd, path,
 * LOOKUP_PARENT, nd).
 */
int path_parent_at(int dfd, const char *path, struct nameidata *nd)
{
	struct inode *dir;
	int err;

	nd->dir = NULL;
	if (!*path)
		return -ENOENT;
	err = walk_base(dfd, path, &dir);
	if (err)
		return err;
	return link_path_walk(path, dir, nd);
}

/* Drop what path_parent_at left in nd; harmless after its failure. */
void path_release(struct nameidata *nd)
{
	iput(nd->dir);
	nd->dir = NULL;
}

/*
 * The inode an empty path names under AT_EMPTY_PATH: the file open at dfd
 * (any kind), or the cwd for AT_FDCWD; referenced. -EBADF if dfd is not open.
 */
static int empty_path_inode(int dfd, struct inode **res)
{
	struct file *file;

	if (dfd == AT_FDCWD) {
		*res = igrab(current_pwd());
		return 0;
	}
	file = fget(dfd);
	if (!file)
		return -EBADF;
	*res = igrab(file->f_inode);
	fput(file);
	return 0;
}

/*
 * Walk a kernel path from dfd (see path_parent_at) to its inode: 0 with
 * *res referenced, or -ENOENT, -ENOTDIR (also for a trailing '/' on a
 * non-directory, or LOOKUP_DIRECTORY), -EBADF, -ENAMETOOLONG, -EIO... With
 * LOOKUP_EMPTY an empty path names dfd itself. LOOKUP_FOLLOW asks that a
 * symbolic link in the last component be followed. Linux 2.6.16+ has
 * do_path_lookup for this, filling a nameidata.
 */
int path_lookup_at(int dfd, const char *path, unsigned int flags, struct inode **res)
{
	struct nameidata nd;
	int err;

	if (!*path && (flags & LOOKUP_EMPTY))
		return empty_path_inode(dfd, res);
	err = path_parent_at(dfd, path, &nd);
	if (err)
		return err;
	err = lookup_one(nd.dir, nd.last, nd.last_len, res);
	if (!err && (nd.trailing_slash || (flags & LOOKUP_DIRECTORY)) &&
	    !S_ISDIR((*res)->i_mode)) {
		iput(*res);
		err = -ENOTDIR;
	}
	path_release(&nd);
	return err;
}

/*
 * Walk a kernel path from current's root or cwd to its inode, following
 * symbolic links: path_lookup_at(AT_FDCWD, path, LOOKUP_FOLLOW, res).
 */
int path_lookup(const char *path, struct inode **res)
{
	return path_lookup_at(AT_FDCWD, path, LOOKUP_FOLLOW, res);
}

/*
 * path_lookup_at for a user path: 0 with *res referenced, or -EFAULT,
 * -ENAMETOOLONG and the errors of path_lookup_at. Linux 2.6.28+ has
 * user_path_at, filling a struct path.
 */
int user_path_at(int dfd, const char __user *upath, unsigned int flags, struct inode **res)
{
	int err = 0;
	char *name = getname(upath, &err);

	if (!name)
		return err;
	err = path_lookup_at(dfd, name, flags, res);
	kfree(name);
	return err;
}

static bool is_dot_or_dotdot(const char *name, int len)
{
	return (len == 1 && name[0] == '.') || (len == 2 && name[0] == '.' && name[1] == '.');
}

/* Copy the user path and walk to its parent from dfd; the name buffer goes to *namep. */
static int user_path_parent(int dfd, const char __user *upath, struct nameidata *nd,
			    char **namep)
{
	int err = 0;
	char *name = getname(upath, &err);

	if (!name)
		return err;
	err = path_parent_at(dfd, name, nd);
	if (err) {
		kfree(name);
		return err;
	}
	*namep = name;
	return 0;
}

static long do_mkdirat(int dfd, const char __user *upath, umode_t mode)
{
	struct nameidata nd;
	struct inode *inode;
	char *name;
	int err = user_path_parent(dfd, upath, &nd, &name);

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
	path_release(&nd);
	kfree(name);
	return err;
}

/*
 * mkdirat(dfd, path, mode): 0, -EEXIST, -ENOENT, -ENOTDIR, -EBADF, -ENOSPC...
 * The umask is cleared from mode, and as in Linux a directory never gets
 * the set-user-ID or set-group-ID bit from it.
 */
SYSCALL_DEFINE3(mkdirat, int, dfd, const char __user *, pathname, umode_t, mode)
{
	return do_mkdirat(dfd, pathname, mode & ~current_umask() & (S_IRWXUGO | S_ISVTX));
}

/* mkdir(path, mode): mkdirat from the cwd. */
SYSCALL_DEFINE2(mkdir, const char __user *, pathname, umode_t, mode)
{
	return sys_mkdirat(AT_FDCWD, pathname, mode);
}

static long do_unlinkat(int dfd, const char __user *upath)
{
	struct nameidata nd;
	struct inode *inode;
	char *name;
	int err = user_path_parent(dfd, upath, &nd, &name);

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
	path_release(&nd);
	kfree(name);
	return err;
}

/* unlink(path): 0, -ENOENT, -EISDIR, -ENOTDIR... */
SYSCALL_DEFINE1(unlink, const char __user *, pathname)
{
	return do_unlinkat(AT_FDCWD, pathname);
}

static long do_rmdir(int dfd, const char __user *upath)
{
	struct nameidata nd;
	char *name;
	int err = user_path_parent(dfd, upath, &nd, &name);

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
	path_release(&nd);
	kfree(name);
	return err;
}

/* rmdir(path): 0, -ENOTEMPTY, -ENOTDIR, -EINVAL for ".", -EBUSY for a mount point. */
SYSCALL_DEFINE1(rmdir, const char __user *, pathname)
{
	return do_rmdir(AT_FDCWD, pathname);
}

/*
 * unlinkat(dfd, path, flags): unlink, or rmdir with AT_REMOVEDIR, of a
 * path walked from dfd; -EINVAL for any other flag.
 */
SYSCALL_DEFINE3(unlinkat, int, dfd, const char __user *, pathname, int, flag)
{
	if (flag & ~AT_REMOVEDIR)
		return -EINVAL;
	if (flag & AT_REMOVEDIR)
		return do_rmdir(dfd, pathname);
	return do_unlinkat(dfd, pathname);
}
