/*
 * stat, lstat, fstat, their 64-bit forms, fstatat64 and statx, in the Linux
 * i386 layouts of include/fs/stat.h, and readlink, which reads a symbolic
 * link's target. The old struct stat cannot hold a size of 2 GiB or
 * more: Linux answers EOVERFLOW there, and so do we.
 */
#include <asm/uaccess.h>
#include <fs/fcntl.h>
#include <fs/fs.h>
#include <fs/namei.h>
#include <fs/stat.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <lib/string.h>
#include <mm/slab.h>
#include <uapi/errno.h>

static unsigned long long new_encode_dev(u32 dev)
{
	return (MINOR(dev) & 0xff) | (MAJOR(dev) << 8);
}

/* An id for a 16-bit field: one that does not fit shows as 65534, Linux's overflowuid. */
static unsigned short high2lowuid(u32 id)
{
	return id > 0xffff ? 65534 : id;
}

static int cp_old_stat(struct inode *inode, void __user *ust)
{
	struct stat st;

	if (inode->i_size > MAX_NON_LFS)
		return -EOVERFLOW;
	memset(&st, 0, sizeof(st));
	st.st_dev = inode->i_sb->s_dev;
	st.st_ino = inode->i_ino;
	st.st_mode = inode->i_mode;
	st.st_nlink = inode->i_nlink;
	st.st_uid = high2lowuid(inode->i_uid);
	st.st_gid = high2lowuid(inode->i_gid);
	st.st_rdev = inode->i_rdev;
	st.st_size = inode->i_size;
	st.st_blksize = inode->i_sb->s_blocksize ? inode->i_sb->s_blocksize : 1024;
	st.st_blocks = inode->i_blocks;
	st.st_atime = inode->i_atime;
	st.st_mtime = inode->i_mtime;
	st.st_ctime = inode->i_ctime;
	return copy_to_user(ust, &st, sizeof(st)) ? -EFAULT : 0;
}

static int cp_new_stat64(struct inode *inode, void __user *ust)
{
	struct stat64 st;

	memset(&st, 0, sizeof(st));
	st.st_dev = new_encode_dev(inode->i_sb->s_dev);
	st.__st_ino = inode->i_ino;
	st.st_ino = inode->i_ino;
	st.st_mode = inode->i_mode;
	st.st_nlink = inode->i_nlink;
	st.st_uid = inode->i_uid;
	st.st_gid = inode->i_gid;
	st.st_rdev = new_encode_dev(inode->i_rdev);
	st.st_size = inode->i_size;
	st.st_blksize = inode->i_sb->s_blocksize ? inode->i_sb->s_blocksize : 1024;
	st.st_blocks = inode->i_blocks;
	st.st_atime = inode->i_atime;
	st.st_mtime = inode->i_mtime;
	st.st_ctime = inode->i_ctime;
	return copy_to_user(ust, &st, sizeof(st)) ? -EFAULT : 0;
}

/* Resolve a user path from dfd (LOOKUP_* flags) and fill a stat buffer with fill(). */
static long stat_path(int dfd, const char __user *upath, unsigned int lookup,
		      void __user *ubuf, int (*fill)(struct inode *, void __user *))
{
	struct inode *inode;
	int err = user_path_at(dfd, upath, lookup, &inode);

	if (err)
		return err;
	err = fill(inode, ubuf);
	iput(inode);
	return err;
}

static long stat_fd(unsigned int fd, void __user *ubuf, int (*fill)(struct inode *, void __user *))
{
	struct file *file = fget_raw(fd);
	int err;

	if (!file)
		return -EBADF;
	err = fill(file->f_inode, ubuf);
	fput(file);
	return err;
}

#define OLD cp_old_stat
#define NEW cp_new_stat64

/*
 * stat(path, buf), lstat(path, buf), fstat(fd, buf): 0 or -errno, the old
 * struct stat (-EOVERFLOW for a size of 2 GiB or more). lstat does not
 * follow a symbolic link in the last component. Linux calls these
 * sys_newstat, sys_newlstat and sys_newfstat (its sys_stat is the older
 * call 18).
 */
SYSCALL_DEFINE2(stat, const char __user *, filename, struct stat __user *, statbuf)
{
	return stat_path(AT_FDCWD, filename, LOOKUP_FOLLOW, statbuf, OLD);
}

SYSCALL_DEFINE2(lstat, const char __user *, filename, struct stat __user *, statbuf)
{
	return stat_path(AT_FDCWD, filename, 0, statbuf, OLD);
}

SYSCALL_DEFINE2(fstat, unsigned int, fd, struct stat __user *, statbuf)
{
	return stat_fd(fd, statbuf, OLD);
}

/* stat64, lstat64, fstat64: the same with struct stat64 (64-bit size). */
SYSCALL_DEFINE2(stat64, const char __user *, filename, struct stat64 __user *, statbuf)
{
	return stat_path(AT_FDCWD, filename, LOOKUP_FOLLOW, statbuf, NEW);
}

SYSCALL_DEFINE2(lstat64, const char __user *, filename, struct stat64 __user *, statbuf)
{
	return stat_path(AT_FDCWD, filename, 0, statbuf, NEW);
}

SYSCALL_DEFINE2(fstat64, unsigned long, fd, struct stat64 __user *, statbuf)
{
	return stat_fd(fd, statbuf, NEW);
}

