/*
 * ext2: inodes and the blocks of a file.
 *
 * A file block number (iblock) becomes a device block number by a walk of
 * at most four steps: the inode's i_block[] slot, then up to three indirect
 * blocks of addr_per_block numbers each (ext2_block_to_path computes the
 * slot at each level). Block numbers read from indirect blocks are checked
 * before they are followed, so a damaged image gives -EIO, not a stray read.
 *
 * Inodes are written through (mark_inode_dirty writes the 128-byte base
 * inode at once); file data lives in the page cache and reaches the disk
 * through ext2_writepage.
 *
 * A symbolic link keeps its target in i_block itself when it is shorter
 * than 60 bytes (a "fast" link, no data block), else in one data block.
 */
#include <asm/page.h>
#include <fs/blkdev.h>
#include <fs/ext2_fs.h>
#include <kernel/printk.h>
#include <lib/string.h>
#include <mm/page.h>
#include <mm/slab.h>
#include <uapi/errno.h>
#include <uapi/fs.h>

static const u8 zero_block[4096];

/* Byte position of inode ino's on-disk record, or 0 if ino is out of range. */
static u64 ext2_inode_pos(struct super_block *sb, unsigned long ino)
{
	struct ext2_sb_info *sbi = EXT2_SB(sb);
	u32 ipg = sbi->es.s_inodes_per_group;

	if (ino < 1 || ino > sbi->es.s_inodes_count)
		return 0;
	return ((u64)sbi->gd[(ino - 1) / ipg].bg_inode_table << sb->s_blocksize_bits) +
	       (u64)((ino - 1) % ipg) * sbi->inode_size;
}

static struct inode *ext2_alloc_inode(struct super_block *sb)
{
	struct ext2_inode_info *ei = kzalloc(sizeof(*ei));

	return ei ? &ei->vfs_inode : NULL;
}

static void ext2_destroy_inode(struct inode *inode)
{
	kfree(EXT2_I(inode));
}

/* Character devices keep their number in i_block[0] (old) or [1] (new encoding). */
static u32 ext2_decode_dev(const u32 *blocks)
{
	if (blocks[0])
		return blocks[0] & 0xffff;
	return ((blocks[1] & 0xfff00) >> 12 << 8) | (blocks[1] & 0xff);
}

static int ext2_read_inode(struct inode *inode)
{
	struct ext2_inode_info *ei = EXT2_I(inode);
	u64 pos = ext2_inode_pos(inode->i_sb, inode->i_ino);
	struct ext2_inode raw;

	if (!pos || bdev_read(inode->i_sb->s_bdev, pos, &raw, sizeof(raw)))
		return -EIO;
	inode->i_mode = raw.i_mode;
	inode->i_uid = raw.i_uid | (uid_t)raw.i_uid_high << 16;
	inode->i_gid = raw.i_gid | (gid_t)raw.i_gid_high << 16;
	inode->i_nlink = raw.i_links_count;
	inode->i_size = raw.i_size;
	if (S_ISREG(raw.i_mode))
		inode->i_size |= (loff_t)raw.i_size_high << 32;
	inode->i_atime = raw.i_atime;
	inode->i_mtime = raw.i_mtime;
	inode->i_ctime = raw.i_ctime;
	inode->i_blocks = raw.i_blocks;
	memcpy(ei->i_data, raw.i_block, sizeof(ei->i_data));
	ei->i_flags = raw.i_flags;
	ei->i_dtime = raw.i_dtime;
	ei->i_file_acl = raw.i_file_acl;
	if (!inode->i_nlink || inode->i_size < 0 || inode->i_size > inode->i_sb->s_maxbytes) {
		ext2_error(inode->i_sb, __func__, "bad inode", inode->i_ino);
		return -EIO;
	}
	if (S_ISCHR(inode->i_mode) || S_ISBLK(inode->i_mode))
		inode->i_rdev = ext2_decode_dev(ei->i_data);
	ext2_set_inode_ops(inode);
	return 0;
}

