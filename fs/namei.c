/*
 * Path lookup, and the system calls that change names: mkdir, unlink,
 * rmdir, symlink, link and rename, and their *at forms. A path is walked
 * one component at a time from the process's root ('/'), its current
 * directory, or for the *at calls the directory open at a dirfd
 * (AT_FDCWD: the current directory); "." stays, ".." goes up, and a directory with a filesystem mounted on it
 * is replaced by that filesystem's root. A symbolic link is followed
 * wherever it stands in a path but the last component, and there when
 * the call says so (stat yes, lstat no), up to MAXSYMLINKS links per
 * lookup; a relative target is walked from the link's directory. The
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

/* in_group_p - is gid the caller's filesystem gid or one of its supplementary groups? */
bool in_group_p(gid_t gid)
{
	int i;

	if (gid == current->fsgid)
		return true;
	for (i = 0; i < current->ngroups; i++)
		if (current->groups[i] == gid)
			return true;
	return false;
}

/*
 * inode_permission - may the caller access inode as mask (MAY_READ,
 * MAY_WRITE, MAY_EXEC) asks? The Unix rules with the caller's filesystem
 * ids, as Linux's generic_permission: the owner's bits for the owner, the
 * group's for a member, the others' otherwise; root (fsuid 0, Linux's
 * CAP_DAC_OVERRIDE) may read and write anything and execute what has an x
 * bit somewhere (and search any directory). Writing a file, directory or
 * link of a read-only ext2 is -EROFS; otherwise 0 or -EACCES.
 */
int inode_permission(struct inode *inode, int mask)
{
	umode_t mode = inode->i_mode, type = mode & S_IFMT;
	unsigned int fsuid = current ? current->fsuid : 0;

	if ((mask & MAY_WRITE) && inode->i_sb->s_readonly && inode->i_sb->s_bdev &&
	    (type == S_IFREG || type == S_IFDIR || type == S_IFLNK))
		return -EROFS;
	if (fsuid == 0) {
		if (!(mask & MAY_EXEC) || type == S_IFDIR || (mode & S_IXUGO))
			return 0;
		return -EACCES;
	}
	if (fsuid == inode->i_uid)
		mode >>= 6;
	else if (in_group_p(inode->i_gid))
		mode >>= 3;
	return ((mode & mask & 7) == (mask & 7)) ? 0 : -EACCES;
}

/*
 * may_delete - may the caller remove victim from dir? Write and search on
 * dir, and in a sticky directory (/tmp) only the victim's or the
 * directory's owner, or root: 0, -EACCES, -EPERM. (Linux's may_delete.)
 */