/* The AT_* flags of fstatat64 and statx as LOOKUP_* flags; -EINVAL for others. */
static int stat_lookup_flags(int flags)
{
	unsigned int lookup = LOOKUP_FOLLOW;

	if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH | AT_STATX_SYNC_TYPE))
		return -EINVAL;
	if (flags & AT_SYMLINK_NOFOLLOW)
		lookup &= ~LOOKUP_FOLLOW;
	if (flags & AT_EMPTY_PATH)
		lookup |= LOOKUP_EMPTY;
	return lookup;
}

/*
 * fstatat64(dfd, path, buf, flags): stat64 of a path walked from dfd;
 * AT_SYMLINK_NOFOLLOW as lstat64, AT_EMPTY_PATH with "" for dfd itself
 * (AT_FDCWD: the cwd). 0, -EINVAL for another flag, or the walk's error.
 * Linux names it sys_fstatat64 on 32-bit machines, sys_newfstatat on 64-bit.
 */
SYSCALL_DEFINE4(fstatat64, int, dfd, const char __user *, filename,
		struct stat64 __user *, statbuf, int, flag)
{
	int lookup = stat_lookup_flags(flag);

	if (lookup < 0)
		return lookup;
	return stat_path(dfd, filename, lookup, statbuf, NEW);
}

/* A timestamp in seconds as struct statx has it. */
static struct statx_timestamp statx_time(u32 sec)
{
	return (struct statx_timestamp){ .tv_sec = sec };
}

/* Fill struct statx: every basic field (STATX_BASIC_STATS), the rest zero. */
static int cp_statx(struct inode *inode, void __user *ubuf)
{
	struct statx stx;

	memset(&stx, 0, sizeof(stx));
	stx.stx_mask = STATX_BASIC_STATS;
	stx.stx_blksize = inode->i_sb->s_blocksize ? inode->i_sb->s_blocksize : 1024;
	stx.stx_nlink = inode->i_nlink;
	stx.stx_uid = inode->i_uid;
	stx.stx_gid = inode->i_gid;
	stx.stx_mode = inode->i_mode;
	stx.stx_ino = inode->i_ino;
	stx.stx_size = inode->i_size;
	stx.stx_blocks = inode->i_blocks;
	stx.stx_atime = statx_time(inode->i_atime);
	stx.stx_mtime = statx_time(inode->i_mtime);
	stx.stx_ctime = statx_time(inode->i_ctime);
	stx.stx_rdev_major = MAJOR(inode->i_rdev);
	stx.stx_rdev_minor = MINOR(inode->i_rdev);
	stx.stx_dev_major = MAJOR(inode->i_sb->s_dev);
	stx.stx_dev_minor = MINOR(inode->i_sb->s_dev);
	return copy_to_user(ubuf, &stx, sizeof(stx)) ? -EFAULT : 0;
}

/*
 * statx(dfd, path, flags, mask, buf): struct statx of a path walked from
 * dfd, with fstatat64's flags and the AT_STATX_*_SYNC ones (accepted: the
 * inode in memory is always current). Every basic field is filled whatever
 * mask asks, as Linux may; ext2 has no birth time. 0, -EINVAL for both
 * sync flags, another flag or STATX__RESERVED in mask, -EFAULT, or the
 * walk's error. Linux 4.11+.
 */
SYSCALL_DEFINE5(statx, int, dfd, const char __user *, filename, unsigned int, flags,
		unsigned int, mask, struct statx __user *, buffer)
{
	int lookup = stat_lookup_flags(flags);

	if (lookup < 0)
		return lookup;
	if ((flags & AT_STATX_SYNC_TYPE) == AT_STATX_SYNC_TYPE || (mask & STATX__RESERVED))
		return -EINVAL;
	return stat_path(dfd, filename, lookup, buffer, cp_statx);
}

/*
 * readlinkat(dfd, path, buf, bufsiz): copy the target of the symbolic link
 * a path walked from dfd names (not followed) into buf, without a NUL,
 * cut to bufsiz bytes: the bytes copied, or -EINVAL (bufsiz not positive,
 * or not a symbolic link), -EFAULT, or the walk's error.
 */
SYSCALL_DEFINE4(readlinkat, int, dfd, const char __user *, pathname, char __user *, buf,
		int, bufsiz)
{
	struct inode *inode;
	char *target;
	int err, len;

	if (bufsiz <= 0)
		return -EINVAL;
	err = user_path_at(dfd, pathname, 0, &inode);
	if (err)
		return err;
	err = -EINVAL;
	if (S_ISLNK(inode->i_mode) && inode->i_op && inode->i_op->get_link) {
		err = -ENOMEM;
		target = kmalloc(PATH_MAX);
		if (target && (err = len = inode->i_op->get_link(inode, target)) >= 0) {
			len = min(len, bufsiz);
			err = copy_to_user(buf, target, len) ? -EFAULT : len;
		}
		kfree(target);
	}
	iput(inode);
	return err;
}

/* readlink(path, buf, bufsiz): readlinkat from the cwd. */
SYSCALL_DEFINE3(readlink, const char __user *, path, char __user *, buf, int, bufsiz)
{
	return sys_readlinkat(AT_FDCWD, path, buf, bufsiz);
}
