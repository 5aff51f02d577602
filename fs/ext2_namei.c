/*
 * ext2: the directory inode operations the VFS calls once it has found the
 * parent directory and checked the name: lookup, create, mkdir, unlink,
 * rmdir, symlink, link and rename. Link counts follow Unix: a file has one
 * per name, a directory two (its name and its ".") plus one per
 * subdirectory (their ".."), so moving a directory moves a link from its
 * old parent to its new one, and its ".." entry must follow.
 */
#include <fs/blkdev.h>
#include <fs/ext2_fs.h>
#include <kernel/printk.h>
#include <lib/string.h>
#include <mm/slab.h>
#include <uapi/errno.h>
#include <uapi/fs.h>

static int ext2_lookup(struct inode *dir, const char *name, int len, struct inode **res)
{
	long ino = ext2_inode_by_name(dir, name, len);

	if (ino < 0)
		return ino;
	if (!ino)
		return -ENOENT;
	*res = iget(dir->i_sb, ino);
	return *res ? 0 : -EIO;
}

/* Zero the whole on-disk record (256-byte inodes carry an extra-size field). */
static int ext2_clear_disk_inode(struct super_block *sb, unsigned long ino)
{
	struct ext2_sb_info *sbi = EXT2_SB(sb);
	u32 ipg = sbi->es.s_inodes_per_group;
	u64 pos = ((u64)sbi->gd[(ino - 1) / ipg].bg_inode_table << sb->s_blocksize_bits) +
		  (u64)((ino - 1) % ipg) * sbi->inode_size;
	u8 raw[256] = { 0 };
	unsigned int n = min(sbi->inode_size, (unsigned int)sizeof(raw)), off;
	int err = 0;

	if (sbi->inode_size > EXT2_GOOD_OLD_INODE_SIZE)
		raw[128] = 32;		/* i_extra_isize, as mke2fs sets it */
	for (off = 0; off < sbi->inode_size && !err; off += n)
		err = bdev_write(sb->s_bdev, pos + off, raw, n);
	return err;
}

/* A new inode of the given mode in dir's filesystem, referenced; *err on failure. */
static struct inode *ext2_new_inode(struct inode *dir, umode_t mode, int *err)
{
	struct super_block *sb = dir->i_sb;
	unsigned long ino = ext2_new_inode_nr(dir, S_ISDIR(mode), err);
	struct inode *inode;

	if (!ino)
		return NULL;
	inode = new_inode(sb);
	if (!inode || (*err = ext2_clear_disk_inode(sb, ino))) {
		if (inode)
			iput(inode);
		else
			*err = -ENOMEM;
		ext2_free_inode_nr(sb, ino, S_ISDIR(mode));
		return NULL;
	}
	inode->i_ino = ino;
	inode_init_owner(inode, dir, mode);
	inode->i_nlink = 1;
	inode->i_atime = inode->i_mtime = inode->i_ctime = current_time();
	ext2_set_inode_ops(inode);
	mark_inode_dirty(inode);
	return inode;
}

static int ext2_create(struct inode *dir, const char *name, int len, umode_t mode,
		       struct inode **res)
{
	int err;
	struct inode *inode = ext2_new_inode(dir, S_IFREG | (mode & S_IALLUGO), &err);

	if (!inode)
		return err;
	err = ext2_add_link(dir, name, len, inode);
	if (err) {
		inode->i_nlink = 0;	/* the last iput frees it again */
		iput(inode);
		return err;
	}
	*res = inode;
	return 0;
}

static int ext2_mkdir(struct inode *dir, const char *name, int len, umode_t mode)
{
	int err;
	struct inode *inode;

	if (dir->i_nlink >= EXT2_LINK_MAX)
		return -EMLINK;
	inode = ext2_new_inode(dir, S_IFDIR | (mode & S_IALLUGO), &err);
	if (!inode)
		return err;
	inode->i_nlink = 2;
	err = ext2_make_empty(inode, dir);
	if (!err)
		err = ext2_add_link(dir, name, len, inode);
	if (err) {
		inode->i_nlink = 0;
		iput(inode);
		return err;
	}
	dir->i_nlink++;
	mark_inode_dirty(dir);
	iput(inode);
	return 0;
}

