/*
 * Open files and the per-process file tables. A struct file is shared by
 * every fd that dup() or fork() made from one open(), and by every VMA that
 * maps it; f_count counts them all. A files_struct is the fd array of one
 * process (or of several, were threads to share it).
 */
#include <asm/uaccess.h>
#include <fs/fs.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <lib/string.h>
#include <mm/slab.h>
#include <uapi/errno.h>

#define O_CLOEXEC_BIT	02000000	/* O_CLOEXEC (Linux i386 value) */

/*
 * A new struct file open on inode with the O_* flags of open(): f_op from
 * i_fop, f_mode from the access mode, f_count 1, a reference on inode, and
 * one writer more in i_writecount if it is open for writing. NULL without
 * memory. f_op->open is not called here (filp_open calls it).
 */
struct file *alloc_file(struct inode *inode, unsigned int flags)
{
	struct file *file = kzalloc(sizeof(*file));

	if (!file)
		return NULL;
	file->f_inode = igrab(inode);
	file->f_mapping = inode->i_mapping;
	file->f_op = inode->i_fop;
	file->f_flags = flags;
	/* O_RDONLY 0, O_WRONLY 1, O_RDWR 2 -> FMODE bits 1, 2, 3 */
	file->f_mode = ((flags & 3) + 1) & 3;
	file->f_count = 1;
	if (file->f_mode & FMODE_WRITE)
		inode->i_writecount++;
	return file;
}

/*
 * Drop a reference to file. The last one calls f_op->release, gives up its
 * write access (i_writecount), and drops the directory it was opened in and
 * its inode (which may then leave memory, see iput).
 */
void fput(struct file *file)
{
	struct inode *inode = file->f_inode;

	VM_BUG_ON(file->f_count <= 0);
	if (--file->f_count > 0)
		return;
	if (file->f_op && file->f_op->release)
		file->f_op->release(inode, file);
	if (file->f_mode & FMODE_WRITE)
		inode->i_writecount--;
	if (file->f_dir)
		iput(file->f_dir);
	kfree(file->f_name);
	kfree(file);
	iput(inode);
}

/*
 * The open file of fd in the current task, with a reference taken that the
 * caller drops with fput; NULL if fd is not open (or there is no task
 * yet). Any open file, O_PATH ones too: for the calls that only name a
 * file by its fd (fstat, fchdir, dup, fcntl, a directory fd of the *at
 * calls). Linux 2.6.39+ name.
 */
struct file *fget_raw(unsigned int fd)
{
	struct files_struct *files = current ? current->files : NULL;

	if (!files || fd >= NR_OPEN_DEFAULT || !files->fd[fd])
		return NULL;
	return get_file(files->fd[fd]);
}

/*
 * As fget_raw, but NULL for an O_PATH file as well: the calls that read,
 * write, map or change a file through its fd see EBADF there, as on Linux.
 */
struct file *fget(unsigned int fd)
{
	struct file *file = fget_raw(fd);

	if (file && (file->f_mode & FMODE_PATH)) {
		fput(file);
		return NULL;
	}
	return file;
}

/* An empty fd table with count 1, or NULL without memory. */
struct files_struct *alloc_files(void)
{
	struct files_struct *files = kzalloc(sizeof(*files));

	if (files)
		files->count = 1;
	return files;
}

/*
 * fork: a copy of old (count 1) sharing every open file (f_count++) and its
 * close-on-exec bits, or NULL without memory. Linux: dup_fd.
 */
struct files_struct *dup_files(struct files_struct *old)
{
	struct files_struct *files = alloc_files();
	unsigned int fd;

	if (!files)
		return NULL;
	for (fd = 0; fd < NR_OPEN_DEFAULT; fd++) {
		if (old->fd[fd])
			files->fd[fd] = get_file(old->fd[fd]);
	}
	memcpy(files->close_on_exec, old->close_on_exec, sizeof(files->close_on_exec));
	return files;
}

/*
 * exit: drop one user of the table; the last closes every fd and frees it.
 * NULL is allowed. Linux: put_files_struct.
 */
void put_files(struct files_struct *files)
{
	unsigned int fd;

	if (!files || --files->count > 0)
		return;
	for (fd = 0; fd < NR_OPEN_DEFAULT; fd++) {
		if (files->fd[fd])
			fput(files->fd[fd]);
	}
	kfree(files);
}

static void set_close_on_exec(struct files_struct *files, unsigned int fd, bool on)
{
	if (on)
		files->close_on_exec[fd / 32] |= 1U << (fd % 32);
	else
		files->close_on_exec[fd / 32] &= ~(1U << (fd % 32));
}

