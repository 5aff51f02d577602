/*
 * The ext2 on-disk format (revision 1), little-endian, as e2fsprogs writes
 * it, and the in-memory state fs/ext2_*.c keep per mount and per inode.
 *
 * Layout: block 0 (or the first 1024 bytes of it) is the boot block; the
 * superblock is at byte 1024. The block after the superblock's starts the
 * group descriptor table. Each block group has a block bitmap, an inode
 * bitmap and a slice of the inode table at the blocks its descriptor names.
 * An inode addresses its data through 12 direct block numbers, then one
 * indirect, one double-indirect and one triple-indirect block.
 */
#ifndef FS_EXT2_FS_H
#define FS_EXT2_FS_H

#include <fs/fs.h>
#include <kernel/types.h>

#define EXT2_SUPER_MAGIC	0xEF53
#define EXT2_SUPERBLOCK_OFFSET	1024
#define EXT2_ROOT_INO		2
#define EXT2_GOOD_OLD_FIRST_INO	11
#define EXT2_GOOD_OLD_INODE_SIZE 128
#define EXT2_NDIR_BLOCKS	12
#define EXT2_IND_BLOCK		12
#define EXT2_DIND_BLOCK		13
#define EXT2_TIND_BLOCK		14
#define EXT2_N_BLOCKS		15
#define EXT2_NAME_LEN		255
#define EXT2_LINK_MAX		32000	/* most links an inode may have */

/* Features we can read and write; anything else incompatible refuses the mount. */
#define EXT2_FEATURE_INCOMPAT_FILETYPE	0x0002
#define EXT2_FEATURE_RO_COMPAT_SPARSE_SUPER 0x0001
#define EXT2_FEATURE_RO_COMPAT_LARGE_FILE 0x0002
#define EXT2_INDEX_FL		0x00001000	/* htree directory: we clear it on change */

/* Directory entry file types (filetype feature) */
#define EXT2_FT_UNKNOWN	0
#define EXT2_FT_REG_FILE 1
#define EXT2_FT_DIR	2
#define EXT2_FT_CHRDEV	3
#define EXT2_FT_BLKDEV	4
#define EXT2_FT_FIFO	5
#define EXT2_FT_SOCK	6
#define EXT2_FT_SYMLINK	7

struct ext2_super_block {
	u32 s_inodes_count;
	u32 s_blocks_count;
	u32 s_r_blocks_count;
	u32 s_free_blocks_count;
	u32 s_free_inodes_count;
	u32 s_first_data_block;		/* 1 for 1 KiB blocks, else 0 */
	u32 s_log_block_size;		/* block size = 1024 << this */
	u32 s_log_frag_size;
	u32 s_blocks_per_group;
	u32 s_frags_per_group;
	u32 s_inodes_per_group;
	u32 s_mtime, s_wtime;
	u16 s_mnt_count;
	s16 s_max_mnt_count;
	u16 s_magic;
	u16 s_state;
	u16 s_errors;
	u16 s_minor_rev_level;
	u32 s_lastcheck, s_checkinterval;
	u32 s_creator_os;
	u32 s_rev_level;
	u16 s_def_resuid, s_def_resgid;
	/* revision 1 */
	u32 s_first_ino;
	u16 s_inode_size;
	u16 s_block_group_nr;
	u32 s_feature_compat;
	u32 s_feature_incompat;
	u32 s_feature_ro_compat;
	u8 s_uuid[16];
	char s_volume_name[16];
	/* more fields follow that we leave alone */
} __attribute__((packed));

struct ext2_group_desc {
	u32 bg_block_bitmap;
	u32 bg_inode_bitmap;
	u32 bg_inode_table;
	u16 bg_free_blocks_count;
	u16 bg_free_inodes_count;
	u16 bg_used_dirs_count;
	u16 bg_pad;
	u32 bg_reserved[3];
} __attribute__((packed));

