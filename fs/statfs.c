/*
 * statfs(2) and fstatfs(2) in their i386 forms (Linux: fs/statfs.c): the
 * filesystem's own numbers (super_operations->statfs) laid out as the
 * 32-bit struct statfs (99, 100) or struct statfs64 (268, 269), whose size
 * the caller passes and must get right.
 */
#include <asm/uaccess.h>
#include <fs/fs.h>
#include <fs/namei.h>
#include <kernel/syscalls.h>
#include <lib/string.h>
#include <uapi/errno.h>
#include <uapi/fcntl.h>

#define ST_RDONLY	0x0001
#define ST_VALID	0x0020	/* f_flags is filled in (Linux 2.6.36+) */

/* The old layout: every count in 32 bits. */
struct statfs32 {
	u32 f_type, f_bsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree;
	int f_fsid[2];
	u32 f_namelen, f_frsize, f_flags, f_spare[4];
};

/* statfs64's layout on i386: 64-bit counts, packed to 4 bytes (84 bytes). */
struct statfs64_32 {
	u32 f_type, f_bsize;
	u64 f_blocks, f_bfree, f_bavail, f_files, f_ffree;
	int f_fsid[2];
	u32 f_namelen, f_frsize, f_flags, f_spare[4];
} __attribute__((packed, aligned(4)));

_Static_assert(sizeof(struct statfs32) == 64, "struct statfs is 64 bytes");
_Static_assert(sizeof(struct statfs64_32) == 84, "i386 struct statfs64 is 84 bytes");

/* The numbers of the filesystem inode lives on; 0 or the filesystem's error. */
static int vfs_statfs(struct inode *inode, struct kstatfs *st)
{
	struct super_block *sb = inode->i_sb;

	memset(st, 0, sizeof(*st));
	st->f_bsize = sb->s_blocksize;
	st->f_namelen = NAME_MAX;
	return sb->s_op->statfs ? sb->s_op->statfs(sb, st) : 0;
}

/* Copy st out as struct statfs64 (big 0) or struct statfs (-EOVERFLOW if a count does not fit). */
static int put_statfs(struct inode *inode, const struct kstatfs *st, void __user *ubuf, bool big)
{
	u32 flags = ST_VALID | (inode->i_sb->s_readonly ? ST_RDONLY : 0);
	int fsid[2] = { (int)inode->i_sb->s_dev, 0 };

	if (big) {
		struct statfs64_32 b = { st->f_type, st->f_bsize, st->f_blocks, st->f_bfree,
					 st->f_bavail, st->f_files, st->f_ffree, { fsid[0], fsid[1] },
					 st->f_namelen, st->f_bsize, flags, { 0 } };

		return copy_to_user(ubuf, &b, sizeof(b)) ? -EFAULT : 0;
	}
	if ((st->f_blocks | st->f_bfree | st->f_bavail | st->f_files | st->f_ffree) >> 32)
		return -EOVERFLOW;
	{
		struct statfs32 s = { st->f_type, st->f_bsize, st->f_blocks, st->f_bfree,
				      st->f_bavail, st->f_files, st->f_ffree, { fsid[0], fsid[1] },
				      st->f_namelen, st->f_bsize, flags, { 0 } };

		return copy_to_user(ubuf, &s, sizeof(s)) ? -EFAULT : 0;
	}
}

/* statfs of a path (following links) into ubuf; see put_statfs. */
static long do_statfs(const char __user *upath, void __user *ubuf, bool big)
{
	struct kstatfs st;
	struct inode *inode;
	int err = user_path_at(AT_FDCWD, upath, LOOKUP_FOLLOW, &inode);

	if (err)
		return err;
	err = vfs_statfs(inode, &st);
	if (!err)
		err = put_statfs(inode, &st, ubuf, big);
	iput(inode);
	return err;
}

/* fstatfs of an open file into ubuf: -EBADF, or see put_statfs. */
static long do_fstatfs(unsigned int fd, void __user *ubuf, bool big)
{
	struct file *file = fget_raw(fd);
	struct kstatfs st;
	int err;

	if (!file)
		return -EBADF;
	err = vfs_statfs(file->f_inode, &st);
	if (!err)
		err = put_statfs(file->f_inode, &st, ubuf, big);
	fput(file);
	return err;
}

/* statfs(path, buf): the 32-bit struct statfs; -EOVERFLOW for counts past 2^32. */
SYSCALL_DEFINE2(statfs, const char __user *, pathname, void __user *, buf)
{
	return do_statfs(pathname, buf, false);
}

/* statfs64(path, sz, buf): sz must be sizeof(struct statfs64), 84, else -EINVAL. */
SYSCALL_DEFINE3(statfs64, const char __user *, pathname, size_t, sz, void __user *, buf)
{
	return sz == sizeof(struct statfs64_32) ? do_statfs(pathname, buf, true) : -EINVAL;
}

/* fstatfs(fd, buf): statfs of an open file. */
SYSCALL_DEFINE2(fstatfs, unsigned int, fd, void __user *, buf)
{
	return do_fstatfs(fd, buf, false);
}

/* fstatfs64(fd, sz, buf): statfs64 of an open file. */
SYSCALL_DEFINE3(fstatfs64, unsigned int, fd, size_t, sz, void __user *, buf)
{
	return sz == sizeof(struct statfs64_32) ? do_fstatfs(fd, buf, true) : -EINVAL;
}
