/*
 * ext2: allocating and freeing blocks and inodes with the per-group
 * bitmaps. A bitmap block is read, one bit found or cleared, and only the
 * changed byte written back; the group descriptor's and the superblock's
 * free counts change with it, so e2fsck finds them right at any time.
 */
#include <fs/blkdev.h>
#include <fs/ext2_fs.h>
#include <kernel/printk.h>
#include <lib/string.h>
#include <mm/slab.h>
#include <uapi/errno.h>

/* Read block into buf (s_blocksize bytes); 0 or -EIO. */
int ext2_bread(struct super_block *sb, u32 block, void *buf)
{
	return bdev_read(sb->s_bdev, (u64)block << sb->s_blocksize_bits, buf, sb->s_blocksize);
}

/* Write block from buf (s_blocksize bytes); 0, -EIO, or -EROFS on a read-only mount. */
int ext2_bwrite(struct super_block *sb, u32 block, const void *buf)
{
	if (sb->s_readonly)
		return -EROFS;
	return bdev_write(sb->s_bdev, (u64)block << sb->s_blocksize_bits, buf, sb->s_blocksize);
}

/*
 * True if block is a block number of the filesystem (from
 * s_first_data_block up to the block count): block numbers read from the
 * disk are checked with it before they are followed.
 */
bool ext2_block_ok(struct super_block *sb, u32 block)
{
	struct ext2_super_block *es = &EXT2_SB(sb)->es;

	return block >= es->s_first_data_block && block < es->s_blocks_count;
}

/* Write group g's descriptor and the superblock after a count changed. */
static void ext2_write_counts(struct super_block *sb, unsigned int g)
{
	struct ext2_sb_info *sbi = EXT2_SB(sb);
	u64 pos = ((u64)sbi->gdt_block << sb->s_blocksize_bits) +
		  g * sizeof(struct ext2_group_desc);

	bdev_write(sb->s_bdev, pos, &sbi->gd[g], sizeof(struct ext2_group_desc));
	ext2_sync_fs(sb);
}

/*
 * Find a clear bit below nbits in the bitmap block `bitmap`, starting at
 * `start` and wrapping; set it on disk. Returns the bit or -ENOSPC / -EIO.
 */
static long ext2_claim_bit(struct super_block *sb, u32 bitmap, u32 nbits, u32 start)
{
	u8 *map = kmalloc(sb->s_blocksize);
	long bit = -ENOSPC;
	u32 i;

	if (!map)
		return -ENOMEM;
	if (ext2_bread(sb, bitmap, map)) {
		kfree(map);
		return -EIO;
	}
	for (i = 0; i < nbits; i++) {
		u32 b = (start + i) % nbits;

		if (!(map[b >> 3] & (1 << (b & 7)))) {
			map[b >> 3] |= 1 << (b & 7);
			if (bdev_write(sb->s_bdev, ((u64)bitmap << sb->s_blocksize_bits) + (b >> 3),
				       &map[b >> 3], 1))
				bit = -EIO;
			else
				bit = b;
			break;
		}
	}
	kfree(map);
	return bit;
}

/* Clear bit b of bitmap block `bitmap`; false if it was already clear. */
static bool ext2_release_bit(struct super_block *sb, u32 bitmap, u32 b)
{
	u64 pos = ((u64)bitmap << sb->s_blocksize_bits) + (b >> 3);
	u8 byte;

	if (bdev_read(sb->s_bdev, pos, &byte, 1) || !(byte & (1 << (b & 7))))
		return false;
	byte &= ~(1 << (b & 7));
	return bdev_write(sb->s_bdev, pos, &byte, 1) == 0;
}

/* Blocks in group g (the last group may be short). */
static u32 ext2_group_blocks(struct ext2_sb_info *sbi, unsigned int g)
{
	u32 first = sbi->es.s_first_data_block + g * sbi->es.s_blocks_per_group;

	return min(sbi->es.s_blocks_per_group, sbi->es.s_blocks_count - first);
}

/*
 * Allocate a block for inode: goal or the next free one in goal's group
 * (a goal that is not a block of the filesystem means the start of the
 * inode's group), then the following groups in turn. Its bitmap bit and
 * the free counts are written at once. Returns the block, or 0 with *err =
 * -EROFS, -ENOSPC, -EIO or -ENOMEM. Its contents are not cleared and
 * i_blocks is not charged: the caller does both.
 */
