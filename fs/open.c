/*
 * open, openat and creat, access, truncate and ftruncate (with their
 * 64-bit forms) and the truncate helper. open()
 * resolves the parent directory, then finds or creates the last component
 * under the rules of Linux's open(2): O_CREAT|O_EXCL fails with EEXIST on
 * any existing name, a directory cannot be opened for writing (EISDIR),
 * O_DIRECTORY demands one (ENOTDIR), and O_TRUNC empties a regular file.
 */
#include <asm/uaccess.h>
#include <fs/fcntl.h>
#include <fs/fs.h>
#include <fs/namei.h>
#include <kernel/resource.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
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
	/* Growing a file past RLIMIT_FSIZE: SIGXFSZ and EFBIG, as a write would get. */
	if (length > old && rlimit(RLIMIT_FSIZE) != RLIM_INFINITY &&
	    length > (loff_t)rlimit(RLIMIT_FSIZE)) {
		send_sig_info(SIGXFSZ, NULL, current);
		return -EFBIG;
	}
	if (inode->i_sb->s_readonly)
		return -EROFS;
	inode->i_size = length;
	if (length < old)
		truncate_inode_pages(inode->i_mapping, length);
	if (inode->i_op && inode->i_op->truncate)
		inode->i_op->truncate(inode);
	return 0;
}

/* O_CREAT found no last component in nd: create it, a regular file; *res referenced. */
static int open_create(struct nameidata *nd, umode_t mode, struct inode **res)
{
	struct inode *dir = nd->dir;
	int err;

	if (nd->trailing_slash)
		return -EISDIR;
	if (!dir->i_nlink)
		return -ENOENT;
	err = inode_permission(dir, MAY_WRITE | MAY_EXEC);
	if (err)
		return err;
	if (!dir->i_op || !dir->i_op->create)
		return -EACCES;
	mode &= ~current_umask();
	return dir->i_op->create(dir, nd->last, nd->last_len, mode & S_IALLUGO, res);
}

/*
 * Find or create the last component of nd; *res referenced. A symbolic
 * link there is followed, nd moving to its target (so O_CREAT through a
 * dangling link creates the target), except that O_CREAT|O_EXCL fails on
 * the link itself (-EEXIST) and O_NOFOLLOW refuses it (-ELOOP) unless the
 * path ended in '/'.
 */