struct ext2_inode {
	u16 i_mode;
	u16 i_uid;
	u32 i_size;
	u32 i_atime, i_ctime, i_mtime, i_dtime;
	u16 i_gid;
	u16 i_links_count;
	u32 i_blocks;			/* 512-byte units */
	u32 i_flags;
	u32 i_osd1;
	u32 i_block[EXT2_N_BLOCKS];
	u32 i_generation;
	u32 i_file_acl;
	u32 i_size_high;		/* regular files with large_file */
	u32 i_faddr;
	u8 i_osd2_frag[4];		/* fragments: unused by Linux */
	u16 i_uid_high;			/* bits 16-31 of the owner (Linux's osd2 layout) */
	u16 i_gid_high;
	u32 i_osd2_reserved;
	/* 256-byte inodes: i_extra_isize and more, kept as they are */
} __attribute__((packed));

_Static_assert(sizeof(struct ext2_inode) == 128, "the ext2 base inode is 128 bytes");

struct ext2_dir_entry_2 {
	u32 inode;			/* 0 = unused entry */
	u16 rec_len;			/* bytes to the next entry */
	u8 name_len;
	u8 file_type;
	char name[];
} __attribute__((packed));

/* Bytes an entry with a name of len needs: header plus name, 4-aligned. */
#define EXT2_DIR_REC_LEN(len)	(((len) + 8 + 3) & ~3)

/* Per mount. */
struct ext2_sb_info {
	struct ext2_super_block es;	/* the on-disk superblock, kept current */
	struct ext2_group_desc *gd;	/* all group descriptors */
	unsigned int groups_count;
	unsigned int inode_size;
	unsigned int addr_per_block;	/* block numbers per indirect block */
	unsigned int addr_per_block_bits;
	u32 gdt_block;			/* first block of the descriptor table */
};

/* Per inode: the VFS inode plus what only ext2 knows. */
struct ext2_inode_info {
	u32 i_data[EXT2_N_BLOCKS];	/* block pointers */
	u32 i_flags;
	u32 i_dtime;
	u32 i_file_acl;
	struct inode vfs_inode;
};

static inline struct ext2_inode_info *EXT2_I(struct inode *inode)
{
	return container_of(inode, struct ext2_inode_info, vfs_inode);
}
static inline struct ext2_sb_info *EXT2_SB(struct super_block *sb)
{
	return sb->s_fs_info;
}

/* ---- fs/ext2_super.c ---- */
struct super_block *ext2_mount(struct block_device *bdev);
int ext2_sync_fs(struct super_block *sb);
void ext2_error(struct super_block *sb, const char *fn, const char *msg, unsigned long n);

/* ---- fs/ext2_balloc.c ---- */
int ext2_bread(struct super_block *sb, u32 block, void *buf);
int ext2_bwrite(struct super_block *sb, u32 block, const void *buf);
bool ext2_block_ok(struct super_block *sb, u32 block);
u32 ext2_new_block(struct inode *inode, u32 goal, int *err);
void ext2_free_block(struct super_block *sb, u32 block);
unsigned long ext2_new_inode_nr(struct inode *dir, bool is_dir, int *err);
void ext2_free_inode_nr(struct super_block *sb, unsigned long ino, bool is_dir);

/* ---- fs/ext2_inode.c ---- */
extern const struct super_operations ext2_sops;
extern const struct address_space_operations ext2_aops;
extern const struct inode_operations ext2_file_iops;
extern const struct inode_operations ext2_symlink_iops;
extern const struct file_operations ext2_file_fops;
int ext2_get_block(struct inode *inode, u32 iblock, u32 *pblock, bool create);
void ext2_truncate(struct inode *inode);
void ext2_set_inode_ops(struct inode *inode);

/* ---- fs/ext2_dir.c ---- */
extern const struct file_operations ext2_dir_fops;
long ext2_inode_by_name(struct inode *dir, const char *name, int len);
int ext2_add_link(struct inode *dir, const char *name, int len, struct inode *inode);
int ext2_delete_entry(struct inode *dir, const char *name, int len);
int ext2_set_link(struct inode *dir, const char *name, int len, struct inode *inode,
		  bool update_times);
int ext2_empty_dir(struct inode *dir);
int ext2_make_empty(struct inode *inode, struct inode *parent);

/* ---- fs/ext2_namei.c ---- */
extern const struct inode_operations ext2_dir_iops;

#endif