static int ext2_write_inode(struct inode *inode)
{
	struct ext2_inode_info *ei = EXT2_I(inode);
	struct super_block *sb = inode->i_sb;
	u64 pos = ext2_inode_pos(sb, inode->i_ino);
	struct ext2_inode raw;

	if (sb->s_readonly)
		return -EROFS;
	if (!pos || bdev_read(sb->s_bdev, pos, &raw, sizeof(raw)))
		return -EIO;
	raw.i_mode = inode->i_mode;
	raw.i_uid = (u16)inode->i_uid;
	raw.i_uid_high = (u16)(inode->i_uid >> 16);
	raw.i_gid = (u16)inode->i_gid;
	raw.i_gid_high = (u16)(inode->i_gid >> 16);
	raw.i_links_count = inode->i_nlink;
	raw.i_size = (u32)inode->i_size;
	if (S_ISREG(inode->i_mode))
		raw.i_size_high = (u32)(inode->i_size >> 32);
	raw.i_atime = inode->i_atime;
	raw.i_mtime = inode->i_mtime;
	raw.i_ctime = inode->i_ctime;
	raw.i_dtime = ei->i_dtime;
	raw.i_blocks = inode->i_blocks;
	raw.i_flags = ei->i_flags;
	raw.i_file_acl = ei->i_file_acl;
	memcpy(raw.i_block, ei->i_data, sizeof(raw.i_block));	/* a device's number too */
	return bdev_write(sb->s_bdev, pos, &raw, sizeof(raw));
}

/*
 * The path to iblock: the slot index at each level (i_block[] first).
 * Returns the depth 1..4, or 0 if iblock is beyond the triple-indirect tree.
 */
static int ext2_block_to_path(struct inode *inode, u64 iblock, unsigned int offsets[4])
{
	struct ext2_sb_info *sbi = EXT2_SB(inode->i_sb);
	u64 apb = sbi->addr_per_block;
	unsigned int bits = sbi->addr_per_block_bits;

	if (iblock < EXT2_NDIR_BLOCKS) {
		offsets[0] = iblock;
		return 1;
	}
	iblock -= EXT2_NDIR_BLOCKS;
	if (iblock < apb) {
		offsets[0] = EXT2_IND_BLOCK;
		offsets[1] = iblock;
		return 2;
	}
	iblock -= apb;
	if (iblock < apb * apb) {
		offsets[0] = EXT2_DIND_BLOCK;
		offsets[1] = iblock >> bits;
		offsets[2] = iblock & (apb - 1);
		return 3;
	}
	iblock -= apb * apb;
	if (iblock < apb * apb * apb) {
		offsets[0] = EXT2_TIND_BLOCK;
		offsets[1] = iblock >> (2 * bits);
		offsets[2] = (iblock >> bits) & (apb - 1);
		offsets[3] = iblock & (apb - 1);
		return 4;
	}
	return 0;
}

/* A new zeroed block for inode, counted in i_blocks; 0 and *err on failure. */
static u32 ext2_alloc_zeroed(struct inode *inode, u32 goal, int *err)
{
	struct super_block *sb = inode->i_sb;
	u32 blk = ext2_new_block(inode, goal, err);

	if (!blk)
		return 0;
	*err = ext2_bwrite(sb, blk, zero_block);
	if (*err) {
		ext2_free_block(sb, blk);
		return 0;
	}
	inode->i_blocks += sb->s_blocksize >> 9;
	return blk;
}

/*
 * Map file block iblock of inode: *pblock = its device block, or 0 for a
 * hole. With create, a hole is filled: the data block and any missing
 * indirect blocks are allocated zeroed, counted in i_blocks, and the inode
 * is written. Returns 0, -EFBIG past the triple-indirect tree, -EIO for a
 * damaged block number or a read error, or the allocation's error.
 */