static int open_last(struct nameidata *nd, unsigned int flags, umode_t mode, struct inode **res,
		     bool *created)
{
	int err;

	for (;;) {
		err = lookup_one(nd->dir, nd->last, nd->last_len, res);
		if (err == -ENOENT && (flags & O_CREAT)) {
			*created = true;
			return open_create(nd, mode, res);
		}
		if (err)
			return err;
		if (!S_ISLNK((*res)->i_mode) || (flags & (O_CREAT | O_EXCL)) == (O_CREAT | O_EXCL))
			break;
		if ((flags & O_NOFOLLOW) && !nd->trailing_slash && (flags & O_PATH))
			break;		/* an O_PATH fd on the link itself */
		if ((flags & O_NOFOLLOW) && !nd->trailing_slash)
			err = -ELOOP;
		else
			err = follow_last_link(nd, *res);
		iput(*res);
		if (err)
			return err;
	}
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

/*
 * The permission opening inode with flags needs (Linux's may_open): read
 * and/or write as the access mode says, write for O_TRUNC; O_NOATIME only
 * for the file's owner or root (-EPERM).
 */
static int may_open(struct inode *inode, unsigned int flags)
{
	int mask = 0;

	if ((flags & O_ACCMODE) != O_WRONLY)
		mask |= MAY_READ;
	if ((flags & O_ACCMODE) != O_RDONLY || (flags & O_TRUNC))
		mask |= MAY_WRITE;
	if ((flags & O_NOATIME) && current->fsuid && current->fsuid != inode->i_uid)
		return -EPERM;
	/* Devices and FIFOs are checked like files; symlinks never get here. */
	return inode_permission(inode, mask);
}

/* Keep where the file was opened (the directory and name), for /proc/PID/maps. */
static void remember_name(struct file *file, struct nameidata *nd)
{
	file->f_dir = nd->dir;		/* the reference passes to the file */
	nd->dir = NULL;
	file->f_name = kmalloc(nd->last_len + 1);
	if (file->f_name) {
		memcpy(file->f_name, nd->last, nd->last_len);
		file->f_name[nd->last_len] = '\0';
	}
}

/*
 * The file of an O_PATH open of inode (a reference it takes over), with
 * the flags that are left (O_DIRECTORY, O_NOFOLLOW, O_CLOEXEC): it
 * names the file and nothing more - no permission but search on the way,
 * no ->open, no operations (f_op NULL, FMODE_PATH: fget refuses it), so it
 * works on a file the caller may not read and on a FIFO without waiting.
 */
static struct file *open_path_file(struct nameidata *nd, struct inode *inode,
				   unsigned int flags, int *err)
{
	struct file *file = alloc_file(inode, flags);

	iput(inode);
	if (!file) {
		path_release(nd);
		*err = -ENOMEM;
		return NULL;
	}
	file->f_mode = FMODE_PATH;
	file->f_op = NULL;
	remember_name(file, nd);
	path_release(nd);
	return file;
}

/*
 * Open a kernel path walked from dfd (see path_parent_at) with the O_*
 * flags, creating it with mode less the umask under O_CREAT, under the
 * rules of open(2) (see open_last); -ETXTBSY for writing a program some
 * process runs; O_TRUNC empties a regular file. Returns a file with
 * f_count 1 after f_op->open, or NULL with *err set. No fd is installed.
 * Linux 2.6.16+ name.
 */
struct file *do_filp_open(int dfd, const char *path, unsigned int flags, umode_t mode,
			  int *err)
{
	struct nameidata nd;
	struct inode *inode;
	struct file *file;
	bool created = false;

	if (flags & O_PATH)
		flags &= O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;	/* as Linux ignores the rest */
	*err = path_parent_at(dfd, path, &nd);
	if (*err)
		return NULL;
	*err = open_last(&nd, flags, mode, &inode, &created);
	if (*err) {
		path_release(&nd);
		return NULL;
	}
	if (flags & O_PATH)
		return open_path_file(&nd, inode, flags, err);
	/* A file this open created may be used as asked, whatever its mode says. */
	if (!created)
		*err = may_open(inode, flags);
	/* A program some process runs cannot be written (or emptied) meanwhile. */
	if (*err)
		;
	else if (((flags & O_ACCMODE) != O_RDONLY || (flags & O_TRUNC)) && inode->i_writecount < 0)
		*err = -ETXTBSY;
	else if ((flags & O_TRUNC) && S_ISREG(inode->i_mode) && inode->i_size)
		*err = do_truncate(inode, 0);
	if (*err) {
		path_release(&nd);
		iput(inode);
		return NULL;
	}
	file = alloc_file(inode, flags);
	iput(inode);
	if (!file) {
		path_release(&nd);
		*err = -ENOMEM;
		return NULL;
	}
	remember_name(file, &nd);
	path_release(&nd);
	if (file->f_op && file->f_op->open && (*err = file->f_op->open(inode, file))) {
		fput(file);
		return NULL;
	}
	return file;
}

/* do_filp_open from the caller's cwd (or root, for an absolute path). */
struct file *filp_open(const char *path, unsigned int flags, umode_t mode, int *err)
{
	return do_filp_open(AT_FDCWD, path, flags, mode, err);
}

static long do_sys_open(int dfd, const char __user *upath, unsigned int flags, umode_t mode)
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
	file = do_filp_open(dfd, name, flags, mode, &err);
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
	return do_sys_open(AT_FDCWD, filename, flags, mode);
}

/*
 * openat(dfd, path, flags, mode): open with a relative path walked from the
 * directory open at dfd (AT_FDCWD: the cwd); -EBADF or -ENOTDIR for a bad
 * dfd under a relative path.
 */
SYSCALL_DEFINE4(openat, int, dfd, const char __user *, filename, int, flags, umode_t, mode)
{
	return do_sys_open(dfd, filename, flags, mode);
}

