/*
 * read, write and lseek, pread64/pwrite64 at an offset, readv/writev and
 * preadv/pwritev over an array of buffers: check the fd and its mode, then
 * hand over to the file's f_op (the page cache for regular files, the tty
 * for the console). The 32-bit lseek reports EOVERFLOW for a position that does not fit in
 * off_t, as Linux does for a file opened without O_LARGEFILE.
 */
#include <asm/uaccess.h>
#include <fs/fcntl.h>
#include <fs/fs.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <lib/string.h>
#include <mm/page.h>
#include <mm/slab.h>
#include <uapi/errno.h>
#include <uapi/uio.h>

/*
 * f_op->llseek of files with a size: the position off from SEEK_SET, CUR
 * or END (past the end is allowed), stored in f_pos and returned; -EINVAL
 * for another whence or a negative result, f_pos unchanged. SEEK_DATA and
 * SEEK_HOLE treat the whole file as data, with the one hole at its end,
 * as Linux's generic version does for filesystems that know no better:
 * off itself, or the size; -ENXIO at or past the end.
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
	case SEEK_DATA:
	case SEEK_HOLE:
		if (off < 0 || off >= file->f_inode->i_size)
			return -ENXIO;
		pos = whence == SEEK_DATA ? off : file->f_inode->i_size;
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

/*
 * Read up to count bytes of file at *pos into the user buffer buf, through
 * f_op->read, advancing *pos: the bytes read (0 at the end) or -EBADF (not
 * open for reading), -EISDIR, -EINVAL (no read method, count over
 * SSIZE_MAX), -EFAULT, or the file's error. The caller holds a reference
 * on file. Linux 2.6 name.
 */
static ssize_t vfs_read(struct file *file, char __user *buf, size_t count, loff_t *pos)
{
	if (!(file->f_mode & FMODE_READ))
		return -EBADF;
	if (S_ISDIR(file->f_inode->i_mode))
		return -EISDIR;
	if (!file->f_op || !file->f_op->read)
		return -EINVAL;
	if ((ssize_t)count < 0)
		return -EINVAL;
	if (!access_ok(buf, count))
		return -EFAULT;
	return file->f_op->read(file, buf, count, pos);
}

/* Write count bytes from user buf at *pos, as vfs_read; -EBADF if not open for writing. */
static ssize_t vfs_write(struct file *file, const char __user *buf, size_t count, loff_t *pos)
{
	if (!(file->f_mode & FMODE_WRITE))
		return -EBADF;
	if (!file->f_op || !file->f_op->write)
		return -EINVAL;
	if ((ssize_t)count < 0)
		return -EINVAL;
	if (!access_ok(buf, count))
		return -EFAULT;
	return file->f_op->write(file, buf, count, pos);
}

/* read(fd, buf, count): bytes read (0 at end of file) or -errno. */
SYSCALL_DEFINE3(read, unsigned int, fd, char __user *, buf, size_t, count)
{
	struct file *file = fget(fd);
	long ret;

	if (!file)
		return -EBADF;
	ret = vfs_read(file, buf, count, &file->f_pos);
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
	ret = vfs_write(file, buf, count, &file->f_pos);
	fput(file);
	return ret;
}

/*
 * The file open at fd for a positioned transfer at pos: -EINVAL for a
 * negative pos, -EBADF, -ESPIPE for a file without positions (a pipe, the
 * tty). The caller fputs it.
 */
static struct file *fget_positioned(unsigned int fd, loff_t pos, long *err)
{
	struct file *file;

	*err = -EINVAL;
	if (pos < 0)
		return NULL;
	*err = -EBADF;
	file = fget(fd);
	if (!file)
		return NULL;
	if (!file->f_op || !file->f_op->llseek) {
		fput(file);
		*err = -ESPIPE;
		return NULL;
	}
	return file;
}

/*
 * pread64(fd, buf, count, pos): read at byte pos (two halves) without
 * moving the file position; read's results, and -EINVAL for a negative
 * pos, -ESPIPE for a pipe or tty.
 */
SYSCALL_DEFINE5(pread64, unsigned int, fd, char __user *, buf, size_t, count,
		unsigned long, pos_low, unsigned long, pos_high)
{
	loff_t pos = (loff_t)pos_high << 32 | pos_low;
	long ret;
	struct file *file = fget_positioned(fd, pos, &ret);

	if (!file)
		return ret;
	ret = vfs_read(file, buf, count, &pos);
	fput(file);
	return ret;
}

/*
 * pwrite64(fd, buf, count, pos): write at byte pos, as pread64. With
 * O_APPEND the bytes still go to the end of the file, as in Linux.
 */