int ext2_get_block(struct inode *inode, u32 iblock, u32 *pblock, bool create)
{
	struct super_block *sb = inode->i_sb;
	struct ext2_inode_info *ei = EXT2_I(inode);
	unsigned int offsets[4];
	int depth = ext2_block_to_path(inode, iblock, offsets), k, err = 0;
	u32 blk, parent = 0;
	bool dirty = false;

	*pblock = 0;
	if (!depth)
		return -EFBIG;
	blk = ei->i_data[offsets[0]];
	for (k = 0;; k++) {
		u64 slot_pos = ((u64)parent << sb->s_blocksize_bits) + offsets[k] * 4;

		if (!blk) {
			if (!create)
				break;
			blk = ext2_alloc_zeroed(inode, parent, &err);
			if (!blk)
				break;
			dirty = true;
			if (k == 0)
				ei->i_data[offsets[0]] = blk;
			else if ((err = bdev_write(sb->s_bdev, slot_pos, &blk, 4)))
				break;
		}
		if (!ext2_block_ok(sb, blk)) {
			ext2_error(sb, __func__, "block number out of range in inode", inode->i_ino);
			err = -EIO;
			break;
		}
		if (k == depth - 1) {
			*pblock = blk;
			break;
		}
		parent = blk;
		if (bdev_read(sb->s_bdev, ((u64)parent << sb->s_blocksize_bits) + offsets[k + 1] * 4,
			      &blk, 4)) {
			err = -EIO;
			break;
		}
	}
	if (dirty)
		mark_inode_dirty(inode);
	return err;
}

/*
 * Free the blocks of the subtree rooted at blk (depth 0 = a data block)
 * that hold file blocks at or past `from` (relative to the subtree). The
 * caller clears its pointer to blk when from is 0 (the whole subtree goes).
 */
static void ext2_free_tree(struct inode *inode, u32 blk, int depth, u64 from)
{
	struct super_block *sb = inode->i_sb;
	unsigned int apb = EXT2_SB(sb)->addr_per_block, i;
	u64 per = 1;
	bool changed = false;
	u32 *buf;

	if (!blk)
		return;
	if (depth > 0) {
		for (i = 1; i < (unsigned int)depth; i++)
			per *= apb;
		buf = kmalloc(sb->s_blocksize);
		if (!buf || !ext2_block_ok(sb, blk) || ext2_bread(sb, blk, buf)) {
			kfree(buf);
			return;
		}
		for (i = 0; i < apb; i++) {
			u64 first = i * per;

			if (!buf[i] || first + per <= from)
				continue;
			ext2_free_tree(inode, buf[i], depth - 1, from > first ? from - first : 0);
			if (from <= first) {
				buf[i] = 0;
				changed = true;
			}
		}
		if (from && changed)
			ext2_bwrite(sb, blk, buf);
		kfree(buf);
	}
	if (!from) {
		ext2_free_block(sb, blk);
		inode->i_blocks -= sb->s_blocksize >> 9;
	}
}

/* Zero the on-disk bytes of the last block past i_size, for a later extension. */
static void ext2_zero_tail(struct inode *inode)
{
	struct super_block *sb = inode->i_sb;
	unsigned int off = inode->i_size & (sb->s_blocksize - 1);
	u32 pblock;

	if (!off || ext2_get_block(inode, inode->i_size >> sb->s_blocksize_bits, &pblock, false) ||
	    !pblock)
		return;
	bdev_write(sb->s_bdev, ((u64)pblock << sb->s_blocksize_bits) + off, zero_block,
		   sb->s_blocksize - off);
}

/*
 * i_op->truncate: free the blocks wholly past i_size (set by the caller),
 * indirect blocks too, and zero the on-disk tail of the last one, then
 * update mtime and ctime and write the inode. Nothing on a read-only mount.
 */
void ext2_truncate(struct inode *inode)
{
	struct super_block *sb = inode->i_sb;
	struct ext2_inode_info *ei = EXT2_I(inode);
	u64 apb = EXT2_SB(sb)->addr_per_block;
	u64 from = (inode->i_size + sb->s_blocksize - 1) >> sb->s_blocksize_bits;
	u64 base = EXT2_NDIR_BLOCKS, span = apb;
	int level;

	if (sb->s_readonly)
		return;
	ext2_zero_tail(inode);
	for (; from < EXT2_NDIR_BLOCKS; from++) {
		ext2_free_tree(inode, ei->i_data[from], 0, 0);
		ei->i_data[from] = 0;
	}
	/* The three indirect trees cover [base, base + span) each. */
	for (level = 1; level <= 3; level++) {
		u32 *slot = &ei->i_data[EXT2_IND_BLOCK + level - 1];

		if (from < base + span) {
			u64 rel = from > base ? from - base : 0;

			ext2_free_tree(inode, *slot, level, rel);
			if (!rel)
				*slot = 0;
		}
		base += span;
		span *= apb;
	}
	inode->i_mtime = inode->i_ctime = current_time();
	mark_inode_dirty(inode);
}

