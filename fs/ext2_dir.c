/*
 * ext2: directories. A directory's blocks hold a chain of variable-length
 * entries (inode, rec_len, name_len, file_type, name); rec_len links each
 * entry to the next, and the last one of a block stretches to its end. A
 * deleted entry is absorbed into the previous one's rec_len (or, first in
 * its block, has inode 0), and a new entry takes the slack at the end of an
 * entry whose rec_len exceeds what its name needs.
 *
 * Directory blocks are read and written directly, not through the page
 * cache: only the kernel reads directories (read() on one is -EISDIR).
 */
#include <fs/blkdev.h>
#include <fs/ext2_fs.h>
#include <kernel/printk.h>
#include <lib/string.h>
#include <mm/slab.h>
#include <uapi/errno.h>

/* One visit of ext2_foreach_dirent: the entry, where it is, its block. */
struct dirent_walk {
	struct inode *dir;
	char *buf;			/* the block holding de */
	u32 pblock;			/* its device block */
	loff_t pos;			/* byte offset of de in the directory */
	struct ext2_dir_entry_2 *de;
	struct ext2_dir_entry_2 *prev;	/* previous entry in the block, or NULL */
};

typedef int (*dirent_actor_t)(struct dirent_walk *w, void *arg);

/* NULL if de at off is a sound entry of a block of bs bytes, else why not. */
static const char *ext2_check_dirent(struct ext2_dir_entry_2 *de, unsigned int off,
				     unsigned int bs)
{
	if (de->rec_len < EXT2_DIR_REC_LEN(1) || (de->rec_len & 3))
		return "bad rec_len";
	if (de->rec_len < EXT2_DIR_REC_LEN(de->name_len))
		return "rec_len too small for name";
	if (off + de->rec_len > bs)
		return "entry runs off its block";
	return NULL;
}

/*
 * Call fn for every entry of dir from byte `start` on. Stops at the first
 * nonzero return of fn and returns it; 0 after the last entry; -EIO if the
 * directory is damaged (reported once, the filesystem goes read-only).
 */
static int ext2_foreach_dirent(struct inode *dir, loff_t start, dirent_actor_t fn, void *arg)
{
	struct super_block *sb = dir->i_sb;
	u32 nblocks = dir->i_size >> sb->s_blocksize_bits, b;
	struct dirent_walk w = { .dir = dir };
	int ret = 0;

	w.buf = kmalloc(sb->s_blocksize);
	if (!w.buf)
		return -ENOMEM;
	for (b = start >> sb->s_blocksize_bits; b < nblocks && !ret; b++) {
		unsigned int off = 0;
		const char *why;

		ret = ext2_get_block(dir, b, &w.pblock, false);
		if (!ret && (!w.pblock || ext2_bread(sb, w.pblock, w.buf))) {
			ext2_error(sb, __func__, "hole or unreadable block in directory", dir->i_ino);
			ret = -EIO;
		}
		for (w.prev = NULL; !ret && off < sb->s_blocksize; off += w.de->rec_len) {
			w.de = (struct ext2_dir_entry_2 *)(w.buf + off);
			w.pos = ((loff_t)b << sb->s_blocksize_bits) + off;
			if ((why = ext2_check_dirent(w.de, off, sb->s_blocksize))) {
				ext2_error(sb, __func__, why, dir->i_ino);
				ret = -EIO;
				break;
			}
			if (w.pos >= start)
				ret = fn(&w, arg);
			w.prev = w.de;
		}
	}
	kfree(w.buf);
	return ret;
}

struct name_arg {
	const char *name;
	int len;
	u32 ino;
};

static bool dirent_matches(struct ext2_dir_entry_2 *de, struct name_arg *a)
{
	return de->inode && de->name_len == a->len && !memcmp(de->name, a->name, a->len);
}

static int find_actor(struct dirent_walk *w, void *arg)
{
	struct name_arg *a = arg;

	if (!dirent_matches(w->de, a))
		return 0;
	a->ino = w->de->inode;
	return 1;
}

/* The inode number of name (len bytes) in dir, 0 if absent, or -errno (-EIO...). */
long ext2_inode_by_name(struct inode *dir, const char *name, int len)
{
	struct name_arg a = { name, len, 0 };
	int ret = ext2_foreach_dirent(dir, 0, find_actor, &a);

	return ret < 0 ? ret : (long)a.ino;
}

/*
 * The file_type byte of a new entry. Without the filetype feature that
 * byte is the high half of a 16-bit name_len and must stay 0.
 */
