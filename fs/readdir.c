/*
 * getdents and getdents64: the filesystem's readdir calls filldir for each
 * entry from file->f_pos on; filldir packs Linux's dirent records into the
 * user buffer until one does not fit. d_off of a record is the position of
 * the next entry, which lseek accepts to resume there.
 */
#include <asm/uaccess.h>
#include <fs/fs.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <lib/string.h>
#include <uapi/errno.h>

struct getdents_ctx {
	char *ubuf;		/* next free byte of the user buffer */
	unsigned int left;	/* bytes left in it */
	void *prev_off;		/* user address of the previous record's d_off */
	bool wide;		/* getdents64 records */
	int error;
};

/*
 * Build a struct linux_dirent in rec: the name, its NUL, then d_type in the
 * last byte (after padding). d_off is patched in later, once the next
 * entry's position is known. 1 if it does not fit in what is left.
 */
static int fill_dirent(struct getdents_ctx *c, const char *name, int len, unsigned long ino,
		       unsigned int type, char *rec, unsigned int *reclen)
{
	struct linux_dirent *d = (struct linux_dirent *)rec;
	unsigned int rl = ALIGN(offsetof(struct linux_dirent, d_name) + len + 2, 4);

	*reclen = rl;
	if (rl > c->left)
		return 1;
	memset(rec, 0, rl);
	d->d_ino = ino;
	d->d_reclen = rl;
	memcpy(d->d_name, name, len);
	rec[rl - 1] = type;
	return 0;
}

/* The same for a struct linux_dirent64, which has d_type before the name. */
static int fill_dirent64(struct getdents_ctx *c, const char *name, int len, unsigned long ino,
			 unsigned int type, char *rec, unsigned int *reclen)
{
	struct linux_dirent64 *d = (struct linux_dirent64 *)rec;
	unsigned int rl = ALIGN(offsetof(struct linux_dirent64, d_name) + len + 1, 8);

	*reclen = rl;
	if (rl > c->left)
		return 1;
	memset(rec, 0, rl);
	d->d_ino = ino;
	d->d_reclen = rl;
	d->d_type = type;
	memcpy(d->d_name, name, len);
	return 0;
}

/* Patch the previous record's d_off to pos, in the user buffer. */
static int set_prev_off(struct getdents_ctx *c, loff_t pos)
{
	u64 off64 = pos;
	u32 off32 = pos;

	if (!c->prev_off)
		return 0;
	if (c->wide)
		return copy_to_user(c->prev_off, &off64, sizeof(off64)) ? -EFAULT : 0;
	return copy_to_user(c->prev_off, &off32, sizeof(off32)) ? -EFAULT : 0;
}

static int getdents_filldir(void *ctx, const char *name, int len, loff_t pos,
			    unsigned long ino, unsigned int type)
{
	struct getdents_ctx *c = ctx;
	char rec[NAME_MAX + 32] __aligned(8);	/* one record, either kind */
	unsigned int reclen;
	int full = c->wide ? fill_dirent64(c, name, len, ino, type, rec, &reclen)
			   : fill_dirent(c, name, len, ino, type, rec, &reclen);

	if (full) {
		if (!c->prev_off)
			c->error = -EINVAL;	/* not even one record fits */
		return 1;
	}
	if ((c->error = set_prev_off(c, pos)) || copy_to_user(c->ubuf, rec, reclen)) {
		c->error = -EFAULT;
		return 1;
	}
	c->prev_off = c->ubuf + (c->wide ? offsetof(struct linux_dirent64, d_off)
					 : offsetof(struct linux_dirent, d_off));
	c->ubuf += reclen;
	c->left -= reclen;
	return 0;
}

static long do_getdents(unsigned int fd, void __user *ubuf, unsigned int count, bool wide)
{
	struct getdents_ctx c = { ubuf, count, NULL, wide, 0 };
	struct file *file = fget(fd);
	int err;

	if (!file)
		return -EBADF;
	if (!access_ok(ubuf, count))
		err = -EFAULT;
	else if (!file->f_op || !file->f_op->readdir)
		err = -ENOTDIR;
	else
		err = file->f_op->readdir(file, &c, getdents_filldir);
	if (!err && c.prev_off)
		err = set_prev_off(&c, file->f_pos);
	if (!err)
		err = c.error && !c.prev_off ? c.error : (int)(count - c.left);
	fput(file);
	return err;
}

/* getdents(fd, buf, size): bytes of struct linux_dirent, 0 at the end, -errno. */
SYSCALL_DEFINE3(getdents, unsigned int, fd, struct linux_dirent __user *, dirent,
		unsigned int, count)
{
	return do_getdents(fd, dirent, count, false);
}

/* getdents64(fd, buf, size): the same with struct linux_dirent64. */
SYSCALL_DEFINE3(getdents64, unsigned int, fd, struct linux_dirent64 __user *, dirent,
		unsigned int, count)
{
	return do_getdents(fd, dirent, count, true);
}