/* Look name up in dir for a removal; *res referenced. */
static int ext2_victim(struct inode *dir, const char *name, int len, struct inode **res)
{
	if (dir->i_sb->s_readonly)
		return -EROFS;
	return ext2_lookup(dir, name, len, res);
}

static int ext2_unlink(struct inode *dir, const char *name, int len)
{
	struct inode *inode;
	int err = ext2_victim(dir, name, len, &inode);

	if (err)
		return err;
	if (S_ISDIR(inode->i_mode))
		err = -EISDIR;
	else
		err = ext2_delete_entry(dir, name, len);
	if (!err) {
		inode->i_nlink--;
		inode->i_ctime = dir->i_ctime;
		mark_inode_dirty(inode);
	}
	iput(inode);	/* frees the file if that was its last name and use */
	return err;
}

static int ext2_rmdir(struct inode *dir, const char *name, int len)
{
	struct inode *inode;
	int err = ext2_victim(dir, name, len, &inode);

	if (err)
		return err;
	if (!S_ISDIR(inode->i_mode))
		err = -ENOTDIR;
	else if (inode->i_mounted)
		err = -EBUSY;
	else if ((err = ext2_empty_dir(inode)) >= 0)
		err = err ? ext2_delete_entry(dir, name, len) : -ENOTEMPTY;
	if (!err) {
		inode->i_nlink = 0;
		inode->i_size = 0;
		mark_inode_dirty(inode);
		dir->i_nlink--;
		mark_inode_dirty(dir);
	}
	iput(inode);
	return err;
}

/* Give a new symbolic link inode its one data block, holding target (l bytes) and zeros. */
static int ext2_write_slow_link(struct inode *inode, const char *target, size_t l)
{
	struct super_block *sb = inode->i_sb;
	u32 pblock;
	char *buf;
	int err = ext2_get_block(inode, 0, &pblock, true);

	if (err)
		return err;
	buf = kzalloc(sb->s_blocksize);
	if (!buf)
		return -ENOMEM;
	memcpy(buf, target, l);
	err = ext2_bwrite(sb, pblock, buf);
	kfree(buf);
	return err;
}

/*
 * A target shorter than the 60 bytes of i_block is kept there (a fast
 * link); a longer one, up to a block less its NUL, in a data block.
 */
/*
 * mknod: a FIFO, socket, character or block device inode, or a regular
 * file, named name in dir. A device's number goes into i_block as ext2
 * stores it: the old 8:8 form in the first word when it fits, else the new
 * form in the second (as Linux's ext2_mknod/old_encode_dev).
 */
static int ext2_mknod(struct inode *dir, const char *name, int len, umode_t mode, u32 rdev)
{
	struct inode *inode;
	int err = 0;

	inode = ext2_new_inode(dir, mode, &err);
	if (!inode)
		return err;
	if (S_ISCHR(mode) || S_ISBLK(mode)) {
		inode->i_rdev = rdev;
		if (MAJOR(rdev) < 256 && MINOR(rdev) < 256)
			EXT2_I(inode)->i_data[0] = (MAJOR(rdev) << 8) | MINOR(rdev);
		else
			EXT2_I(inode)->i_data[1] = (MINOR(rdev) & 0xff) | (MAJOR(rdev) << 8) |
						   ((MINOR(rdev) & ~0xffU) << 12);
	}
	ext2_set_inode_ops(inode);
	mark_inode_dirty(inode);
	err = ext2_add_link(dir, name, len, inode);
	if (err)
		inode->i_nlink = 0;	/* the iput frees it again */
	iput(inode);
	return err;
}

static int ext2_symlink(struct inode *dir, const char *name, int len, const char *target)
{
	size_t l = strlen(target);
	struct inode *inode;
	int err = 0;

	if (l + 1 > dir->i_sb->s_blocksize)
		return -ENAMETOOLONG;
	inode = ext2_new_inode(dir, S_IFLNK | S_IRWXUGO, &err);
	if (!inode)
		return err;
	if (l < sizeof(EXT2_I(inode)->i_data))
		memcpy(EXT2_I(inode)->i_data, target, l);
	else
		err = ext2_write_slow_link(inode, target, l);
	inode->i_size = l;
	mark_inode_dirty(inode);
	if (!err)
		err = ext2_add_link(dir, name, len, inode);
	if (err)
		inode->i_nlink = 0;	/* the iput frees it again */
	iput(inode);
	return err;
}