static u8 ext2_file_type(struct super_block *sb, umode_t mode)
{
	if (!(EXT2_SB(sb)->es.s_feature_incompat & EXT2_FEATURE_INCOMPAT_FILETYPE) ||
	    EXT2_SB(sb)->es.s_rev_level == 0)
		return EXT2_FT_UNKNOWN;
	switch (mode & S_IFMT) {
	case S_IFREG: return EXT2_FT_REG_FILE;
	case S_IFDIR: return EXT2_FT_DIR;
	case S_IFCHR: return EXT2_FT_CHRDEV;
	case S_IFBLK: return EXT2_FT_BLKDEV;
	case S_IFIFO: return EXT2_FT_FIFO;
	case S_IFSOCK: return EXT2_FT_SOCK;
	case S_IFLNK: return EXT2_FT_SYMLINK;
	}
	return EXT2_FT_UNKNOWN;
}

/* Fill a directory entry in place (header and name). */
static void ext2_set_dirent(struct ext2_dir_entry_2 *de, struct name_arg *a, u8 type, u16 rec_len)
{
	de->inode = a->ino;
	de->rec_len = rec_len;
	de->name_len = a->len;
	de->file_type = type;
	memcpy(de->name, a->name, a->len);
}

struct add_arg {
	struct name_arg name;
	u8 type;
};

/* Take a free entry, or split the slack off the end of a used one. */
static int add_actor(struct dirent_walk *w, void *arg)
{
	struct add_arg *a = arg;
	struct ext2_dir_entry_2 *de = w->de;
	u16 need = EXT2_DIR_REC_LEN(a->name.len);
	u16 used = de->inode ? EXT2_DIR_REC_LEN(de->name_len) : 0;

	if (de->rec_len < used + need)
		return 0;
	if (used) {
		struct ext2_dir_entry_2 *nde = (void *)((char *)de + used);

		ext2_set_dirent(nde, &a->name, a->type, de->rec_len - used);
		de->rec_len = used;
	} else {
		ext2_set_dirent(de, &a->name, a->type, de->rec_len);
	}
	return ext2_bwrite(w->dir->i_sb, w->pblock, w->buf) ?: 1;
}

/* Append a block to dir holding one entry that spans it. */
static int ext2_add_block(struct inode *dir, struct add_arg *a)
{
	struct super_block *sb = dir->i_sb;
	u32 iblock = dir->i_size >> sb->s_blocksize_bits, pblock;
	char *buf;
	int err = ext2_get_block(dir, iblock, &pblock, true);

	if (err)
		return err;
	buf = kzalloc(sb->s_blocksize);
	if (!buf)
		return -ENOMEM;
	ext2_set_dirent((void *)buf, &a->name, a->type, sb->s_blocksize);
	err = ext2_bwrite(sb, pblock, buf);
	kfree(buf);
	if (!err) {
		dir->i_size += sb->s_blocksize;
		mark_inode_dirty(dir);
	}
	return err;
}

/*
 * Add an entry name -> inode to dir, in free space of a block or in a new
 * block; the caller checked the name is absent and counts the link.
 * 0, -EROFS, -ENOSPC or -EIO.
 */
int ext2_add_link(struct inode *dir, const char *name, int len, struct inode *inode)
{
	struct add_arg a = { { name, len, inode->i_ino }, ext2_file_type(dir->i_sb, inode->i_mode) };
	int ret;

	if (dir->i_sb->s_readonly)
		return -EROFS;
	ret = ext2_foreach_dirent(dir, 0, add_actor, &a);
	if (ret == 0)
		ret = ext2_add_block(dir, &a);
	if (ret < 0)
		return ret;
	/* We do not keep an htree index up to date, so say there is none. */
	EXT2_I(dir)->i_flags &= ~EXT2_INDEX_FL;
	dir->i_mtime = dir->i_ctime = current_time();
	mark_inode_dirty(dir);
	return 0;
}

static int delete_actor(struct dirent_walk *w, void *arg)
{
	if (!dirent_matches(w->de, arg))
		return 0;
	if (w->prev)
		w->prev->rec_len += w->de->rec_len;
	else
		w->de->inode = 0;
	return ext2_bwrite(w->dir->i_sb, w->pblock, w->buf) ?: 1;
}

/*
 * Remove the entry name from dir (the inode's link count is the caller's):
 * 0, -ENOENT, -EROFS or -EIO.
 */
int ext2_delete_entry(struct inode *dir, const char *name, int len)
{
	struct name_arg a = { name, len, 0 };
	int ret;

	if (dir->i_sb->s_readonly)
		return -EROFS;
	ret = ext2_foreach_dirent(dir, 0, delete_actor, &a);
	if (ret == 0)
		return -ENOENT;
	if (ret < 0)
		return ret;
	EXT2_I(dir)->i_flags &= ~EXT2_INDEX_FL;
	dir->i_mtime = dir->i_ctime = current_time();
	mark_inode_dirty(dir);
	return 0;
}

