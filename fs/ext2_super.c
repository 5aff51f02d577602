/*
 * ext2: mounting. The superblock and the whole group-descriptor table are
 * read once and kept in memory; every change to them is written straight
 * back (write-through), so the image on the ramdisk is consistent after each
 * system call that allocates or frees, not only after sync.
 *
 * A damaged image must never crash the kernel: every number read from the
 * disk is checked before it is used as a block number, a size or an index.
 */
#include <fs/blkdev.h>
#include <fs/ext2_fs.h>
#include <kernel/printk.h>
#include <lib/string.h>
#include <mm/slab.h>
#include <uapi/errno.h>

/*
 * Report damage found at run time (fn is the reporting function, msg and n
 * say what): the filesystem becomes read-only so that it gets no worse.
 */
void ext2_error(struct super_block *sb, const char *fn, const char *msg, unsigned long n)
{
	printk(KERN_ERR "ext2 error (%s): %s %lu; filesystem now read-only\n", fn, msg, n);
	sb->s_readonly = true;
}

/* Check the numbers everything else is computed from; NULL if fine, else why. */
static const char *ext2_check_super(struct ext2_super_block *es, struct block_device *bdev)
{
	u32 bs;

	if (es->s_magic != EXT2_SUPER_MAGIC)
		return "bad magic number";
	if (es->s_rev_level > 1)
		return "unknown revision";
	if (es->s_log_block_size > 2)
		return "block size above 4096";
	bs = 1024U << es->s_log_block_size;
	if (!es->s_blocks_per_group || es->s_blocks_per_group > 8 * bs ||
	    !es->s_inodes_per_group || es->s_inodes_per_group > 8 * bs)
		return "bad group size";
	if (es->s_first_data_block != (bs == 1024) ||
	    es->s_blocks_count <= es->s_first_data_block)
		return "bad block count";
	if ((u64)es->s_blocks_count * bs > bdev->size)
		return "filesystem larger than the device";
	if (es->s_rev_level == 1 && (es->s_inode_size < EXT2_GOOD_OLD_INODE_SIZE ||
	    es->s_inode_size > bs || (es->s_inode_size & (es->s_inode_size - 1))))
		return "bad inode size";
	if (es->s_rev_level == 1 && (es->s_feature_incompat & ~EXT2_FEATURE_INCOMPAT_FILETYPE))
		return "unsupported incompatible features";
	return NULL;
}

/* Read the descriptor table and check each group's metadata block numbers. */
static int ext2_read_groups(struct super_block *sb)
{
	struct ext2_sb_info *sbi = EXT2_SB(sb);
	u32 itb_blocks = (sbi->es.s_inodes_per_group * sbi->inode_size + sb->s_blocksize - 1)
			 >> sb->s_blocksize_bits;
	unsigned int g;

	sbi->gd = kmalloc(sbi->groups_count * sizeof(struct ext2_group_desc));
	if (!sbi->gd)
		return -ENOMEM;
	if (bdev_read(sb->s_bdev, (u64)sbi->gdt_block << sb->s_blocksize_bits, sbi->gd,
		      sbi->groups_count * sizeof(struct ext2_group_desc)))
		return -EIO;
	for (g = 0; g < sbi->groups_count; g++) {
		struct ext2_group_desc *gd = &sbi->gd[g];

		if (!ext2_block_ok(sb, gd->bg_block_bitmap) ||
		    !ext2_block_ok(sb, gd->bg_inode_bitmap) ||
		    !ext2_block_ok(sb, gd->bg_inode_table) ||
		    !ext2_block_ok(sb, gd->bg_inode_table + itb_blocks - 1)) {
			printk(KERN_ERR "ext2: group %u: metadata block out of range\n", g);
			return -EIO;
		}
	}
	return 0;
}

/* Largest file: 12 direct blocks plus the three indirect trees. */
static loff_t ext2_max_size(struct super_block *sb)
{
	u64 apb = EXT2_SB(sb)->addr_per_block;
	u64 blocks = EXT2_NDIR_BLOCKS + apb + apb * apb + apb * apb * apb;
	u64 bytes = blocks << sb->s_blocksize_bits;

	/* i_blocks counts 512-byte sectors in 32 bits. */
	return bytes < (1ULL << 41) ? (loff_t)bytes : (loff_t)(1ULL << 41);
}