static int ext2_link(struct inode *inode, struct inode *dir, const char *name, int len)
{
	int err;

	if (inode->i_nlink >= EXT2_LINK_MAX)
		return -EMLINK;
	err = ext2_add_link(dir, name, len, inode);
	if (err)
		return err;
	inode->i_nlink++;
	inode->i_ctime = current_time();
	mark_inode_dirty(inode);
	return 0;
}

/* One link less on inode (two for a directory: its name and its "."). */
static void ext2_drop_victim(struct inode *inode)
{
	inode->i_nlink -= S_ISDIR(inode->i_mode) ? 2 : 1;
	inode->i_ctime = current_time();
	mark_inode_dirty(inode);
}

/* Count a subdirectory link more (delta 1) or less (-1) on dir. */
static void ext2_dir_nlink(struct inode *dir, int delta)
{
	dir->i_nlink += delta;
	mark_inode_dirty(dir);
}

/* RENAME_EXCHANGE: swap the two entries, and the ".." of directories that change parent. */
static int ext2_exchange(struct renamedata *rd)
{
	struct inode *old = rd->old_inode, *new = rd->new_inode;
	bool old_is_dir = S_ISDIR(old->i_mode), new_is_dir = S_ISDIR(new->i_mode);
	int err = ext2_set_link(rd->old_dir, rd->old_name, rd->old_len, new, true);

	if (!err)
		err = ext2_set_link(rd->new_dir, rd->new_name, rd->new_len, old, true);
	if (err || rd->old_dir == rd->new_dir)
		goto out;
	if (old_is_dir)
		err = ext2_set_link(old, "..", 2, rd->new_dir, false);
	if (!err && new_is_dir)
		err = ext2_set_link(new, "..", 2, rd->old_dir, false);
	if (old_is_dir != new_is_dir) {
		ext2_dir_nlink(rd->old_dir, old_is_dir ? -1 : 1);
		ext2_dir_nlink(rd->new_dir, old_is_dir ? 1 : -1);
	}
out:
	old->i_ctime = new->i_ctime = current_time();
	mark_inode_dirty(old);
	mark_inode_dirty(new);
	return err;
}

/*
 * Move old_name to new_name: the new entry first (over the replaced file,
 * whose link goes; a replaced directory must be empty), then the old one
 * goes, then a moved directory's ".." names its new parent. Linux's ext2
 * takes RENAME_NOREPLACE only; this one swaps with RENAME_EXCHANGE too.
 */
static int ext2_rename(struct renamedata *rd)
{
	struct inode *old = rd->old_inode, *new = rd->new_inode;
	bool is_dir = S_ISDIR(old->i_mode);
	int err;

	if (rd->flags & RENAME_EXCHANGE)
		return ext2_exchange(rd);
	if (new && is_dir && (err = ext2_empty_dir(new)) <= 0)
		return err ? err : -ENOTEMPTY;
	if (!new && is_dir && rd->new_dir != rd->old_dir && rd->new_dir->i_nlink >= EXT2_LINK_MAX)
		return -EMLINK;
	if (new)
		err = ext2_set_link(rd->new_dir, rd->new_name, rd->new_len, old, true);
	else
		err = ext2_add_link(rd->new_dir, rd->new_name, rd->new_len, old);
	if (err)
		return err;
	if (new)
		ext2_drop_victim(new);
	else if (is_dir)
		ext2_dir_nlink(rd->new_dir, 1);
	old->i_ctime = current_time();
	mark_inode_dirty(old);
	err = ext2_delete_entry(rd->old_dir, rd->old_name, rd->old_len);
	if (!err && is_dir) {
		if (rd->old_dir != rd->new_dir)
			err = ext2_set_link(old, "..", 2, rd->new_dir, false);
		ext2_dir_nlink(rd->old_dir, -1);
	}
	return err;
}

const struct inode_operations ext2_dir_iops = {
	.lookup = ext2_lookup,
	.create = ext2_create,
	.mkdir = ext2_mkdir,
	.mknod = ext2_mknod,
	.unlink = ext2_unlink,
	.rmdir = ext2_rmdir,
	.symlink = ext2_symlink,
	.link = ext2_link,
	.rename = ext2_rename,
};