u32 ext2_new_block(struct inode *inode, u32 goal, int *err)
{
	struct super_block *sb = inode->i_sb;
	struct ext2_sb_info *sbi = EXT2_SB(sb);
	u32 bpg = sbi->es.s_blocks_per_group, first = sbi->es.s_first_data_block;
	unsigned int g0, i;

	*err = -EROFS;
	if (sb->s_readonly)
		return 0;
	if (!ext2_block_ok(sb, goal))
		goal = first + (inode->i_ino - 1) / sbi->es.s_inodes_per_group * bpg;
	g0 = (goal - first) / bpg;
	*err = -ENOSPC;
	for (i = 0; i < sbi->groups_count; i++) {
		unsigned int g = (g0 + i) % sbi->groups_count;
		u32 start = i == 0 ? (goal - first) % bpg : 0;
		long bit;

		if (!sbi->gd[g].bg_free_blocks_count)
			continue;
		bit = ext2_claim_bit(sb, sbi->gd[g].bg_block_bitmap, ext2_group_blocks(sbi, g), start);
		if (bit == -ENOSPC)
			continue;	/* the count was wrong; e2fsck will say so */
		if (bit < 0) {
			*err = (int)bit;
			return 0;
		}
		sbi->gd[g].bg_free_blocks_count--;
		sbi->es.s_free_blocks_count--;
		ext2_write_counts(sb, g);
		*err = 0;
		return first + g * bpg + (u32)bit;
	}
	return 0;
}

/*
 * Give block back to its group's bitmap and free counts (i_blocks is the
 * caller's); a block out of range or already free is an ext2_error.
 * Nothing on a read-only mount. Linux has ext2_free_blocks for a run.
 */
void ext2_free_block(struct super_block *sb, u32 block)
{
	struct ext2_sb_info *sbi = EXT2_SB(sb);
	u32 bpg = sbi->es.s_blocks_per_group;
	unsigned int g;

	if (sb->s_readonly)
		return;
	if (!ext2_block_ok(sb, block)) {
		ext2_error(sb, __func__, "freeing block out of range", block);
		return;
	}
	g = (block - sbi->es.s_first_data_block) / bpg;
	if (!ext2_release_bit(sb, sbi->gd[g].bg_block_bitmap,
			      (block - sbi->es.s_first_data_block) % bpg)) {
		ext2_error(sb, __func__, "freeing free block", block);
		return;
	}
	sbi->gd[g].bg_free_blocks_count++;
	sbi->es.s_free_blocks_count++;
	ext2_write_counts(sb, g);
}

/*
 * Allocate an on-disk inode number for a new file in dir, from dir's group
 * on (is_dir: count one directory more in the group). Returns it, or 0
 * with *err = -EROFS, -ENOSPC, -EIO (also for a reserved inode found free)
 * or -ENOMEM. The on-disk inode itself is not touched. Linux's
 * ext2_new_inode does this and sets up the in-memory inode too.
 */
unsigned long ext2_new_inode_nr(struct inode *dir, bool is_dir, int *err)
{
	struct super_block *sb = dir->i_sb;
	struct ext2_sb_info *sbi = EXT2_SB(sb);
	u32 ipg = sbi->es.s_inodes_per_group;
	unsigned int g0 = (dir->i_ino - 1) / ipg, i;

	*err = sb->s_readonly ? -EROFS : -ENOSPC;
	if (sb->s_readonly)
		return 0;
	for (i = 0; i < sbi->groups_count; i++) {
		unsigned int g = (g0 + i) % sbi->groups_count;
		long bit;

		if (!sbi->gd[g].bg_free_inodes_count)
			continue;
		bit = ext2_claim_bit(sb, sbi->gd[g].bg_inode_bitmap, ipg, 0);
		if (bit == -ENOSPC)
			continue;
		if (bit < 0) {
			*err = (int)bit;
			return 0;
		}
		if (g * ipg + bit + 1 < (sbi->es.s_rev_level ? sbi->es.s_first_ino
							     : EXT2_GOOD_OLD_FIRST_INO)) {
			ext2_error(sb, __func__, "reserved inode free in bitmap", bit + 1);
			*err = -EIO;
			return 0;
		}
		sbi->gd[g].bg_free_inodes_count--;
		sbi->es.s_free_inodes_count--;
		if (is_dir)
			sbi->gd[g].bg_used_dirs_count++;
		ext2_write_counts(sb, g);
		*err = 0;
		return g * ipg + (u32)bit + 1;
	}
	return 0;
}

/*
 * Give inode number ino back to its group's bitmap and free counts (is_dir:
 * one directory less in the group); a free inode is an ext2_error.
 * Nothing on a read-only mount.
 */
void ext2_free_inode_nr(struct super_block *sb, unsigned long ino, bool is_dir)
{
	struct ext2_sb_info *sbi = EXT2_SB(sb);
	u32 ipg = sbi->es.s_inodes_per_group;
	unsigned int g = (ino - 1) / ipg;

	if (sb->s_readonly)
		return;
	if (!ext2_release_bit(sb, sbi->gd[g].bg_inode_bitmap, (ino - 1) % ipg)) {
		ext2_error(sb, __func__, "freeing free inode", ino);
		return;
	}
	sbi->gd[g].bg_free_inodes_count++;
	sbi->es.s_free_inodes_count++;
	if (is_dir)
		sbi->gd[g].bg_used_dirs_count--;
	ext2_write_counts(sb, g);
}