int may_delete(struct inode *dir, struct inode *victim)
{
	int err = inode_permission(dir, MAY_WRITE | MAY_EXEC);
	unsigned int fsuid = current ? current->fsuid : 0;

	if (err)
		return err;
	if ((dir->i_mode & S_ISVTX) && fsuid && fsuid != victim->i_uid && fsuid != dir->i_uid)
		return -EPERM;
	return 0;
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
	file = fget_raw(dfd);
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
 * Make the rest of a walk the target of the symbolic link `link` followed
 * by rest (what came after the link's component: "" or "/..."), in a new
 * buffer nd owns: *path points at it. The walk goes on from the directory
 * holding the link, or from the root for an absolute target (*dir is
 * replaced then). -ELOOP past MAXSYMLINKS links in one lookup, -ENOENT
 * for an empty target, -ENAMETOOLONG if the two do not fit in PATH_MAX,
 * -ENOMEM, or the filesystem's error; nothing changes on failure. rest may
 * point into the buffer being replaced.
 */
static int expand_link(struct nameidata *nd, struct inode *link, const char *rest,
		       const char **path, struct inode **dir)
{
	size_t restlen = strlen(rest);
	char *buf;
	int len;

	if (++nd->link_count > MAXSYMLINKS)
		return -ELOOP;
	if (!link->i_op || !link->i_op->get_link)
		return -EIO;
	buf = kmalloc(PATH_MAX);
	if (!buf)
		return -ENOMEM;
	len = link->i_op->get_link(link, buf);
	if (len <= 0 || (size_t)len + restlen >= PATH_MAX) {
		kfree(buf);
		return len < 0 ? len : len ? -ENAMETOOLONG : -ENOENT;
	}
	memcpy(buf + len, rest, restlen + 1);
	kfree(nd->link_buf);
	nd->link_buf = buf;
	*path = buf;
	if (*buf == '/') {
		iput(*dir);
		*dir = igrab(current_root());
	}
	return 0;
}

/*
 * Walk path from directory dir (the caller's reference passes to the walk)
 * through all but its last component, which goes to nd->last; a symbolic
 * link met on the way is followed, its target walked from the directory
 * holding it. 0 with nd->dir set, or -errno with nothing held (nd->dir
 * NULL). Linux 2.6: link_path_walk.
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
		err = -ENAMETOOLONG;
		if (len > NAME_MAX)
			goto fail;
		for (q = p; *q == '/'; q++)
			;
		/* Search permission on every directory walked through, the last one too. */
		if (S_ISDIR(dir->i_mode) && (err = inode_permission(dir, MAY_EXEC)))
			goto fail;
		if (!*q) {
			nd->last = name;
			nd->last_len = len;
			nd->trailing_slash = *p == '/';
			break;
		}
		err = lookup_one(dir, name, len, &next);
		if (err)
			goto fail;
		if (S_ISLNK(next->i_mode)) {
			err = expand_link(nd, next, p, &p, &dir);
			iput(next);
			if (err)
				goto fail;
			continue;
		}
		iput(dir);
		dir = next;
	}
	err = -ENOTDIR;
	if (!S_ISDIR(dir->i_mode))
		goto fail;
	nd->dir = dir;
	return 0;
fail:
	iput(dir);
	nd->dir = NULL;
	return err;
}

/*
 * Walk a kernel path up to its last component, from current's root for an
 * absolute path, else from the directory open at dfd or (AT_FDCWD) the
 * cwd, following symbolic links in the components before the last: 0
 * with nd->dir the referenced parent directory and nd->last pointing into
 * path or a buffer nd owns (so path must outlive nd); or -ENOENT (empty
 * path, a component missing), -EBADF or -ENOTDIR (dfd), -ENOTDIR (a
 * component), -ENAMETOOLONG (a component over NAME_MAX), -ELOOP, -EIO...,
 * holding nothing then. Release nd with path_release (harmless after a
 * failure). Linux 2.6.16+: do_path_lookup(dfd, path, LOOKUP_PARENT, nd).
 */
int path_parent_at(int dfd, const char *path, struct nameidata *nd)
{
	struct inode *dir;
	int err;

	nd->dir = NULL;
	nd->link_buf = NULL;
	nd->link_count = 0;
	if (!*path)
		return -ENOENT;
	err = walk_base(dfd, path, &dir);
	if (!err)
		err = link_path_walk(path, dir, nd);
	if (err)
		path_release(nd);
	return err;
}

/* Drop what path_parent_at left in nd (the directory, the link buffer); idempotent. */
void path_release(struct nameidata *nd)
{
	iput(nd->dir);
	nd->dir = NULL;
	kfree(nd->link_buf);
	nd->link_buf = NULL;
}

/*
 * The last component of nd is the symbolic link `link`: walk its target
 * (with the trailing '/' the path had) to a new parent and last component
 * in nd. 0, or -errno with nd->dir NULL; either way nd is released with
 * path_release. Linux 2.6 follows it in do_follow_link.
 */
int follow_last_link(struct nameidata *nd, struct inode *link)
{
	struct inode *dir = nd->dir;
	const char *path;
	int err = expand_link(nd, link, nd->trailing_slash ? "/" : "", &path, &dir);

	nd->dir = NULL;
	if (err) {
		iput(dir);
		return err;
	}
	return link_path_walk(path, dir, nd);
}

