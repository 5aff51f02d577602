/*
 * The inode cache. Each mounted filesystem keeps its in-memory inodes on
 * sb->s_inodes; iget finds one there or reads it from disk. An inode stays
 * in memory while anything holds a reference (an open file, a cwd, a
 * mapping through its file); the last iput writes its pages back and drops
 * them, and frees the file on disk if it has no name left.
 */
#include <asm/irq.h>
#include <fs/fs.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/time.h>
#include <lib/string.h>
#include <mm/slab.h>

/*
 * Seconds for timestamps: the wall clock (kernel/time.c, from the RTC at
 * boot). Linux 4.x has current_time(inode) for the same purpose.
 */
u32 current_time(void)
{
	return (u32)ktime_get_real_seconds();
}

/*
 * A fresh inode of sb (i_count 1, on sb->s_inodes, an empty page cache),
 * not yet on disk: the filesystem fills in i_ino, the mode and the rest.
 * NULL without memory.
 */
struct inode *new_inode(struct super_block *sb)
{
	struct inode *inode = sb->s_op->alloc_inode(sb);

	if (!inode)
		return NULL;
	inode->i_sb = sb;
	inode->i_count = 1;
	inode->i_mapping = &inode->i_data;
	inode->i_data.host = inode;
	INIT_RADIX_TREE(&inode->i_data.page_tree);
	INIT_LIST_HEAD(&inode->i_data.page_list);
	INIT_LIST_HEAD(&inode->i_data.i_mmap);
	list_add(&inode->i_sb_list, &sb->s_inodes);
	return inode;
}

/* Take inode off its superblock's list and free it. */
static void destroy_inode(struct inode *inode)
{
	list_del(&inode->i_sb_list);
	inode->i_sb->s_op->destroy_inode(inode);
}

/*
 * The in-memory inode ino of sb with a reference taken, read from disk by
 * s_op->read_inode if it is not in memory; NULL if it cannot be read (or
 * without memory).
 */
struct inode *iget(struct super_block *sb, unsigned long ino)
{
	struct inode *inode;

	list_for_each_entry(inode, &sb->s_inodes, i_sb_list) {
		if (inode->i_ino == ino)
			return igrab(inode);
	}
	inode = new_inode(sb);
	if (!inode)
		return NULL;
	inode->i_ino = ino;
	if (sb->s_op->read_inode(inode)) {
		destroy_inode(inode);
		return NULL;
	}
	return inode;
}

/*
 * Drop a reference; NULL is allowed. The last one writes the inode's dirty
 * pages back, drops its page cache and frees it; if i_nlink is 0 the
 * filesystem frees it on disk instead (s_op->delete_inode).
 */
void iput(struct inode *inode)
{
	const struct super_operations *op;

	if (!inode)
		return;
	op = inode->i_sb->s_op;
	VM_BUG_ON(inode->i_count <= 0);
	if (--inode->i_count > 0)
		return;
	if (inode->i_nlink == 0 && op->delete_inode) {
		/* No name and no user: its data need not reach the disk. */
		truncate_inode_pages(inode->i_mapping, 0);
		op->delete_inode(inode);
	} else {
		filemap_write_and_wait(inode->i_mapping);
		truncate_inode_pages(inode->i_mapping, 0);
	}
	destroy_inode(inode);
}

/*
 * inode_init_owner - a new inode's owner and mode, as Linux's: the uid is
 * the creator's filesystem uid; the gid is the directory's when that has
 * the set-group-ID bit (and a new directory inherits the bit), else the
 * creator's filesystem gid. Linux 3.x name.
 */
void inode_init_owner(struct inode *inode, const struct inode *dir, umode_t mode)
{
	inode->i_uid = current ? current->fsuid : 0;
	if (dir && (dir->i_mode & S_ISGID)) {
		inode->i_gid = dir->i_gid;
		if (S_ISDIR(mode))
			mode |= S_ISGID;
	} else {
		inode->i_gid = current ? current->fsgid : 0;
	}
	inode->i_mode = mode;
}

/*
 * Write the inode's metadata to disk now, through s_op->write_inode: there
 * is no delayed inode writeback. Nothing on a read-only filesystem; errors
 * are the filesystem's to report.
 */
void mark_inode_dirty(struct inode *inode)
{
	const struct super_operations *op = inode->i_sb->s_op;

	if (op->write_inode && !inode->i_sb->s_readonly)
		op->write_inode(inode);
}
