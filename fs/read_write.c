/*
 * read, write and lseek: check the fd and its mode, then hand over to the
 * file's f_op (the page cache for regular files, the tty for the console).
 * The 32-bit lseek reports EOVERFLOW for a position that does not fit in
 * off_t, as Linux does for a file opened without O_LARGEFILE.
 */
#include <asm/uaccess.h>
#include <fs/fcntl.h>
#include <fs/fs.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <lib/string.h>
#include <mm/page.h>
#include <uapi/errno.h>

/*
 * f_op->llseek of files with a size: the position off from SEEK_SET, CUR
 * or END (past the end is allowed), stored in f_pos and returned; -EINVAL
 * for another whence or a negative result, f_pos unchanged.
 */
loff_t generic_file_llseek(struct file *file, loff_t off, int whence)
{
	loff_t pos;

	switch (whence) {
	case SEEK_SET:
		pos = off;
		break;
	case SEEK_CUR:
		pos = file->f_pos + off;
		break;
	case SEEK_END:
		pos = file->f_inode->i_size + off;
		break;
	default:
		return -EINVAL;
	}
	if (pos < 0)
		return -EINVAL;
	file->f_pos = pos;
	return pos;
}

/* lseek(fd, off, whence): the new offset, -EINVAL, -ESPIPE, -EOVERFLOW. */
SYSCALL_DEFINE3(lseek, unsigned int, fd, off_t, offset, unsigned int, whence)
{
	struct file *file = fget(fd);
	loff_t old, pos;

	if (!file)
		return -EBADF;
	old = file->f_pos;
	if (!file->f_op || !file->f_op->llseek)
		pos = -ESPIPE;
	else
		pos = file->f_op->llseek(file, offset, whence);
	if (pos > MAX_NON_LFS && !(file->f_flags & O_LARGEFILE)) {
		file->f_pos = old;
		pos = -EOVERFLOW;
	}
	fput(file);
	return (long)pos;
}

/* read(fd, buf, count): bytes read (0 at end of file) or -errno. */
SYSCALL_DEFINE3(read, unsigned int, fd, char __user *, buf, size_t, count)
{
	struct file *file = fget(fd);
	long ret;

	if (!file)
		return -EBADF;
	if (!(file->f_mode & FMODE_READ))
		ret = -EBADF;
	else if (S_ISDIR(file->f_inode->i_mode))
		ret = -EISDIR;
	else if (!file->f_op || !file->f_op->read)
		ret = -EINVAL;
	else if ((ssize_t)count < 0)
		ret = -EINVAL;
	else if (!access_ok(buf, count))
		ret = -EFAULT;
	else
		ret = file->f_op->read(file, buf, count, &file->f_pos);
	fput(file);
	return ret;
}

/* write(fd, buf, count): bytes written or -errno. */
SYSCALL_DEFINE3(write, unsigned int, fd, const char __user *, buf, size_t, count)
{
	struct file *file = fget(fd);
	long ret;

	if (!file)
		return -EBADF;
	if (!(file->f_mode & FMODE_WRITE))
		ret = -EBADF;
	else if (!file->f_op || !file->f_op->write)
		ret = -EINVAL;
	else if ((ssize_t)count < 0)
		ret = -EINVAL;
	else if (!access_ok(buf, count))
		ret = -EFAULT;
	else
		ret = file->f_op->write(file, buf, count, &file->f_pos);
	fput(file);
	return ret;
}

/*
 * Copy up to n bytes of a regular file at byte pos into the kernel buffer
 * buf, through the page cache (exec reads ELF headers with it); f_pos is
 * not used or moved. Returns the bytes copied, short at the end of the
 * file; -EINVAL for another kind of file, or the read error if nothing was
 * copied. (Linux 2.6's argument order; 4.14 moved pos to the end.)
 */
ssize_t kernel_read(struct file *file, loff_t pos, void *buf, size_t n)
{
	struct inode *inode = file->f_inode;
	size_t done = 0;

	if (!S_ISREG(inode->i_mode))
		return -EINVAL;
	while (done < n && pos < inode->i_size) {
		unsigned int off = pos & (PAGE_SIZE - 1);
		size_t chunk = min((size_t)(PAGE_SIZE - off), n - done);
		struct page *page;
		int err = read_cache_page(file->f_mapping, pos >> PAGE_SHIFT, file, &page);

		if (err < 0)
			return done ? (ssize_t)done : err;
		if ((loff_t)chunk > inode->i_size - pos)
			chunk = inode->i_size - pos;
		memcpy((char *)buf + done, (char *)page_address(page) + off, chunk);
		put_page(page);
		done += chunk;
		pos += chunk;
	}
	return done;
}