/*
 * Look up the last component of nd, following a symbolic link there (and
 * the links it leads to) if flags has LOOKUP_FOLLOW or the path ended in
 * '/', as Linux does: 0 with *res referenced (a link itself without
 * LOOKUP_FOLLOW), or -errno.
 */
static int walk_last(struct nameidata *nd, unsigned int flags, struct inode **res)
{
	int err;

	for (;;) {
		err = lookup_one(nd->dir, nd->last, nd->last_len, res);
		if (err || !S_ISLNK((*res)->i_mode))
			return err;
		if (!(flags & LOOKUP_FOLLOW) && !nd->trailing_slash)
			return 0;
		err = follow_last_link(nd, *res);
		iput(*res);
		if (err)
			return err;
	}
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
	file = fget_raw(dfd);
	if (!file)
		return -EBADF;
	*res = igrab(file->f_inode);
	fput(file);
	return 0;
}

/*
 * Walk a kernel path from dfd (see path_parent_at) to its inode: 0 with
 * *res referenced, or -ENOENT, -ENOTDIR (also for a trailing '/' on a
 * non-directory, or LOOKUP_DIRECTORY), -EBADF, -ENAMETOOLONG, -ELOOP,
 * -EIO... With LOOKUP_EMPTY an empty path names dfd itself. LOOKUP_FOLLOW
 * follows a symbolic link in the last component; links before it are
 * always followed. Linux 2.6.16+ has do_path_lookup for this, filling a
 * nameidata.
 */
