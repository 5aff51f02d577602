/*
 * The current directory: chdir and getcwd, the file-creation mask (umask),
 * and the fs_struct that holds them, which fork copies and exit drops. getcwd keeps no names: it climbs "..", finding at
 * each level the name under which the parent lists the child's inode, as
 * early Unix pwd did; a mounted filesystem's root is left through its
 * mount point.
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
 * A fs_struct (count 1) with root and cwd at the root of the root
 * filesystem, which must be mounted, and Linux's initial umask 022: for
 * init. NULL without memory.
 */
struct fs_struct *alloc_fs_struct(void)
{
	struct fs_struct *fs = kzalloc(sizeof(*fs));

	if (!fs)
		return NULL;
	fs->count = 1;
	fs->root = igrab(root_sb->s_root);
	fs->pwd = igrab(root_sb->s_root);
	fs->umask = 0022;
	return fs;
}

/*
 * fork: a copy of old (count 1) with references on its root and cwd and
 * the same umask, or NULL.
 */
struct fs_struct *copy_fs_struct(struct fs_struct *old)
{
	struct fs_struct *fs = kzalloc(sizeof(*fs));

	if (!fs)
		return NULL;
	fs->count = 1;
	fs->root = igrab(old->root);
	fs->pwd = igrab(old->pwd);
	fs->umask = old->umask;
	return fs;
}

/* exit: drop one user; the last drops root and cwd and frees it. NULL is allowed. */
void put_fs_struct(struct fs_struct *fs)
{
	if (!fs || --fs->count > 0)
		return;
	iput(fs->root);
	iput(fs->pwd);
	kfree(fs);
}

/*
 * The caller's file-creation mask, or 0 before there are processes (the
 * kernel's own creations keep their modes). Linux 2.6.30+ name.
 */
int current_umask(void)
{
	return current && current->fs ? current->fs->umask : 0;
}

/*
 * umask(mask): set the caller's file-creation mask to the permission bits
 * of mask (the rest are dropped); returns the old mask. It cannot fail.
 */
SYSCALL_DEFINE1(umask, int, mask)
{
	int old;

	if (!current || !current->fs)
		return 0;
	old = current->fs->umask;
	current->fs->umask = mask & S_IRWXUGO;
	return old;
}

/*
 * Make the directory inode (a reference the caller gives up) the current
 * one: -ENOTDIR for another file, -EACCES without search permission, as
 * Linux's chdir and fchdir check.
 */
static long set_pwd(struct inode *inode)
{
	long err = S_ISDIR(inode->i_mode) ? inode_permission(inode, MAY_EXEC) : -ENOTDIR;

	if (!err && (!current || !current->fs))
		err = -ENOSYS;
	if (err) {
		iput(inode);
		return err;
	}
	iput(current->fs->pwd);
	current->fs->pwd = inode;
	return 0;
}

/* chdir(path): 0, -ENOENT, -ENOTDIR, -EACCES... */
SYSCALL_DEFINE1(chdir, const char __user *, filename)
{
	struct inode *inode;
	int err = 0;
	char *name = getname(filename, &err);

	if (!name)
		return err;
	err = path_lookup(name, &inode);
	kfree(name);
	if (err)
		return err;
	return set_pwd(inode);
}

/* fchdir(fd): chdir to the directory open at fd (O_PATH too); -EBADF, -ENOTDIR, -EACCES. */
SYSCALL_DEFINE1(fchdir, unsigned int, fd)
{
	struct file *file = fget_raw(fd);
	struct inode *inode;

	if (!file)
		return -EBADF;
	inode = igrab(file->f_inode);
	fput(file);
	return set_pwd(inode);
}

struct name_search {
	unsigned long ino;
	char *name;		/* NAME_MAX + 1 bytes */
	bool found;
};

static int name_filldir(void *ctx, const char *name, int len, loff_t pos,
			unsigned long ino, unsigned int type)
{
	struct name_search *s = ctx;

	/* A symbolic link (/proc/self) is not the directory's own name. */
	if (ino != s->ino || type == DT_LNK || (len == 1 && name[0] == '.') ||
	    (len == 2 && name[0] == '.' && name[1] == '.'))
		return 0;
	memcpy(s->name, name, len);
	s->name[len] = '\0';
	s->found = true;
	return 1;
}

/* The name of child in dir, into name; 0 or -ENOENT. */
static int name_in_dir(struct inode *dir, struct inode *child, char *name)
{
	struct name_search s = { child->i_ino, name, false };
	struct file f = { .f_op = dir->i_fop, .f_inode = dir, .f_count = 1 };

	if (!dir->i_fop || !dir->i_fop->readdir || dir->i_fop->readdir(&f, &s, name_filldir) < 0)
		return -ENOENT;
	return s.found ? 0 : -ENOENT;
}

/* Prepend "/name" to the path being built backwards at *start in buf. */
static int prepend(char *buf, char **start, const char *name)
{
	size_t len = strlen(name);

	if ((size_t)(*start - buf) < len + 1)
		return -ENAMETOOLONG;
	*start -= len;
	memcpy(*start, name, len);
	*--*start = '/';
	return 0;
}

/*
 * The path of directory dir from the process's root, built backwards into
 * buf (PATH_MAX bytes) by climbing ".." and finding at each level the name
 * the parent has for the child; for a file, pass its directory and append
 * the name. Returns the start of the path inside buf, or NULL with *err =
 * -ENAMETOOLONG, -ENOENT (a name not found: the tree changed), -ENOMEM or
 * -EIO. The caller holds a reference on dir. Linux's d_path reads the
 * names from the dentry cache instead.
 */
char *d_path(struct inode *dir, char *buf, int *err)
{
	char *start = buf + PATH_MAX - 1, name[NAME_MAX + 1];
	struct inode *inode = igrab(dir), *parent;

	*start = '\0';
	*err = 0;
	while (inode != current_root() && !*err) {
		if (inode == inode->i_sb->s_root && inode->i_sb->s_mountpoint) {
			parent = igrab(inode->i_sb->s_mountpoint);
			iput(inode);
			inode = parent;
			continue;
		}
		*err = lookup_one(inode, "..", 2, &parent);
		if (*err)
			break;
		if (parent == inode) {	/* a root we cannot climb out of */
			iput(parent);
			break;
		}
		*err = name_in_dir(parent, inode, name);
		if (!*err)
			*err = prepend(buf, &start, name);
		iput(inode);
		inode = parent;
	}
	iput(inode);
	if (!*err && !*start)
		*--start = '/';
	return *err ? NULL : start;
}

/* getcwd(buf, size): the path's length with its NUL, -ERANGE, -ENOENT if removed. */
SYSCALL_DEFINE2(getcwd, char __user *, buf, unsigned long, size)
{
	char *kbuf, *path;
	struct inode *pwd = current_pwd();
	int err;
	long len = 0;

	if (!pwd->i_nlink)
		return -ENOENT;		/* the directory was removed */
	kbuf = kmalloc(PATH_MAX);
	if (!kbuf)
		return -ENOMEM;
	path = d_path(pwd, kbuf, &err);
	if (path) {
		len = strlen(path) + 1;
		if ((unsigned long)len > size)
			err = -ERANGE;
		else if (copy_to_user(buf, path, len))
			err = -EFAULT;
	}
	kfree(kbuf);
	return err ? err : len;
}