SYSCALL_DEFINE5(pwrite64, unsigned int, fd, const char __user *, buf, size_t, count,
		unsigned long, pos_low, unsigned long, pos_high)
{
	loff_t pos = (loff_t)pos_high << 32 | pos_low;
	long ret;
	struct file *file = fget_positioned(fd, pos, &ret);

	if (!file)
		return ret;
	ret = vfs_write(file, buf, count, &pos);
	fput(file);
	return ret;
}

/* Most bytes one call moves, as Linux's MAX_RW_COUNT: INT_MAX rounded down to a page. */
#define MAX_RW_COUNT	(0x7fffffff & ~(PAGE_SIZE - 1))

/*
 * Copy the user's iovec array (vlen entries) into a kmalloc'd array and
 * check it: -EINVAL for more than UIO_MAXIOV entries or a length negative
 * as a ssize_t, -EFAULT for an unreadable array or buffer. Lengths past
 * MAX_RW_COUNT in all are cut, as Linux does. NULL with *err on failure.
 */
static struct iovec *copy_iovec(const struct iovec __user *uvec, unsigned long vlen, long *err)
{
	struct iovec *iov;
	size_t total = 0;
	unsigned long i;

	*err = -EINVAL;
	if (vlen > UIO_MAXIOV)
		return NULL;
	*err = -ENOMEM;
	iov = kmalloc(vlen * sizeof(*iov) ?: 1);
	if (!iov)
		return NULL;
	*err = -EFAULT;
	if (copy_from_user(iov, uvec, vlen * sizeof(*iov)))
		goto fail;
	for (i = 0; i < vlen; i++) {
		*err = -EINVAL;
		if ((ssize_t)iov[i].iov_len < 0)
			goto fail;
		*err = -EFAULT;
		if (!access_ok(iov[i].iov_base, iov[i].iov_len))
			goto fail;
		iov[i].iov_len = min(iov[i].iov_len, MAX_RW_COUNT - total);
		total += iov[i].iov_len;
	}
	return iov;
fail:
	kfree(iov);
	return NULL;
}

/*
 * readv/writev and their positioned forms: each buffer of uvec in turn
 * through vfs_read or vfs_write at *pos, stopping at the first short
 * transfer. The total, or the first buffer's error if nothing moved.
 */
static long do_readv_writev(struct file *file, const struct iovec __user *uvec,
			    unsigned long vlen, loff_t *pos, bool write)
{
	long err, total = 0;
	struct iovec *iov;
	unsigned long i;

	if (!(file->f_mode & (write ? FMODE_WRITE : FMODE_READ)))
		return -EBADF;
	iov = copy_iovec(uvec, vlen, &err);
	if (!iov)
		return err;
	for (i = 0; i < vlen; i++) {
		ssize_t n = write ? vfs_write(file, iov[i].iov_base, iov[i].iov_len, pos)
				  : vfs_read(file, iov[i].iov_base, iov[i].iov_len, pos);

		if (n < 0) {
			if (!total)
				total = n;
			break;
		}
		total += n;
		if ((size_t)n < iov[i].iov_len)
			break;
	}
	kfree(iov);
	return total;
}

/* readv or writev on fd at its file position; -EBADF for a bad fd. */
static long vector_at_f_pos(unsigned long fd, const struct iovec __user *vec, unsigned long vlen,
			    bool write)
{
	struct file *file = fget(fd);
	long ret;

	if (!file)
		return -EBADF;
	ret = do_readv_writev(file, vec, vlen, &file->f_pos, write);
	fput(file);
	return ret;
}

/* readv(fd, vec, vlen) and writev: read's and write's results over vlen buffers. */
SYSCALL_DEFINE3(readv, unsigned long, fd, const struct iovec __user *, vec, unsigned long, vlen)
{
	return vector_at_f_pos(fd, vec, vlen, false);
}

SYSCALL_DEFINE3(writev, unsigned long, fd, const struct iovec __user *, vec, unsigned long, vlen)
{
	return vector_at_f_pos(fd, vec, vlen, true);
}

/* preadv(fd, vec, vlen, pos) and pwritev: readv and writev at pos (two halves), as pread64. */
SYSCALL_DEFINE5(preadv, unsigned long, fd, const struct iovec __user *, vec, unsigned long, vlen,
		unsigned long, pos_low, unsigned long, pos_high)
{
	loff_t pos = (loff_t)pos_high << 32 | pos_low;
	long ret;
	struct file *file = fget_positioned(fd, pos, &ret);

	if (!file)
		return ret;
	ret = do_readv_writev(file, vec, vlen, &pos, false);
	fput(file);
	return ret;
}

