/*
 * statfs and fstatfs: how big a mounted filesystem is and how full, for
 * df (Linux: fs/statfs.c). The filesystem counts (s_op->statfs);
 * vfs_statfs adds what belongs to the mount. The calls copy the answer
 * out in one of the i386 layouts: struct statfs with 32-bit counts
 * (statfs 99, fstatfs 100; -EOVERFLOW if a count does not fit), or
 * struct statfs64 with 64-bit ones (statfs64 268, fstatfs64 269, which
 * glibc uses; the caller passes the size it expects, 84).
 */
#include <asm/uaccess.h>
#include <fs/fcntl.h>
#include <fs/fs.h>
#include <fs/namei.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <lib/string.h>
#include <uapi/errno.h>

/* struct statfs of the i386 ABI: 64 bytes. */
struct statfs {
	u32 f_type, f_bsize;
	u32 f_blocks, f_bfree, f_bavail, f_files, f_ffree;
	u32 f_fsid[2];
	u32 f_namelen, f_frsize, f_flags;
	u32 f_spare[4];
};

/* struct statfs64 of the i386 ABI: 84 bytes, the 64-bit fields only 4-aligned. */
struct statfs64 {
	u32 f_type, f_bsize;
	u64 f_blocks, f_bfree, f_bavail, f_files, f_ffree;
	u32 f_fsid[2];
	u32 f_namelen, f_frsize, f_flags;
	u32 f_spare[4];
} __attribute__((packed, aligned(4)));

/*
 * vfs_statfs - what statfs reports of the filesystem inode is on: the
 * filesystem's own answer (-ENOSYS if it has none), f_frsize defaulting
 * to the block size, and the mount flags (ST_VALID, relatime as every
 * mount here; ST_RDONLY as the filesystem says). 0 or -errno.
 */
int vfs_statfs(struct inode *inode, struct kstatfs *buf)
{
	struct super_block *sb = inode->i_sb;
	int err;

	if (!sb->s_op->statfs)
		return -ENOSYS;
	memset(buf, 0, sizeof(*buf));
	err = sb->s_op->statfs(sb, buf);
	if (err)
		return err;
	if (!buf->f_frsize)
		buf->f_frsize = buf->f_bsize;
	buf->f_flags |= ST_VALID | ST_RELATIME;
	return 0;
}

/* *buf into the 32-bit struct statfs at ubuf: 0, -EOVERFLOW or -EFAULT. */
static int put_statfs(const struct kstatfs *st, struct statfs __user *ubuf)
{
	struct statfs buf;

	if ((st->f_blocks | st->f_bfree | st->f_bavail | st->f_files | st->f_ffree) >> 32)
		return -EOVERFLOW;
	memset(&buf, 0, sizeof(buf));
	buf.f_type = st->f_type;
	buf.f_bsize = st->f_bsize;
	buf.f_blocks = st->f_blocks;
	buf.f_bfree = st->f_bfree;
	buf.f_bavail = st->f_bavail;
	buf.f_files = st->f_files;
	buf.f_ffree = st->f_ffree;
	memcpy(buf.f_fsid, st->f_fsid, sizeof(buf.f_fsid));
	buf.f_namelen = st->f_namelen;
	buf.f_frsize = st->f_frsize;
	buf.f_flags = st->f_flags;
	return copy_to_user(ubuf, &buf, sizeof(buf)) ? -EFAULT : 0;
}

/* *buf into the struct statfs64 at ubuf: 0 or -EFAULT. */
static int put_statfs64(const struct kstatfs *st, struct statfs64 __user *ubuf)
{
	struct statfs64 buf;

	memset(&buf, 0, sizeof(buf));
	buf.f_type = st->f_type;
	buf.f_bsize = st->f_bsize;
	buf.f_blocks = st->f_blocks;
	buf.f_bfree = st->f_bfree;
	buf.f_bavail = st->f_bavail;
	buf.f_files = st->f_files;
	buf.f_ffree = st->f_ffree;
	memcpy(buf.f_fsid, st->f_fsid, sizeof(buf.f_fsid));
	buf.f_namelen = st->f_namelen;
	buf.f_frsize = st->f_frsize;
	buf.f_flags = st->f_flags;
	return copy_to_user(ubuf, &buf, sizeof(buf)) ? -EFAULT : 0;
}

/* statfs of the filesystem the user path is on (symbolic links followed). */
static int user_statfs(const char __user *pathname, struct kstatfs *st)
{
	struct inode *inode;
	int err = user_path_at(AT_FDCWD, pathname, LOOKUP_FOLLOW, &inode);

	if (err)
		return err;
	err = vfs_statfs(inode, st);
	iput(inode);
	return err;
}

/* statfs of the filesystem an open file is on; -EBADF for a bad fd. */
static int fd_statfs(unsigned int fd, struct kstatfs *st)
{
	struct file *file = fget(fd);
	int err;

	if (!file)
		return -EBADF;
	err = vfs_statfs(file->f_inode, st);
	fput(file);
	return err;
}

/* statfs(pathname, buf): the filesystem of pathname, 32-bit counts; 0 or -errno. */
SYSCALL_DEFINE2(statfs, const char __user *, pathname, struct statfs __user *, buf)
{
	struct kstatfs st;
	int err = user_statfs(pathname, &st);

	return err ? err : put_statfs(&st, buf);
}

/* fstatfs(fd, buf): the same for an open file. */
SYSCALL_DEFINE2(fstatfs, unsigned int, fd, struct statfs __user *, buf)
{
	struct kstatfs st;
	int err = fd_statfs(fd, &st);

	return err ? err : put_statfs(&st, buf);
}

/* statfs64(pathname, sz, buf): 64-bit counts; -EINVAL unless sz is the struct's size. */
SYSCALL_DEFINE3(statfs64, const char __user *, pathname, size_t, sz,
		struct statfs64 __user *, buf)
{
	struct kstatfs st;
	int err;

	if (sz != sizeof(*buf))
		return -EINVAL;
	err = user_statfs(pathname, &st);
	return err ? err : put_statfs64(&st, buf);
}

/* fstatfs64(fd, sz, buf): the same for an open file. */
SYSCALL_DEFINE3(fstatfs64, unsigned int, fd, size_t, sz, struct statfs64 __user *, buf)
{
	struct kstatfs st;
	int err;

	if (sz != sizeof(*buf))
		return -EINVAL;
	err = fd_statfs(fd, &st);
	return err ? err : put_statfs64(&st, buf);
}