/* Fill sb from the checked on-disk superblock. */
static int ext2_fill_super(struct super_block *sb, struct ext2_sb_info *sbi)
{
	struct ext2_super_block *es = &sbi->es;
	const char *why = ext2_check_super(es, sb->s_bdev);

	if (why) {
		printk(KERN_ERR "ext2: cannot mount %s: %s\n", sb->s_bdev->name, why);
		return -EINVAL;
	}
	sb->s_blocksize_bits = 10 + es->s_log_block_size;
	sb->s_blocksize = 1UL << sb->s_blocksize_bits;
	sbi->inode_size = es->s_rev_level ? es->s_inode_size : EXT2_GOOD_OLD_INODE_SIZE;
	sbi->addr_per_block = sb->s_blocksize / 4;
	sbi->addr_per_block_bits = sb->s_blocksize_bits - 2;
	sbi->gdt_block = es->s_first_data_block + 1;
	sbi->groups_count = (es->s_blocks_count - es->s_first_data_block +
			     es->s_blocks_per_group - 1) / es->s_blocks_per_group;
	if ((u64)sbi->groups_count * es->s_inodes_per_group != es->s_inodes_count) {
		printk(KERN_ERR "ext2: cannot mount: inode count does not match groups\n");
		return -EINVAL;
	}
	if (es->s_rev_level == 1 && (es->s_feature_ro_compat &
	    ~(EXT2_FEATURE_RO_COMPAT_SPARSE_SUPER | EXT2_FEATURE_RO_COMPAT_LARGE_FILE))) {
		printk(KERN_WARNING "ext2: unsupported features: mounting read-only\n");
		sb->s_readonly = true;
	}
	sb->s_maxbytes = ext2_max_size(sb);
	return ext2_read_groups(sb);
}

/*
 * Read and check the superblock and group descriptors on bdev and read the
 * root directory: a mounted sb, or NULL (most failures print why). An
 * unsupported read-only-compatible feature mounts it read-only.
 */
struct super_block *ext2_mount(struct block_device *bdev)
{
	struct super_block *sb = kzalloc(sizeof(*sb));
	struct ext2_sb_info *sbi = kzalloc(sizeof(*sbi));

	if (!sb || !sbi)
		goto fail;
	sb->s_bdev = bdev;
	sb->s_dev = bdev->dev;
	sb->s_op = &ext2_sops;
	sb->s_fs_info = sbi;
	INIT_LIST_HEAD(&sb->s_inodes);
	if (bdev->size < EXT2_SUPERBLOCK_OFFSET + sizeof(sbi->es) ||
	    bdev_read(bdev, EXT2_SUPERBLOCK_OFFSET, &sbi->es, sizeof(sbi->es))) {
		printk(KERN_ERR "ext2: %s: too small for a superblock\n", bdev->name);
		goto fail;
	}
	if (ext2_fill_super(sb, sbi))
		goto fail;
	sb->s_root = iget(sb, EXT2_ROOT_INO);
	if (!sb->s_root || !S_ISDIR(sb->s_root->i_mode)) {
		printk(KERN_ERR "ext2: %s: bad root directory\n", bdev->name);
		goto fail;
	}
	return sb;
fail:
	if (sbi)
		kfree(sbi->gd);
	kfree(sbi);
	kfree(sb);
	return NULL;
}

/*
 * s_op->sync_fs: write the in-memory superblock (its free counts) to the
 * device; 0 or -EIO, and nothing on a read-only mount. The group
 * descriptors are written as they change (ext2_balloc.c).
 */
int ext2_sync_fs(struct super_block *sb)
{
	struct ext2_sb_info *sbi = EXT2_SB(sb);

	if (sb->s_readonly)
		return 0;
	return bdev_write(sb->s_bdev, EXT2_SUPERBLOCK_OFFSET, &sbi->es, sizeof(sbi->es));
}