SYSCALL_DEFINE5(pwritev, unsigned long, fd, const struct iovec __user *, vec, unsigned long, vlen,
		unsigned long, pos_low, unsigned long, pos_high)
{
	loff_t pos = (loff_t)pos_high << 32 | pos_low;
	long ret;
	struct file *file = fget_positioned(fd, pos, &ret);

	if (!file)
		return ret;
	ret = do_readv_writev(file, vec, vlen, &pos, true);
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

/* ---- sendfile ---- */

/*
 * Copy up to count bytes of in_fd at *ppos (NULL: at its file position,
 * which then advances) to out_fd at its position, through a kernel page
 * handed to the two files' read and write under set_fs(KERNEL_DS), as
 * Linux 2.6's kernel_read/kernel_write did (today's Linux splices). Stops
 * at the end of in, or at a short write. The bytes copied (*ppos
 * advanced), or -EBADF (not open, or not for reading/writing), -EINVAL
 * (in not a regular file, out O_APPEND), -EOVERFLOW past max, or the
 * first read's or write's error.
 */
static long do_sendfile(int out_fd, int in_fd, loff_t *ppos, size_t count, loff_t max)
{
	struct file *in = fget(in_fd), *out = fget(out_fd);
	mm_segment_t old_fs;
	size_t done = 0;
	loff_t pos;
	long err;
	char *buf = NULL;

	err = -EBADF;
	if (!in || !out || !(in->f_mode & FMODE_READ) || !(out->f_mode & FMODE_WRITE))
		goto out;
	err = -EINVAL;
	if (!S_ISREG(in->f_inode->i_mode) || !in->f_op || !in->f_op->read ||
	    (out->f_flags & O_APPEND))
		goto out;
	pos = ppos ? *ppos : in->f_pos;
	if (pos + (loff_t)count > max) {
		err = -EOVERFLOW;
		if (pos >= max)
			goto out;
		count = max - pos;
	}
	err = -ENOMEM;
	if (!(buf = kmalloc(PAGE_SIZE)))
		goto out;
	old_fs = get_fs();
	set_fs(KERNEL_DS);
	for (err = 0; done < count;) {
		ssize_t n = vfs_read(in, buf, min(count - done, (size_t)PAGE_SIZE), &pos), w;

		if (n <= 0) {
			err = n;
			break;
		}
		w = vfs_write(out, buf, n, &out->f_pos);
		if (w > 0)
			done += w;
		if (w != n) {
			pos -= n - (w > 0 ? w : 0);	/* in goes on after what was written */
			err = w < 0 ? w : 0;
			break;
		}
	}
	set_fs(old_fs);
	if (ppos)
		*ppos = pos;
	else
		in->f_pos = pos;
	if (done)
		err = done;
out:
	kfree(buf);
	if (in)
		fput(in);
	if (out)
		fput(out);
	return err;
}

/*
 * sendfile(out_fd, in_fd, offset, count): count bytes of the regular file
 * in_fd to out_fd (any file open for writing: a file, a pipe, the
 * terminal). With offset, reading starts at *offset, which is updated,
 * and in_fd's position stays; without, in_fd's position advances. The
 * bytes copied or -errno (do_sendfile; -EFAULT for offset). The offset is
 * a 32-bit off_t: past 2 GiB - 1 is EOVERFLOW.
 */
SYSCALL_DEFINE4(sendfile, int, out_fd, int, in_fd, long __user *, offset, size_t, count)
{
	loff_t pos;
	long off, ret;

	if (!offset)
		return do_sendfile(out_fd, in_fd, NULL, count, MAX_NON_LFS);
	if (copy_from_user(&off, offset, sizeof(off)))
		return -EFAULT;
	pos = off;
	ret = do_sendfile(out_fd, in_fd, &pos, count, MAX_NON_LFS);
	off = pos;
	if (ret >= 0 && copy_to_user(offset, &off, sizeof(off)))
		return -EFAULT;
	return ret;
}

/* sendfile64: the same with a 64-bit offset, the call glibc makes on i386. */
SYSCALL_DEFINE4(sendfile64, int, out_fd, int, in_fd, loff_t __user *, offset, size_t, count)
{
	loff_t pos;
	long ret;

	if (!offset)
		return do_sendfile(out_fd, in_fd, NULL, count, MAX_LFS_FILESIZE);
	if (copy_from_user(&pos, offset, sizeof(pos)))
		return -EFAULT;
	ret = do_sendfile(out_fd, in_fd, &pos, count, MAX_LFS_FILESIZE);
	if (ret >= 0 && copy_to_user(offset, &pos, sizeof(pos)))
		return -EFAULT;
	return ret;
}