/* Drop an extended-attribute block (mke2fs -d may copy xattrs from the host). */
static void ext2_free_xattr_block(struct inode *inode)
{
	struct super_block *sb = inode->i_sb;
	u32 blk = EXT2_I(inode)->i_file_acl, hdr[2];
	u64 pos = (u64)blk << sb->s_blocksize_bits;

	if (!blk || !ext2_block_ok(sb, blk) || bdev_read(sb->s_bdev, pos, hdr, sizeof(hdr)))
		return;
	if (hdr[0] == 0xEA020000 && hdr[1] > 1) {
		hdr[1]--;
		bdev_write(sb->s_bdev, pos + 4, &hdr[1], 4);
	} else {
		ext2_free_block(sb, blk);
		inode->i_blocks -= sb->s_blocksize >> 9;
	}
	EXT2_I(inode)->i_file_acl = 0;
}

/*
 * A symbolic link whose target lives in i_data (i_block on disk), not in a
 * data block: one with no blocks but an extended-attribute block, as
 * Linux and e2fsck tell them apart.
 */
static bool ext2_inode_is_fast_symlink(struct inode *inode)
{
	unsigned long ea_blocks = EXT2_I(inode)->i_file_acl ? inode->i_sb->s_blocksize >> 9 : 0;

	return S_ISLNK(inode->i_mode) && inode->i_blocks == ea_blocks;
}

static void ext2_delete_inode(struct inode *inode)
{
	bool is_dir = S_ISDIR(inode->i_mode);
	/* i_data holds block numbers, but for a device's number or a fast link's text. */
	bool has_blocks = (S_ISREG(inode->i_mode) || S_ISDIR(inode->i_mode) ||
			   S_ISLNK(inode->i_mode)) && !ext2_inode_is_fast_symlink(inode);

	if (inode->i_sb->s_readonly)
		return;
	inode->i_size = 0;
	if (has_blocks)
		ext2_truncate(inode);
	ext2_free_xattr_block(inode);
	EXT2_I(inode)->i_dtime = current_time() ? current_time() : 1;
	ext2_write_inode(inode);
	ext2_free_inode_nr(inode->i_sb, inode->i_ino, is_dir);
}

/* Blocks of page in the file, and whether each one must be written. */
static unsigned int blocks_per_page(struct inode *inode)
{
	return PAGE_SIZE >> inode->i_sb->s_blocksize_bits;
}

static int ext2_readpage(struct file *file, struct page *page)
{
	struct inode *inode = page->mapping->host;
	struct super_block *sb = inode->i_sb;
	unsigned int n = blocks_per_page(inode), i;
	u32 iblock = page->index * n;
	char *kaddr = page_address(page);

	for (i = 0; i < n; i++) {
		char *dst = kaddr + (i << sb->s_blocksize_bits);
		u32 pblock = 0;
		int err = 0;

		if (((loff_t)(iblock + i) << sb->s_blocksize_bits) < inode->i_size)
			err = ext2_get_block(inode, iblock + i, &pblock, false);
		if (err)
			return err;
		if (!pblock)
			memset(dst, 0, sb->s_blocksize);
		else if (ext2_bread(sb, pblock, dst))
			return -EIO;
	}
	SetPageUptodate(page);
	return 0;
}

/*
 * page->private of a page-cache page holds one bit per block that must be
 * written (write() sets them for the blocks it touched); 0 means "all",
 * which is what a store through a shared mapping dirties.
 */
static int ext2_writepage(struct page *page)
{
	struct inode *inode = page->mapping->host;
	struct super_block *sb = inode->i_sb;
	unsigned int n = blocks_per_page(inode), i;
	u32 iblock = page->index * n;
	char *kaddr = page_address(page);
	int err = 0;

	for (i = 0; i < n && !err; i++) {
		u32 pblock;

		if (((loff_t)(iblock + i) << sb->s_blocksize_bits) >= inode->i_size)
			break;
		if (page->private && !(page->private & (1UL << i)))
			continue;
		err = ext2_get_block(inode, iblock + i, &pblock, true);
		if (!err)
			err = ext2_bwrite(sb, pblock, kaddr + (i << sb->s_blocksize_bits));
	}
	page->private = 0;
	return err;
}