/* creat(path, mode): open(path, O_CREAT | O_WRONLY | O_TRUNC, mode). */
SYSCALL_DEFINE2(creat, const char __user *, pathname, umode_t, mode)
{
	return do_sys_open(AT_FDCWD, pathname, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

/*
 * truncate for a user path (a symbolic link is followed): -EISDIR for a
 * directory, -EINVAL for another non-regular file or a negative length,
 * -EACCES without write permission, -ETXTBSY for a program some process
 * runs, else do_truncate's result.
 */
static long do_sys_truncate(const char __user *upath, loff_t length)
{
	struct inode *inode;
	long err;

	if (length < 0)
		return -EINVAL;
	err = user_path_at(AT_FDCWD, upath, LOOKUP_FOLLOW, &inode);
	if (err)
		return err;
	if (S_ISDIR(inode->i_mode))
		err = -EISDIR;
	else if (!S_ISREG(inode->i_mode))
		err = -EINVAL;
	else
		err = inode_permission(inode, MAY_WRITE);
	if (!err && inode->i_writecount < 0)
		err = -ETXTBSY;
	if (!err)
		err = do_truncate(inode, length);
	iput(inode);
	return err;
}

/* truncate(path, length): set the size of the file path names; 0 or -errno. */
SYSCALL_DEFINE2(truncate, const char __user *, path, long, length)
{
	return do_sys_truncate(path, length);
}

/* truncate64(path, length): the same with a 64-bit length in two halves. */
SYSCALL_DEFINE3(truncate64, const char __user *, path, unsigned long, length_low,
		unsigned long, length_high)
{
	return do_sys_truncate(path, (loff_t)length_high << 32 | length_low);
}

/*
 * ftruncate for an fd: -EBADF, -EINVAL (not open for writing, not a
 * regular file, negative, or over 2 GiB - 1 without O_LARGEFILE), else
 * do_truncate's result.
 */
static long do_sys_ftruncate(unsigned int fd, loff_t length)
{
	struct file *file = fget(fd);
	long err = -EINVAL;

	if (!file)
		return -EBADF;
	if (S_ISREG(file->f_inode->i_mode) && (file->f_mode & FMODE_WRITE) && length >= 0 &&
	    ((file->f_flags & O_LARGEFILE) || length <= MAX_NON_LFS))
		err = do_truncate(file->f_inode, length);
	fput(file);
	return err;
}

/*
 * ftruncate(fd, length): 0, -EBADF, -EINVAL (not writable, not a file, too
 * big). The length is an unsigned long, as in Linux: -1 arrives as 4 GiB - 1.
 */
SYSCALL_DEFINE2(ftruncate, unsigned int, fd, unsigned long, length)
{
	return do_sys_ftruncate(fd, length);
}

/*
 * ftruncate64(fd, length): the same with a 64-bit length in two halves.
 * As for a 32-bit program on 64-bit Linux, a file opened without
 * O_LARGEFILE still cannot pass 2 GiB - 1 this way.
 */
SYSCALL_DEFINE3(ftruncate64, unsigned int, fd, unsigned long, length_low,
		unsigned long, length_high)
{
	return do_sys_ftruncate(fd, (loff_t)length_high << 32 | length_low);
}

static long do_faccessat(int dfd, const char __user *filename, int mode, int flags)
{
	unsigned int lookup = LOOKUP_FOLLOW, saved_uid, saved_gid;
	struct inode *inode;
	int err;

	if (mode & ~(MAY_READ | MAY_WRITE | MAY_EXEC))
		return -EINVAL;
	if (flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	if (flags & AT_SYMLINK_NOFOLLOW)
		lookup &= ~LOOKUP_FOLLOW;
	if (flags & AT_EMPTY_PATH)
		lookup |= LOOKUP_EMPTY;
	/* access() asks with the real ids (Linux's override_creds), AT_EACCESS with the effective. */
	saved_uid = current->fsuid;
	saved_gid = current->fsgid;
	if (!(flags & AT_EACCESS)) {
		current->fsuid = current->uid;
		current->fsgid = current->gid;
	}
	err = user_path_at(dfd, filename, lookup, &inode);
	if (!err) {
		err = mode ? inode_permission(inode, mode) : 0;
		iput(inode);
	}
	current->fsuid = saved_uid;
	current->fsgid = saved_gid;
	return err;
}

/*
 * faccessat2(dfd, path, mode, flags): 0 if the caller may access the file
 * as mode (F_OK: it exists) asks, -EACCES, -EROFS, -ENOENT..., -EINVAL for
 * a bad mode or flag. AT_EACCESS changes nothing: the real and effective
 * ids are both root's. Linux 5.8+.
 */
SYSCALL_DEFINE4(faccessat2, int, dfd, const char __user *, filename, int, mode, int, flags)
{
	return do_faccessat(dfd, filename, mode, flags);
}

/* faccessat(dfd, path, mode): faccessat2 without flags (the call has none). */
SYSCALL_DEFINE3(faccessat, int, dfd, const char __user *, filename, int, mode)
{
	return do_faccessat(dfd, filename, mode, 0);
}

/* access(path, mode): faccessat from the cwd. */
SYSCALL_DEFINE2(access, const char __user *, filename, int, mode)
{
	return do_faccessat(AT_FDCWD, filename, mode, 0);
}