int path_lookup_at(int dfd, const char *path, unsigned int flags, struct inode **res)
{
	struct nameidata nd;
	int err;

	if (!*path && (flags & LOOKUP_EMPTY))
		return empty_path_inode(dfd, res);
	err = path_parent_at(dfd, path, &nd);
	if (!err)
		err = walk_last(&nd, flags, res);
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

/*
 * Check that the last component of nd may be created (mkdir, symlink, the
 * new name of link), as Linux 2.6's lookup_create (3.x: filename_create)
 * does: 0, or -EEXIST for "", "." or ".." or a name that exists (a
 * symbolic link too, even a dangling one: it is not followed), -ENOENT for
 * a trailing '/' on anything but a new directory or in a directory that
 * was removed, or the lookup's error.
 */
static int lookup_create(struct nameidata *nd, bool is_dir)
{
	struct inode *inode;
	int err;

	if (!nd->last_len || is_dot_or_dotdot(nd->last, nd->last_len))
		return -EEXIST;
	err = lookup_one(nd->dir, nd->last, nd->last_len, &inode);
	if (!err) {
		iput(inode);
		return -EEXIST;
	}
	if (err != -ENOENT)
		return err;
	if ((nd->trailing_slash && !is_dir) || !nd->dir->i_nlink)
		return -ENOENT;
	return inode_permission(nd->dir, MAY_WRITE | MAY_EXEC);
}

static long do_mkdirat(int dfd, const char __user *upath, umode_t mode)
{
	struct nameidata nd;
	char *name;
	int err = user_path_parent(dfd, upath, &nd, &name);

	if (err)
		return err;
	err = lookup_create(&nd, true);
	if (!err)
		err = nd.dir->i_op->mkdir ? nd.dir->i_op->mkdir(nd.dir, nd.last, nd.last_len, mode)
					  : -EPERM;
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

/*
 * mknodat(dfd, path, mode, dev): a FIFO (S_IFIFO), socket (S_IFSOCK),
 * regular file (S_IFREG or no type), or - privileged - a character or
 * block device of number dev (Linux's old 8:8 encoding, as the i386 call
 * passes it). The umask applies. -EPERM for a device without privilege
 * or a directory; -EINVAL for any other type; then as mkdirat.
 */
SYSCALL_DEFINE4(mknodat, int, dfd, const char __user *, pathname, umode_t, mode, unsigned int, dev)
{
	struct nameidata nd;
	char *name;
	int err;

	if (!(mode & S_IFMT))
		mode |= S_IFREG;
	switch (mode & S_IFMT) {
	case S_IFCHR:
	case S_IFBLK:
		if (current->euid != 0)
			return -EPERM;
		break;
	case S_IFREG:
	case S_IFIFO:
	case S_IFSOCK:
		break;
	case S_IFDIR:
		return -EPERM;
	default:
		return -EINVAL;
	}
	mode = (mode & S_IFMT) | (mode & ~current_umask() & S_IALLUGO);
	err = user_path_parent(dfd, pathname, &nd, &name);
	if (err)
		return err;
	err = lookup_create(&nd, false);
	if (!err)
		err = nd.dir->i_op->mknod ? nd.dir->i_op->mknod(nd.dir, nd.last, nd.last_len, mode,
								dev & 0xffff) : -EPERM;
	path_release(&nd);
	kfree(name);
	return err;
}

/* mknod(path, mode, dev): mknodat from the cwd. */
SYSCALL_DEFINE3(mknod, const char __user *, pathname, umode_t, mode, unsigned int, dev)
{
	return sys_mknodat(AT_FDCWD, pathname, mode, dev);
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
		else if (!(err = may_delete(nd.dir, inode)))
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

/* may_delete for rmdir's victim, looked up first (a missing one is the rmdir's -ENOENT). */
static int rmdir_allowed(struct nameidata *nd)
{
	struct inode *victim;
	int err = lookup_one(nd->dir, nd->last, nd->last_len, &victim);

	if (err)
		return err;
	err = may_delete(nd->dir, victim);
	iput(victim);
	return err;
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
	else if (!(err = rmdir_allowed(&nd)))
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

/*
 * symlinkat(target, dfd, path): a new symbolic link at a path walked from
 * dfd, holding target (not looked at: it may name nothing). 0, -ENOENT for
 * an empty target or a trailing '/', -EEXIST, -ENAMETOOLONG (a target
 * longer than a block less one byte), -EPERM where the filesystem has no
 * links (procfs), -ENOSPC...
 */
SYSCALL_DEFINE3(symlinkat, const char __user *, oldname, int, newdfd,
		const char __user *, newname)
{
	struct nameidata nd;
	char *target, *name;
	int err = 0;

	target = getname(oldname, &err);
	if (!target)
		return err;
	err = *target ? user_path_parent(newdfd, newname, &nd, &name) : -ENOENT;
	if (!err) {
		err = lookup_create(&nd, false);
		if (!err)
			err = nd.dir->i_op->symlink ?
			      nd.dir->i_op->symlink(nd.dir, nd.last, nd.last_len, target) : -EPERM;
		path_release(&nd);
		kfree(name);
	}
	kfree(target);
	return err;
}

/* symlink(target, path): symlinkat from the cwd. */
SYSCALL_DEFINE2(symlink, const char __user *, oldname, const char __user *, newname)
{
	return sys_symlinkat(oldname, AT_FDCWD, newname);
}

/* Give inode the new name nd describes (already checked to be free). */
static int vfs_link(struct inode *inode, struct nameidata *nd)
{
	if (inode->i_sb != nd->dir->i_sb)
		return -EXDEV;
	if (S_ISDIR(inode->i_mode))
		return -EPERM;
	if (!inode->i_nlink)
		return -ENOENT;		/* an open file with no name left */
	if (!nd->dir->i_op->link)
		return -EPERM;
	return nd->dir->i_op->link(inode, nd->dir, nd->last, nd->last_len);
}

/*
 * linkat(olddfd, oldpath, newdfd, newpath, flags): a new name (hard link)
 * for the file oldpath names, each path walked from its dfd. A symbolic
 * link in oldpath's last component is linked itself unless
 * AT_SYMLINK_FOLLOW; AT_EMPTY_PATH with "" links the file open at olddfd.
 * 0, -EINVAL for another flag, -EEXIST, -EPERM for a directory, -EXDEV
 * across filesystems, -EMLINK, -ENOENT...
 */
SYSCALL_DEFINE5(linkat, int, olddfd, const char __user *, oldname, int, newdfd,
		const char __user *, newname, int, flags)
{
	unsigned int lookup = 0;
	struct nameidata nd;
	struct inode *inode;
	char *name;
	int err;

	if (flags & ~(AT_SYMLINK_FOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	if (flags & AT_SYMLINK_FOLLOW)
		lookup |= LOOKUP_FOLLOW;
	if (flags & AT_EMPTY_PATH)
		lookup |= LOOKUP_EMPTY;
	err = user_path_at(olddfd, oldname, lookup, &inode);
	if (err)
		return err;
	err = user_path_parent(newdfd, newname, &nd, &name);
	if (!err) {
		err = lookup_create(&nd, false);
		if (!err)
			err = vfs_link(inode, &nd);
		path_release(&nd);
		kfree(name);
	}
	iput(inode);
	return err;
}

/* link(oldpath, newpath): linkat from the cwd, not following a symbolic link. */
SYSCALL_DEFINE2(link, const char __user *, oldname, const char __user *, newname)
{
	return sys_linkat(AT_FDCWD, oldname, AT_FDCWD, newname, 0);
}

/*
 * Whether directory anc is dir itself or one of its ancestors on dir's
 * filesystem: 1, 0, or -errno (a ".." could not be read; -EIO for a cycle
 * of ".." entries, which only damage makes). Linux asks its dentry tree
 * (d_ancestor); without one we climb "..", as getcwd does.
 */
static int is_ancestor(struct inode *anc, struct inode *dir)
{
	struct inode *p = igrab(dir), *parent;
	int err = 0, depth;

	for (depth = 0; p != anc; depth++) {
		if (p == p->i_sb->s_root)
			break;
		err = -EIO;
		if (depth > PATH_MAX / 2 || !p->i_op || !p->i_op->lookup)
			break;
		err = p->i_op->lookup(p, "..", 2, &parent);
		if (err)
			break;
		iput(p);
		p = parent;
	}
	if (p == anc)
		err = 1;
	iput(p);
	return err;
}

/*
 * The rules of rename(2) that need both inodes (rd filled, new_inode
 * possibly NULL), in Linux's order: -ENOENT, -EEXIST (the flags),
 * -ENOTDIR for a trailing '/' on a non-directory, -EINVAL for moving a
 * directory into itself, -ENOTEMPTY for a target that holds the source,
 * -ENOTDIR/-EISDIR for replacing across file types, -EBUSY for a mount
 * point.
 */
static int rename_checks(struct renamedata *rd, bool old_slash, bool new_slash)
{
	struct inode *old = rd->old_inode, *new = rd->new_inode;
	bool exchange = rd->flags & RENAME_EXCHANGE;
	int err;

	if (exchange && !new)
		return -ENOENT;
	if ((rd->flags & RENAME_NOREPLACE) && new)
		return -EEXIST;
	if (exchange && !S_ISDIR(new->i_mode) && new_slash)
		return -ENOTDIR;
	if (!S_ISDIR(old->i_mode) && (old_slash || (!exchange && new_slash)))
		return -ENOTDIR;
	if (S_ISDIR(old->i_mode) && (err = is_ancestor(old, rd->new_dir)))
		return err < 0 ? err : -EINVAL;
	if (new && S_ISDIR(new->i_mode) && (err = is_ancestor(new, rd->old_dir)))
		return err < 0 ? err : exchange ? -EINVAL : -ENOTEMPTY;
	if (old == new)
		return 0;
	if (new && !exchange && S_ISDIR(old->i_mode) != S_ISDIR(new->i_mode))
		return S_ISDIR(old->i_mode) ? -ENOTDIR : -EISDIR;
	if (old->i_sb != rd->old_dir->i_sb || (new && new->i_sb != rd->new_dir->i_sb))
		return -EBUSY;
	if (!rd->new_dir->i_nlink)
		return -ENOENT;
	return 0;
}

/* A last component rename may take: a name, not "", "." or "..". */
static bool is_normal_last(struct nameidata *nd)
{
	return nd->last_len && !is_dot_or_dotdot(nd->last, nd->last_len);
}

/* Rename between the two walked paths: look both names up, check, and move. */
static int vfs_rename(struct nameidata *oldnd, struct nameidata *newnd, unsigned int flags)
{
	struct renamedata rd = {
		oldnd->dir, oldnd->last, oldnd->last_len, NULL,
		newnd->dir, newnd->last, newnd->last_len, NULL, flags,
	};
	int err;

	if (rd.old_dir->i_sb != rd.new_dir->i_sb)
		return -EXDEV;
	if (!is_normal_last(oldnd))
		return -EBUSY;
	if (!is_normal_last(newnd))
		return flags & RENAME_NOREPLACE ? -EEXIST : -EBUSY;
	err = lookup_one(rd.old_dir, rd.old_name, rd.old_len, &rd.old_inode);
	if (err)
		return err;
	err = lookup_one(rd.new_dir, rd.new_name, rd.new_len, &rd.new_inode);
	if (err == -ENOENT)
		err = 0;
	if (!err)
		err = rename_checks(&rd, oldnd->trailing_slash, newnd->trailing_slash);
	if (!err && rd.old_inode != rd.new_inode)
		err = rd.old_dir->i_op->rename ? rd.old_dir->i_op->rename(&rd) : -EPERM;
	iput(rd.old_inode);
	iput(rd.new_inode);
	return err;
}

/*
 * renameat2(olddfd, oldpath, newdfd, newpath, flags): give the file
 * oldpath names the name newpath, each walked from its dfd; symbolic links
 * in the last components are renamed, not followed. An existing newpath
 * is replaced (a directory only by a directory, and only if empty);
 * RENAME_NOREPLACE refuses to (-EEXIST) and RENAME_EXCHANGE swaps the two.
 * Two names of one file: 0 and nothing happens. 0, -EINVAL (flags, or a
 * directory into itself), -EXDEV across filesystems, -EBUSY for ".", ".."
 * or a mount point, -ENOTEMPTY, -EISDIR, -ENOTDIR, -ENOENT... Linux 3.15+.
 */
SYSCALL_DEFINE5(renameat2, int, olddfd, const char __user *, oldname, int, newdfd,
		const char __user *, newname, unsigned int, flags)
{
	struct nameidata oldnd, newnd;
	char *oldbuf, *newbuf;
	int err;

	if (flags & ~(RENAME_NOREPLACE | RENAME_EXCHANGE | RENAME_WHITEOUT))
		return -EINVAL;
	if ((flags & (RENAME_NOREPLACE | RENAME_WHITEOUT)) && (flags & RENAME_EXCHANGE))
		return -EINVAL;
	if (flags & RENAME_WHITEOUT)
		return -EINVAL;		/* as Linux's ext2: no whiteouts */
	err = user_path_parent(olddfd, oldname, &oldnd, &oldbuf);
	if (err)
		return err;
	err = user_path_parent(newdfd, newname, &newnd, &newbuf);
	if (!err) {
		err = vfs_rename(&oldnd, &newnd, flags);
		path_release(&newnd);
		kfree(newbuf);
	}
	path_release(&oldnd);
	kfree(oldbuf);
	return err;
}

/* renameat(olddfd, oldpath, newdfd, newpath): renameat2 without flags. */
SYSCALL_DEFINE4(renameat, int, olddfd, const char __user *, oldname, int, newdfd,
		const char __user *, newname)
{
	return sys_renameat2(olddfd, oldname, newdfd, newname, 0);
}

/* rename(oldpath, newpath): renameat2 from the cwd, without flags. */
SYSCALL_DEFINE2(rename, const char __user *, oldname, const char __user *, newname)
{
	return sys_renameat2(AT_FDCWD, oldname, AT_FDCWD, newname, 0);
}