static int ext2_prepare_write(struct page *page, unsigned int from, unsigned int to)
{
	struct inode *inode = page->mapping->host;
	unsigned int bits = inode->i_sb->s_blocksize_bits, i;
	u32 iblock = page->index * blocks_per_page(inode), pblock;

	for (i = from >> bits; i < blocks_per_page(inode) && (i << bits) < to; i++) {
		int err = ext2_get_block(inode, iblock + i, &pblock, true);

		if (err)
			return err;
		page->private |= 1UL << i;
	}
	return 0;
}

static int ext2_fsync(struct file *file)
{
	int err = filemap_write_and_wait(file->f_mapping);

	mark_inode_dirty(file->f_inode);
	return err;
}

/*
 * i_op->get_link: the target of a symbolic link, from i_data (a fast link)
 * or from its one data block, into buf. Its length, or -EIO for a target
 * too long for where it is kept or a missing or unreadable block.
 */
static int ext2_get_link(struct inode *inode, char *buf)
{
	struct super_block *sb = inode->i_sb;
	bool fast = ext2_inode_is_fast_symlink(inode);
	size_t room = fast ? sizeof(EXT2_I(inode)->i_data) : sb->s_blocksize;
	u32 pblock = 0;
	char *block;
	int err;

	if (inode->i_size >= (loff_t)room || inode->i_size >= PATH_MAX) {
		ext2_error(sb, __func__, "symbolic link too long", inode->i_ino);
		return -EIO;
	}
	if (fast) {
		memcpy(buf, EXT2_I(inode)->i_data, inode->i_size);
	} else {
		err = ext2_get_block(inode, 0, &pblock, false);
		if (err || !pblock)
			return err ? err : -EIO;
		block = kmalloc(sb->s_blocksize);
		if (!block)
			return -ENOMEM;
		err = ext2_bread(sb, pblock, block);
		if (!err)
			memcpy(buf, block, inode->i_size);
		kfree(block);
		if (err)
			return err;
	}
	buf[inode->i_size] = '\0';
	return strlen(buf);
}

/*
 * Set i_op, i_fop and the address-space operations of inode from its file
 * type: regular files, directories, symbolic links and character devices.
 * Other types get none, and the system calls on them fail as for any
 * missing method.
 */
void ext2_set_inode_ops(struct inode *inode)
{
	if (S_ISREG(inode->i_mode)) {
		inode->i_op = &ext2_file_iops;
		inode->i_fop = &ext2_file_fops;
		inode->i_mapping->a_ops = &ext2_aops;
	} else if (S_ISDIR(inode->i_mode)) {
		inode->i_op = &ext2_dir_iops;
		inode->i_fop = &ext2_dir_fops;
	} else if (S_ISLNK(inode->i_mode)) {
		inode->i_op = &ext2_symlink_iops;
	} else if (S_ISCHR(inode->i_mode)) {
		init_special_inode(inode);
	} else if (S_ISFIFO(inode->i_mode)) {
		inode->i_fop = &fifo_fops;	/* opened, it is a pipe (fs/pipe.c) */
	}
}

/* Does block group g hold a copy of the superblock? (sparse_super: 0, 1, powers of 3, 5, 7) */
static bool ext2_bg_has_super(const struct ext2_sb_info *sbi, unsigned int g)
{
	unsigned int p;

	if (g <= 1 || !(sbi->es.s_feature_ro_compat & EXT2_FEATURE_RO_COMPAT_SPARSE_SUPER))
		return true;
	for (p = 3; p <= 7; p += 2) {
		unsigned int n = p;

		while (n < g)
			n *= p;
		if (n == g)
			return true;
	}
	return false;
}

/*
 * statfs, as Linux's ext2_statfs: the data blocks are all blocks less the
 * metadata (the blocks before the first group, every superblock and
 * descriptor copy, both bitmaps and the inode table of each group); the
 * reserved blocks are free but not available.
 */
