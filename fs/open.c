/*
 * open, ftruncate and the truncate helper. open() resolves the parent
 * directory, then finds or creates the last component under the rules of
 * Linux's open(2): O_CREAT|O_EXCL fails with EEXIST on any existing name,
 * a directory cannot be opened for writing (EISDIR), O_DIRECTORY demands
 * one (ENOTDIR), and O_TRUNC empties a regular file.
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
 * Set inode's size to length for truncate and O_TRUNC: a shrink drops the
 * cached pages and frees the blocks past it, a growth leaves a hole.
 * Returns 0, -EINVAL (negative), -EFBIG (over s_maxbytes) or -EROFS. The
 * caller checked the file may be written.
 */
int do_truncate(struct inode *inode, loff_t length)
{
	loff_t old = inode->i_size;

	if (length < 0)
		return -EINVAL;
	if (length > inode->i_sb->s_maxbytes)
		return -EFBIG;
	if (inode->i_sb->s_readonly)
		return -EROFS;
	inode->i_size = length;
	if (length < old)
		truncate_inode_pages(inode->i_mapping, length);
	if (inode->i_op && inode->i_op->truncate)
		inode->i_op->truncate(inode);
	return 0;
}

/* Find or create the last component of nd; *res referenced. */
static int open_last(struct nameidata *nd, unsigned int flags, umode_t mode, struct inode **res)
{
	struct inode *dir = nd->dir;
	int err = lookup_one(dir, nd->last, nd->last_len, res);

	if (err == -ENOENT && (flags & O_CREAT)) {
		if (nd->trailing_slash)
			return -EISDIR;
		if (!dir->i_nlink)
			return -ENOENT;
		if (!dir->i_op || !dir->i_op->create)
			return -EACCES;
		return dir->i_op->create(dir, nd->last, nd->last_len, mode & S_IALLUGO, res);
	}
	if (err)
		return err;
	if ((flags & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL))
		err = -EEXIST;
	else if (S_ISDIR((*res)->i_mode) && ((flags & O_ACCMODE) || (flags & O_CREAT)))
		err = -EISDIR;
	else if (!S_ISDIR((*res)->i_mode) && (nd->trailing_slash || (flags & O_DIRECTORY)))
		err = -ENOTDIR;
	if (err)
		iput(*res);
	return err;
}

/* Keep where the file was opened (the directory and name), for /proc/PID/maps. */
static void remember_name(struct file *file, struct nameidata *nd)
{
	file->f_dir = nd->dir;		/* the reference passes to the file */
	file->f_name = kmalloc(nd->last_len + 1);
	if (file->f_name) {
		memcpy(file->f_name, nd->last, nd->last_len);
		file->f_name[nd->last_len] = '\0';
	}
}

/*
 * Open a kernel path with the O_* flags, creating it with mode under
 * O_CREAT, under the rules of open(2) (see open_last); -ETXTBSY for writing
 * a program some process runs; O_TRUNC empties a regular file. Returns a
 * file with f_count 1 after f_op->open, or NULL with *err set. No fd is
 * installed.
 */
struct file *filp_open(const char *path, unsigned int flags, umode_t mode, int *err)
{
	struct nameidata nd;
	struct inode *inode;
	struct file *file;

	*err = path_parent(path, &nd);
	if (*err)
		return NULL;
	*err = open_last(&nd, flags, mode, &inode);
	if (*err) {
		iput(nd.dir);
		return NULL;
	}
	/* A program some process runs cannot be written (or emptied) meanwhile. */
	if (((flags & O_ACCMODE) != O_RDONLY || (flags & O_TRUNC)) && inode->i_writecount < 0)
		*err = -ETXTBSY;
	else if ((flags & O_TRUNC) && S_ISREG(inode->i_mode) && inode->i_size)
		*err = do_truncate(inode, 0);
	if (*err) {
		iput(nd.dir);
		iput(inode);
		return NULL;
	}
	file = alloc_file(inode, flags);
	iput(inode);
	if (!file) {
		iput(nd.dir);
		*err = -ENOMEM;
		return NULL;
	}
	remember_name(file, &nd);
	if (file->f_op && file->f_op->open && (*err = file->f_op->open(inode, file))) {
		fput(file);
		return NULL;
	}
	return file;
}

static long do_sys_open(const char __user *upath, unsigned int flags, umode_t mode)
{
	int err = 0, fd;
	char *name = getname(upath, &err);
	struct file *file;

	if (!name)
		return err;
	/*
	 * Like Linux, make sure there is an fd for the file before opening
	 * it: with a full table, O_CREAT must not create the file and
	 * O_TRUNC must not empty it only to report EMFILE.
	 */
	fd = get_unused_fd(0);
	if (fd < 0) {
		kfree(name);
		return fd;
	}
	file = filp_open(name, flags, mode, &err);
	kfree(name);
	if (!file)
		return err;
	fd = fd_install_lowest(file, 0);
	if (fd < 0)
		fput(file);
	return fd;
}

/* open(path, flags, mode): a new fd or -errno (see open_last for the rules). */
SYSCALL_DEFINE3(open, const char __user *, filename, int, flags, umode_t, mode)
{
	return do_sys_open(filename, flags, mode);
}

/*
 * ftruncate(fd, length): 0, -EBADF, -EINVAL (not writable, not a file, too
 * big). The length is an unsigned long, as in Linux: -1 arrives as 4 GiB - 1.
 */
SYSCALL_DEFINE2(ftruncate, unsigned int, fd, unsigned long, length)
{
	struct file *file = fget(fd);
	long err = -EINVAL;

	if (!file)
		return -EBADF;
	if (S_ISREG(file->f_inode->i_mode) && (file->f_mode & FMODE_WRITE) &&
	    ((file->f_flags & O_LARGEFILE) || length <= MAX_NON_LFS))
		err = do_truncate(file->f_inode, length);
	fput(file);
	return err;
}