struct set_arg {
	struct name_arg name;		/* the entry to change */
	struct inode *inode;		/* what it is to name */
};

static int set_actor(struct dirent_walk *w, void *arg)
{
	struct set_arg *a = arg;

	if (!dirent_matches(w->de, &a->name))
		return 0;
	w->de->inode = a->inode->i_ino;
	w->de->file_type = ext2_file_type(w->dir->i_sb, a->inode->i_mode);
	return ext2_bwrite(w->dir->i_sb, w->pblock, w->buf) ?: 1;
}

/*
 * Make the existing entry name of dir name inode instead (rename over an
 * existing name, or a moved directory's ".."); link counts are the
 * caller's. With update_times dir's mtime and ctime become now, as for
 * any change of its entries. 0, -ENOENT, -EROFS or -EIO.
 */
int ext2_set_link(struct inode *dir, const char *name, int len, struct inode *inode,
		  bool update_times)
{
	struct set_arg a = { { name, len, 0 }, inode };
	int ret;

	if (dir->i_sb->s_readonly)
		return -EROFS;
	ret = ext2_foreach_dirent(dir, 0, set_actor, &a);
	if (ret == 0)
		return -ENOENT;
	if (ret < 0)
		return ret;
	if (update_times) {
		dir->i_mtime = dir->i_ctime = current_time();
		mark_inode_dirty(dir);
	}
	return 0;
}

static int empty_actor(struct dirent_walk *w, void *arg)
{
	struct ext2_dir_entry_2 *de = w->de;

	if (!de->inode)
		return 0;
	if (de->name_len == 1 && de->name[0] == '.')
		return 0;
	if (de->name_len == 2 && de->name[0] == '.' && de->name[1] == '.')
		return 0;
	return 1;
}

/* 1 if dir holds only "." and "..", 0 if not, or -errno. */
int ext2_empty_dir(struct inode *dir)
{
	int ret = ext2_foreach_dirent(dir, 0, empty_actor, NULL);

	return ret < 0 ? ret : !ret;
}

/*
 * Give the new directory inode its first block, holding "." and ".."
 * (parent), and set its size to one block. 0 or -errno.
 */
int ext2_make_empty(struct inode *inode, struct inode *parent)
{
	struct super_block *sb = inode->i_sb;
	struct ext2_dir_entry_2 *de;
	u32 pblock;
	char *buf;
	int err = ext2_get_block(inode, 0, &pblock, true);

	if (err)
		return err;
	buf = kzalloc(sb->s_blocksize);
	if (!buf)
		return -ENOMEM;
	de = (void *)buf;
	ext2_set_dirent(de, &(struct name_arg){ ".", 1, inode->i_ino },
			ext2_file_type(sb, S_IFDIR), EXT2_DIR_REC_LEN(1));
	de = (void *)(buf + EXT2_DIR_REC_LEN(1));
	ext2_set_dirent(de, &(struct name_arg){ "..", 2, parent->i_ino },
			ext2_file_type(sb, S_IFDIR), sb->s_blocksize - EXT2_DIR_REC_LEN(1));
	err = ext2_bwrite(sb, pblock, buf);
	kfree(buf);
	inode->i_size = sb->s_blocksize;
	mark_inode_dirty(inode);
	return err;
}

/* ---- readdir ---- */

struct readdir_arg {
	struct file *file;
	void *ctx;
	filldir_t filldir;
};

static const unsigned char ext2_ft_to_dt[] = {
	DT_UNKNOWN, DT_REG, DT_DIR, DT_CHR, DT_BLK, DT_FIFO, DT_SOCK, DT_LNK,
};

static int readdir_actor(struct dirent_walk *w, void *arg)
{
	struct readdir_arg *a = arg;
	struct ext2_dir_entry_2 *de = w->de;
	unsigned int dt = de->file_type < 8 ? ext2_ft_to_dt[de->file_type] : DT_UNKNOWN;

	if (de->inode) {
		if (a->filldir(a->ctx, de->name, de->name_len, w->pos, de->inode, dt))
			return 1;
	}
	a->file->f_pos = w->pos + de->rec_len;
	return 0;
}

static int ext2_readdir(struct file *file, void *ctx, filldir_t filldir)
{
	struct readdir_arg a = { file, ctx, filldir };
	int ret = ext2_foreach_dirent(file->f_inode, file->f_pos, readdir_actor, &a);

	return ret < 0 ? ret : 0;
}

/* Directory changes are written through as they happen: nothing to do. */
static int ext2_dir_fsync(struct file *file)
{
	return 0;
}

const struct file_operations ext2_dir_fops = {
	.llseek = generic_file_llseek,
	.readdir = ext2_readdir,
	.fsync = ext2_dir_fsync,
};