/*
 * execve: close the fds marked close-on-exec (O_CLOEXEC, FD_CLOEXEC) and
 * clear every mark. Linux 2.6 does this in flush_old_files, later kernels
 * in do_close_on_exec.
 */
void close_on_exec(struct files_struct *files)
{
	unsigned int fd;

	for (fd = 0; fd < NR_OPEN_DEFAULT; fd++) {
		if (files->fd[fd] && (files->close_on_exec[fd / 32] & (1U << (fd % 32)))) {
			fput(files->fd[fd]);
			files->fd[fd] = NULL;
		}
	}
	memset(files->close_on_exec, 0, sizeof(files->close_on_exec));
}

/*
 * The lowest free fd of current at or above start, with nothing installed
 * in it, or -EMFILE (also when there is no task yet).
 */
int get_unused_fd(unsigned int start)
{
	struct files_struct *files = current ? current->files : NULL;
	unsigned int fd;

	if (!files)
		return -EMFILE;
	for (fd = start; fd < rlimit(RLIMIT_NOFILE); fd++) {	/* never above NR_OPEN_DEFAULT */
		if (!files->fd[fd])
			return fd;
	}
	return -EMFILE;
}

/*
 * Install file at the lowest free fd of current at or above start, marked
 * close-on-exec if it was opened with O_CLOEXEC. Returns the fd, and the
 * caller's reference on file now belongs to the table; or -EMFILE, and the
 * caller still owns its reference. Linux does this in two steps,
 * get_unused_fd and fd_install.
 */
int fd_install_lowest(struct file *file, unsigned int start)
{
	struct files_struct *files = current ? current->files : NULL;
	int fd = get_unused_fd(start);

	if (fd < 0)
		return fd;
	files->fd[fd] = file;
	set_close_on_exec(files, fd, file->f_flags & O_CLOEXEC_BIT);
	return fd;
}

/* close(fd): 0, or -EBADF. */
SYSCALL_DEFINE1(close, unsigned int, fd)
{
	struct files_struct *files = current ? current->files : NULL;
	struct file *file;

	if (!files || fd >= NR_OPEN_DEFAULT || !(file = files->fd[fd]))
		return -EBADF;
	files->fd[fd] = NULL;
	set_close_on_exec(files, fd, false);
	fput(file);
	return 0;
}

/* dup(fd): the lowest free fd sharing the file, -EBADF or -EMFILE. */
SYSCALL_DEFINE1(dup, unsigned int, fildes)
{
	struct file *file = fget_raw(fildes);
	int fd;

	if (!file)
		return -EBADF;
	fd = fd_install_lowest(file, 0);
	if (fd < 0)
		fput(file);
	else
		set_close_on_exec(current->files, fd, false);
	return fd;
}

/*
 * Make newfd share oldfd's file (closing what newfd held), close-on-exec
 * if flags has O_CLOEXEC: newfd, or -EBADF for a bad oldfd or a newfd
 * past the table. oldfd == newfd just returns newfd: dup3 refuses it
 * before coming here.
 */
static long do_dup2(unsigned int oldfd, unsigned int newfd, int flags)
{
	struct file *file = fget_raw(oldfd), *old;

	if (!file)
		return -EBADF;
	if (newfd >= rlimit(RLIMIT_NOFILE)) {	/* never above NR_OPEN_DEFAULT */
		fput(file);
		return -EBADF;
	}
	if (oldfd == newfd) {
		fput(file);
		return newfd;
	}
	old = current->files->fd[newfd];
	current->files->fd[newfd] = file;
	set_close_on_exec(current->files, newfd, flags & O_CLOEXEC_BIT);
	if (old)
		fput(old);
	return newfd;
}

/* dup2(old, new): new, now sharing old's file (new closed first); -EBADF. */
SYSCALL_DEFINE2(dup2, unsigned int, oldfd, unsigned int, newfd)
{
	return do_dup2(oldfd, newfd, 0);
}

/*
 * dup3(old, new, flags): dup2 that sets close-on-exec on new if flags is
 * O_CLOEXEC and clears it if 0; -EINVAL for another flag or old == new
 * (checked first, as in Linux), -EBADF.
 */
SYSCALL_DEFINE3(dup3, unsigned int, oldfd, unsigned int, newfd, int, flags)
{
	if ((flags & ~O_CLOEXEC_BIT) || oldfd == newfd)
		return -EINVAL;
	return do_dup2(oldfd, newfd, flags);
}
