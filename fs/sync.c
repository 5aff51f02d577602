/*
 * Getting data to the disk: fsync and fdatasync for one file, sync and
 * sync_all for everything. Metadata is written through as it changes (see ext2_super.c),
 * so what remains is the dirty pages in the page caches.
 */
#include <fs/fs.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <uapi/errno.h>

/* Write back every cached inode of sb, then its superblock. */
static int sync_filesystem(struct super_block *sb)
{
	struct inode *inode;
	int err = 0, e;

	list_for_each_entry(inode, &sb->s_inodes, i_sb_list) {
		e = filemap_write_and_wait(inode->i_mapping);
		if (e && !err)
			err = e;
	}
	if (sb->s_op->sync_fs && (e = sb->s_op->sync_fs(sb)) && !err)
		err = e;
	return err;
}

/*
 * Write the root filesystem back to its device (procfs has nothing to
 * write): the dirty page-cache pages of every inode in memory, then the
 * superblock; inodes are written through already. Errors are not
 * reported: sync(2) has no way to say them.
 */
void sync_all(void)
{
	if (root_sb)
		sync_filesystem(root_sb);
}

/* sync(): write everything back; always 0. */
SYSCALL_DEFINE0(sync)
{
	sync_all();
	return 0;
}

/* fsync(fd): 0 once the file's data is on the disk; -EBADF, -EINVAL (a tty). */
SYSCALL_DEFINE1(fsync, unsigned int, fd)
{
	struct file *file = fget(fd);
	long err;

	if (!file)
		return -EBADF;
	err = file->f_op && file->f_op->fsync ? file->f_op->fsync(file) : -EINVAL;
	fput(file);
	return err;
}

/*
 * fdatasync(fd): fsync, which writes the data and the inode alike (the
 * inode is written through anyway); the same results.
 */
SYSCALL_DEFINE1(fdatasync, unsigned int, fd)
{
	return sys_fsync(fd);
}