static int ext2_statfs(struct super_block *sb, struct kstatfs *buf)
{
	struct ext2_sb_info *sbi = EXT2_SB(sb);
	const struct ext2_super_block *es = &sbi->es;
	unsigned int desc_blocks = (sbi->groups_count * sizeof(struct ext2_group_desc) +
				    sb->s_blocksize - 1) / sb->s_blocksize;
	unsigned int itb = (es->s_inodes_per_group * sbi->inode_size + sb->s_blocksize - 1) /
			   sb->s_blocksize;
	u64 overhead = es->s_first_data_block + (u64)sbi->groups_count * (2 + itb);
	unsigned int g;

	for (g = 0; g < sbi->groups_count; g++)
		if (ext2_bg_has_super(sbi, g))
			overhead += 1 + desc_blocks;
	buf->f_type = EXT2_SUPER_MAGIC;
	buf->f_bsize = sb->s_blocksize;
	buf->f_blocks = es->s_blocks_count - overhead;
	buf->f_bfree = es->s_free_blocks_count;
	buf->f_bavail = es->s_free_blocks_count > es->s_r_blocks_count ?
			es->s_free_blocks_count - es->s_r_blocks_count : 0;
	buf->f_files = es->s_inodes_count;
	buf->f_ffree = es->s_free_inodes_count;
	buf->f_namelen = EXT2_NAME_LEN;
	return 0;
}

const struct super_operations ext2_sops = {
	.statfs = ext2_statfs,
	.alloc_inode = ext2_alloc_inode,
	.destroy_inode = ext2_destroy_inode,
	.read_inode = ext2_read_inode,
	.write_inode = ext2_write_inode,
	.delete_inode = ext2_delete_inode,
	.sync_fs = ext2_sync_fs,
};

const struct address_space_operations ext2_aops = {
	.readpage = ext2_readpage,
	.writepage = ext2_writepage,
	.prepare_write = ext2_prepare_write,
};

const struct inode_operations ext2_file_iops = {
	.truncate = ext2_truncate,
};

const struct inode_operations ext2_symlink_iops = {
	.get_link = ext2_get_link,
};

/* Does the block of inode at byte pos hold data: allocated, or a dirty cached page over it? */
static int ext2_block_has_data(struct inode *inode, loff_t pos)
{
	struct page *page;
	u32 pblock;
	int err = ext2_get_block(inode, pos >> inode->i_sb->s_blocksize_bits, &pblock, false);

	if (err || pblock)
		return err ? err : 1;
	page = find_get_page(inode->i_mapping, pos >> PAGE_SHIFT);
	if (!page)
		return 0;
	err = PageDirty(page);
	put_page(page);
	return err;
}

/*
 * lseek of an ext2 file: SEEK_DATA and SEEK_HOLE find real holes, block by
 * block through the block map (Linux's ext2 leaves them to the generic
 * whole-file answer; ext4 and tmpfs find holes, as this does). -ENXIO at
 * or past the end, or SEEK_DATA with only a hole after off.
 */
static loff_t ext2_file_llseek(struct file *file, loff_t off, int whence)
{
	struct inode *inode = file->f_inode;
	unsigned int bits = inode->i_sb->s_blocksize_bits;
	loff_t pos;

	if (whence != SEEK_DATA && whence != SEEK_HOLE)
		return generic_file_llseek(file, off, whence);
	if (off < 0 || off >= inode->i_size)
		return -ENXIO;
	for (pos = off; pos < inode->i_size; pos = ((pos >> bits) + 1) << bits) {
		int data = ext2_block_has_data(inode, pos);

		if (data < 0)
			return data;
		if (data == (whence == SEEK_DATA))
			break;
	}
	if (pos >= inode->i_size) {
		if (whence == SEEK_DATA)
			return -ENXIO;
		pos = inode->i_size;
	}
	file->f_pos = pos;
	return pos;
}

const struct file_operations ext2_file_fops = {
	.llseek = ext2_file_llseek,
	.read = generic_file_read,
	.write = generic_file_write,
	.mmap = generic_file_mmap,
	.fsync = ext2_fsync,
};
