/*
 * stat, lstat, fstat and their 64-bit forms, in the Linux i386 layouts of
 * include/fs/stat.h. The old struct stat cannot hold a size of 2 GiB or
 * more: Linux answers EOVERFLOW there, and so do we.
 */
#include <asm/uaccess.h>
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
	st.st_uid = inode->i_uid;
	st.st_gid = inode->i_gid;
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

/* Resolve a user path and fill a stat buffer with fill(). */
static long stat_path(const char __user *upath, void __user *ubuf,
		      int (*fill)(struct inode *, void __user *))
{
	struct inode *inode;
	int err = 0;
	char *name = getname(upath, &err);

	if (!name)
		return err;
	err = path_lookup(name, &inode);
	kfree(name);
	if (err)
		return err;
	err = fill(inode, ubuf);
	iput(inode);
	return err;
}

static long stat_fd(unsigned int fd, void __user *ubuf, int (*fill)(struct inode *, void __user *))
{
	struct file *file = fget(fd);
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
 * struct stat (-EOVERFLOW for a size of 2 GiB or more). Linux calls these
 * sys_newstat, sys_newlstat and sys_newfstat (its sys_stat is the older
 * call 18). No symbolic links exist here, so lstat is stat.
 */
SYSCALL_DEFINE2(stat, const char __user *, filename, struct stat __user *, statbuf)
{
	return stat_path(filename, statbuf, OLD);
}

SYSCALL_DEFINE2(lstat, const char __user *, filename, struct stat __user *, statbuf)
{
	return stat_path(filename, statbuf, OLD);
}

SYSCALL_DEFINE2(fstat, unsigned int, fd, struct stat __user *, statbuf)
{
	return stat_fd(fd, statbuf, OLD);
}

/* stat64, lstat64, fstat64: the same with struct stat64 (64-bit size). */
SYSCALL_DEFINE2(stat64, const char __user *, filename, struct stat64 __user *, statbuf)
{
	return stat_path(filename, statbuf, NEW);
}

SYSCALL_DEFINE2(lstat64, const char __user *, filename, struct stat64 __user *, statbuf)
{
	return stat_path(filename, statbuf, NEW);
}

SYSCALL_DEFINE2(fstat64, unsigned long, fd, struct stat64 __user *, statbuf)
{
	return stat_fd(fd, statbuf, NEW);
}
