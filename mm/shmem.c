/*
 * tmpfs: a filesystem whose files live only in the page cache (Linux's
 * mm/shmem.c, without its swap backing). A file's pages are its data:
 * nothing is ever read from or written to a disk, a hole reads as zeros
 * (readpage fills the page), and a page stays dirty for as long as it is
 * cached, so neither writeback nor drop_caches lets go of it. A directory
 * is a list of entries in memory; each entry holds a reference on its
 * inode, so an inode stays as long as it has a name, and the last iput
 * after its last unlink frees its pages.
 *
 * mount -t tmpfs takes size= (bytes, with k, m, g or %, the default half
 * of memory), nr_inodes=, mode=, uid= and gid=; a write past the size is
 * ENOSPC. With MS_RDONLY every change is EROFS. statfs reports Linux's
 * TMPFS_MAGIC. The same files back shared memory that has no file of its
 * own: SysV segments and MAP_SHARED mappings of /dev/zero (shmem_file_setup).
 */
#include <asm/page.h>
#include <fs/fs.h>
#include <fs/namei.h>
#include <fs/shmem_fs.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <lib/string.h>
#include <mm/mm.h>
#include <mm/mm_types.h>
#include <mm/page.h>
#include <mm/slab.h>
#include <uapi/dirent.h>
#include <uapi/errno.h>
#include <uapi/fcntl.h>
#include <uapi/fs.h>
#include <uapi/stat.h>

#define TMPFS_MAGIC	0x01021994
#define SHMEM_LINK_MAX	0xffff

/* One name in a directory; it holds a reference on inode. */
struct shmem_dirent {
	struct list_head list;		/* on the directory's entries, oldest first */
	struct inode *inode;
	int len;
	char name[];			/* len bytes, NUL-terminated */
};

struct shmem_inode_info {
	struct inode vfs_inode;
	struct list_head entries;	/* a directory's names */
	struct inode *parent;		/* a directory's "..": itself for the root */
	char *symlink;			/* a symbolic link's target */
	unsigned int pins;		/* references its names hold (see shmem_busy) */
};

struct shmem_sb_info {
	unsigned long max_blocks;	/* pages the files may hold */
	unsigned long max_inodes;
	unsigned long nr_inodes;	/* inodes there are */
	unsigned long next_ino;
};

static inline struct shmem_inode_info *SHMEM_I(struct inode *inode)
{
	return container_of(inode, struct shmem_inode_info, vfs_inode);
}

static inline struct shmem_sb_info *SHMEM_SB(struct super_block *sb)
{
	return sb->s_fs_info;
}

static const struct inode_operations shmem_dir_iops, shmem_symlink_iops;
static const struct file_operations shmem_dir_fops, shmem_file_fops;
static const struct address_space_operations shmem_aops;

/* ---- inodes ---- */

static struct inode *shmem_alloc_inode(struct super_block *sb)
{
	struct shmem_inode_info *info = kzalloc(sizeof(*info));

	if (!info)
		return NULL;
	INIT_LIST_HEAD(&info->entries);
	return &info->vfs_inode;
}

static void shmem_destroy_inode(struct inode *inode)
{
	struct shmem_inode_info *info = SHMEM_I(inode);

	SHMEM_SB(inode->i_sb)->nr_inodes--;
	kfree(info->symlink);
	kfree(info);
}

/* The last name and user are gone: the VFS already dropped the pages. */
static void shmem_delete_inode(struct inode *inode)
{
}

/* Pages the filesystem's files hold now. */
static unsigned long shmem_used_blocks(struct super_block *sb)
{
	struct inode *inode;
	unsigned long used = 0;

	list_for_each_entry(inode, &sb->s_inodes, i_sb_list)
		used += inode->i_mapping->nrpages;
	return used;
}

static int shmem_statfs(struct super_block *sb, struct kstatfs *buf)
{
	struct shmem_sb_info *sbinfo = SHMEM_SB(sb);
	unsigned long used = shmem_used_blocks(sb);

	buf->f_type = TMPFS_MAGIC;
	buf->f_bsize = PAGE_SIZE;
	buf->f_blocks = sbinfo->max_blocks;
	buf->f_bfree = buf->f_bavail = used < sbinfo->max_blocks ? sbinfo->max_blocks - used : 0;
	buf->f_files = sbinfo->max_inodes;
	buf->f_ffree = sbinfo->max_inodes - sbinfo->nr_inodes;
	buf->f_namelen = NAME_MAX;
	return 0;
}

static const struct super_operations shmem_sops = {
	.alloc_inode = shmem_alloc_inode,
	.destroy_inode = shmem_destroy_inode,
	.delete_inode = shmem_delete_inode,
	.statfs = shmem_statfs,
};

/*
 * A new inode of type and permissions mode in dir (NULL for a root or an
 * unnamed file), owned as the caller's files are; no name yet (i_nlink 0
 * until one is added). NULL with *err = -ENOSPC past nr_inodes or -ENOMEM.
 */
static struct inode *shmem_get_inode(struct super_block *sb, struct inode *dir, umode_t mode,
				     u32 rdev, int *err)
{
	struct shmem_sb_info *sbinfo = SHMEM_SB(sb);
	struct inode *inode;

	*err = -ENOSPC;
	if (sbinfo->nr_inodes >= sbinfo->max_inodes)
		return NULL;
	*err = -ENOMEM;
	inode = new_inode(sb);
	if (!inode)
		return NULL;
	sbinfo->nr_inodes++;
	inode->i_ino = sbinfo->next_ino++;
	inode_init_owner(inode, dir, mode);
	inode->i_atime = inode->i_mtime = inode->i_ctime = current_time();
	inode->i_mapping->a_ops = &shmem_aops;
	switch (mode & S_IFMT) {
	case S_IFREG:
		inode->i_fop = &shmem_file_fops;
		break;
	case S_IFDIR:
		inode->i_op = &shmem_dir_iops;
		inode->i_fop = &shmem_dir_fops;
		inode->i_size = 2 * sizeof(struct shmem_dirent);	/* as Linux: entries * 20 */
		SHMEM_I(inode)->parent = dir ? dir : inode;
		break;
	case S_IFLNK:
		inode->i_op = &shmem_symlink_iops;
		break;
	case S_IFCHR:
		inode->i_rdev = rdev;
		init_special_inode(inode);
		break;
	case S_IFIFO:
		inode->i_fop = &fifo_fops;
		break;
	}
	return inode;
}

/* ---- directory entries ---- */

static struct shmem_dirent *shmem_find(struct inode *dir, const char *name, int len)
{
	struct shmem_dirent *de;

	list_for_each_entry(de, &SHMEM_I(dir)->entries, list) {
		if (de->len == len && !memcmp(de->name, name, len))
			return de;
	}
	return NULL;
}

static void shmem_dir_changed(struct inode *dir)
{
	dir->i_mtime = dir->i_ctime = current_time();
}

/* Give inode the name in dir: a link and a reference more. 0 or -ENOMEM. */
static int shmem_add_entry(struct inode *dir, const char *name, int len, struct inode *inode)
{
	struct shmem_dirent *de = kmalloc(sizeof(*de) + len + 1);

	if (!de)
		return -ENOMEM;
	de->inode = igrab(inode);
	de->len = len;
	memcpy(de->name, name, len);
	de->name[len] = '\0';
	list_add_tail(&de->list, &SHMEM_I(dir)->entries);
	SHMEM_I(inode)->pins++;
	inode->i_nlink++;
	dir->i_size += sizeof(*de);
	shmem_dir_changed(dir);
	return 0;
}

/* Take the entry away; its inode loses the link and the reference (which may free it). */
static void shmem_remove_entry(struct inode *dir, struct shmem_dirent *de)
{
	struct inode *inode = de->inode;

	list_del(&de->list);
	kfree(de);
	dir->i_size -= sizeof(*de);
	shmem_dir_changed(dir);
	SHMEM_I(inode)->pins--;
	inode->i_nlink--;
	inode->i_ctime = current_time();
	iput(inode);
}

static int shmem_lookup(struct inode *dir, const char *name, int len, struct inode **res)
{
	struct shmem_dirent *de;

	if (len == 2 && name[0] == '.' && name[1] == '.') {
		*res = igrab(SHMEM_I(dir)->parent);
		return 0;
	}
	de = shmem_find(dir, name, len);
	if (!de)
		return -ENOENT;
	*res = igrab(de->inode);
	return 0;
}

/* A new inode under a new name: the common part of create, mkdir, mknod, symlink. */
static int shmem_mknod_inode(struct inode *dir, const char *name, int len, umode_t mode,
			     u32 rdev, struct inode **res)
{
	int err;
	struct inode *inode;

	if (dir->i_sb->s_readonly)
		return -EROFS;
	inode = shmem_get_inode(dir->i_sb, dir, mode, rdev, &err);
	if (!inode)
		return err;
	err = shmem_add_entry(dir, name, len, inode);
	if (err) {
		iput(inode);		/* no name: freed */
		return err;
	}
	*res = inode;
	return 0;
}

static int shmem_create(struct inode *dir, const char *name, int len, umode_t mode,
			struct inode **res)
{
	return shmem_mknod_inode(dir, name, len, S_IFREG | (mode & S_IALLUGO), 0, res);
}

static int shmem_mknod(struct inode *dir, const char *name, int len, umode_t mode, u32 rdev)
{
	struct inode *inode = NULL;
	int err = shmem_mknod_inode(dir, name, len, mode, rdev, &inode);

	if (!err)
		iput(inode);
	return err;
}

static int shmem_mkdir(struct inode *dir, const char *name, int len, umode_t mode)
{
	struct inode *inode = NULL;
	int err;

	if (dir->i_nlink >= SHMEM_LINK_MAX)
		return -EMLINK;
	err = shmem_mknod_inode(dir, name, len, S_IFDIR | (mode & S_IALLUGO), 0, &inode);
	if (err)
		return err;
	inode->i_nlink++;	/* its "." */
	dir->i_nlink++;		/* its ".." */
	iput(inode);
	return 0;
}

static int shmem_symlink(struct inode *dir, const char *name, int len, const char *target)
{
	size_t n = strlen(target);
	char *copy = kmalloc(n + 1);
	struct inode *inode = NULL;
	int err;

	if (!copy)
		return -ENOMEM;
	memcpy(copy, target, n + 1);
	err = shmem_mknod_inode(dir, name, len, S_IFLNK | 0777, 0, &inode);
	if (err) {
		kfree(copy);
		return err;
	}
	SHMEM_I(inode)->symlink = copy;
	inode->i_size = n;
	iput(inode);
	return 0;
}

static int shmem_get_link(struct inode *inode, char *buf)
{
	size_t n = strlen(SHMEM_I(inode)->symlink);

	memcpy(buf, SHMEM_I(inode)->symlink, n + 1);
	return n;
}

static int shmem_link(struct inode *inode, struct inode *dir, const char *name, int len)
{
	if (dir->i_sb->s_readonly)
		return -EROFS;
	if (inode->i_nlink >= SHMEM_LINK_MAX)
		return -EMLINK;
	inode->i_ctime = current_time();
	return shmem_add_entry(dir, name, len, inode);
}

static int shmem_unlink(struct inode *dir, const char *name, int len)
{
	struct shmem_dirent *de = shmem_find(dir, name, len);

	if (dir->i_sb->s_readonly)
		return -EROFS;
	if (!de)
		return -ENOENT;
	if (S_ISDIR(de->inode->i_mode))
		return -EISDIR;
	shmem_remove_entry(dir, de);
	return 0;
}

static int shmem_rmdir(struct inode *dir, const char *name, int len)
{
	struct shmem_dirent *de = shmem_find(dir, name, len);
	struct inode *inode;

	if (dir->i_sb->s_readonly)
		return -EROFS;
	if (!de)
		return -ENOENT;
	inode = de->inode;
	if (!S_ISDIR(inode->i_mode))
		return -ENOTDIR;
	if (inode->i_mounted)
		return -EBUSY;
	if (!list_empty(&SHMEM_I(inode)->entries))
		return -ENOTEMPTY;
	inode->i_nlink--;	/* its "." */
	dir->i_nlink--;		/* its ".." */
	shmem_remove_entry(dir, de);
	return 0;
}

/* A directory moved to new_dir: its ".." follows, and the two parents' link counts. */
static void shmem_reparent(struct inode *inode, struct inode *old_dir, struct inode *new_dir)
{
	if (!S_ISDIR(inode->i_mode) || old_dir == new_dir)
		return;
	SHMEM_I(inode)->parent = new_dir;
	old_dir->i_nlink--;
	new_dir->i_nlink++;
}

/* RENAME_EXCHANGE: the two entries swap inodes. */
static int shmem_exchange(struct renamedata *rd)
{
	struct shmem_dirent *a = shmem_find(rd->old_dir, rd->old_name, rd->old_len);
	struct shmem_dirent *b = shmem_find(rd->new_dir, rd->new_name, rd->new_len);

	if (!a || !b)
		return -ENOENT;
	a->inode = rd->new_inode;
	b->inode = rd->old_inode;
	shmem_reparent(rd->old_inode, rd->old_dir, rd->new_dir);
	shmem_reparent(rd->new_inode, rd->new_dir, rd->old_dir);
	shmem_dir_changed(rd->old_dir);
	shmem_dir_changed(rd->new_dir);
	rd->old_inode->i_ctime = rd->new_inode->i_ctime = current_time();
	return 0;
}

/*
 * Move old_name to new_name: a replaced file loses that name (a replaced
 * directory must be empty), the entry moves, a moved directory's ".."
 * names its new parent. The VFS checked the rest.
 */
static int shmem_rename(struct renamedata *rd)
{
	struct inode *old = rd->old_inode, *new = rd->new_inode;
	struct shmem_dirent *de;
	int err;

	if (rd->old_dir->i_sb->s_readonly)
		return -EROFS;
	if (rd->flags & RENAME_EXCHANGE)
		return shmem_exchange(rd);
	if (new && S_ISDIR(new->i_mode) && !list_empty(&SHMEM_I(new)->entries))
		return -ENOTEMPTY;
	if (new) {
		err = S_ISDIR(new->i_mode) ? shmem_rmdir(rd->new_dir, rd->new_name, rd->new_len)
					   : shmem_unlink(rd->new_dir, rd->new_name, rd->new_len);
		if (err)
			return err;
	}
	err = shmem_add_entry(rd->new_dir, rd->new_name, rd->new_len, old);
	if (err)
		return err;
	de = shmem_find(rd->old_dir, rd->old_name, rd->old_len);
	igrab(old);		/* across the removal of its old name */
	shmem_remove_entry(rd->old_dir, de);
	shmem_reparent(old, rd->old_dir, rd->new_dir);
	iput(old);
	return 0;
}

/* readdir: "." and ".." at positions 0 and 1, then the entries in order. */
static int shmem_readdir(struct file *file, void *ctx, filldir_t filldir)
{
	struct inode *dir = file->f_inode;
	struct shmem_dirent *de;
	loff_t pos = 2;

	if (file->f_pos == 0) {
		if (filldir(ctx, ".", 1, 0, dir->i_ino, DT_DIR))
			return 0;
		file->f_pos = 1;
	}
	if (file->f_pos == 1) {
		if (filldir(ctx, "..", 2, 1, SHMEM_I(dir)->parent->i_ino, DT_DIR))
			return 0;
		file->f_pos = 2;
	}
	list_for_each_entry(de, &SHMEM_I(dir)->entries, list) {
		if (pos++ < file->f_pos)
			continue;
		if (filldir(ctx, de->name, de->len, pos - 1, de->inode->i_ino,
			    (de->inode->i_mode >> 12) & 15))
			return 0;
		file->f_pos = pos;
	}
	return 0;
}

/* ---- file data: the page cache alone ---- */

/* A page never written: a hole, zeros. */
static int shmem_readpage(struct file *file, struct page *page)
{
	memset(page_address(page), 0, PAGE_SIZE);
	SetPageUptodate(page);
	return 0;
}

/* Nothing to allocate but the page itself, which counts against size=. */
static int shmem_prepare_write(struct page *page, unsigned int from, unsigned int to)
{
	struct super_block *sb = page->mapping->host->i_sb;

	if (sb->s_readonly)
		return -EROFS;
	return shmem_used_blocks(sb) > SHMEM_SB(sb)->max_blocks ? -ENOSPC : 0;
}

/* The page cache is the only copy: fsync has nothing to do. */
static int shmem_fsync(struct file *file)
{
	return 0;
}

static const struct address_space_operations shmem_aops = {
	.readpage = shmem_readpage,
	.prepare_write = shmem_prepare_write,
	/* no writepage: dirty pages stay (writeback and drop_caches skip them) */
};

static const struct file_operations shmem_file_fops = {
	.llseek = generic_file_llseek,
	.read = generic_file_read,
	.write = generic_file_write,
	.mmap = generic_file_mmap,
	.fsync = shmem_fsync,
};

static const struct file_operations shmem_dir_fops = {
	.llseek = generic_file_llseek,
	.readdir = shmem_readdir,
	.fsync = shmem_fsync,
};

static const struct inode_operations shmem_dir_iops = {
	.lookup = shmem_lookup,
	.create = shmem_create,
	.mkdir = shmem_mkdir,
	.mknod = shmem_mknod,
	.unlink = shmem_unlink,
	.rmdir = shmem_rmdir,
	.symlink = shmem_symlink,
	.link = shmem_link,
	.rename = shmem_rename,
};

static const struct inode_operations shmem_symlink_iops = {
	.get_link = shmem_get_link,
};

/* ---- mounting ---- */

/* "123", "64k", "16m", "1g" or "50%" (of memory) as pages, into *pages; false if not. */
static bool parse_size(const char *s, unsigned long *pages)
{
	unsigned long long n = 0;
	const char *p = s;

	for (; *p >= '0' && *p <= '9'; p++)
		n = n * 10 + (*p - '0');
	if (p == s)
		return false;
	switch (*p) {
	case 'k': case 'K': n <<= 10; p++; break;
	case 'm': case 'M': n <<= 20; p++; break;
	case 'g': case 'G': n <<= 30; p++; break;
	case '%': n = n * totalram_pages / 100 << PAGE_SHIFT; p++; break;
	}
	if (*p)
		return false;
	*pages = (n + PAGE_SIZE - 1) >> PAGE_SHIFT;
	return true;
}

static bool parse_number(const char *s, unsigned long *val, int base)
{
	unsigned long n = 0;
	const char *p = s;

	for (; *p >= '0' && *p < '0' + base; p++)
		n = n * base + (*p - '0');
	*val = n;
	return p != s && !*p;
}

struct shmem_options {
	unsigned long blocks, inodes, mode, uid, gid;
};

/* One "name=value" of the mount data; false for one Linux's tmpfs would refuse (EINVAL). */
static bool shmem_parse_one(char *opt, struct shmem_options *o)
{
	char *val = strchr(opt, '=');

	if (!val)
		return false;
	*val++ = '\0';
	if (!strcmp(opt, "size"))
		return parse_size(val, &o->blocks);
	if (!strcmp(opt, "nr_blocks"))
		return parse_number(val, &o->blocks, 10);
	if (!strcmp(opt, "nr_inodes"))
		return parse_number(val, &o->inodes, 10);
	if (!strcmp(opt, "mode"))
		return parse_number(val, &o->mode, 8);
	if (!strcmp(opt, "uid"))
		return parse_number(val, &o->uid, 10);
	if (!strcmp(opt, "gid"))
		return parse_number(val, &o->gid, 10);
	return false;
}

/* The comma-separated options in data (a NUL-terminated copy, changed), onto the defaults. */
static int shmem_parse_options(char *data, struct shmem_options *o)
{
	char *opt = data, *next;

	o->blocks = totalram_pages / 2;
	o->inodes = totalram_pages / 2;
	o->mode = 01777;
	o->uid = current->fsuid;
	o->gid = current->fsgid;
	for (; opt && *opt; opt = next) {
		next = strchr(opt, ',');
		if (next)
			*next++ = '\0';
		if (*opt && !shmem_parse_one(opt, o))
			return -EINVAL;
	}
	return 0;
}

/*
 * A new tmpfs superblock with its root directory, from the mount options
 * in data (NULL: the defaults), read-only if readonly. NULL with *err
 * (-EINVAL for a bad option, -ENOMEM). Linux's shmem_fill_super.
 */
struct super_block *shmem_mount(char *data, bool readonly, int *err)
{
	struct super_block *sb = kzalloc(sizeof(*sb));
	struct shmem_sb_info *sbinfo = kzalloc(sizeof(*sbinfo));
	struct shmem_options o;
	static unsigned int anon_minor = 16;

	*err = -ENOMEM;
	if (!sb || !sbinfo)
		goto fail;
	*err = shmem_parse_options(data, &o);
	if (*err)
		goto fail;
	sbinfo->max_blocks = o.blocks;
	sbinfo->max_inodes = o.inodes;
	sbinfo->next_ino = 1;
	sb->s_fs_info = sbinfo;
	sb->s_op = &shmem_sops;
	sb->s_dev = MKDEV(0, anon_minor++);	/* an anonymous device, as Linux's */
	sb->s_blocksize = PAGE_SIZE;
	sb->s_blocksize_bits = PAGE_SHIFT;
	sb->s_maxbytes = MAX_LFS_FILESIZE;
	INIT_LIST_HEAD(&sb->s_inodes);
	sb->s_root = shmem_get_inode(sb, NULL, S_IFDIR | (o.mode & 07777), 0, err);
	if (!sb->s_root)
		goto fail;
	sb->s_root->i_uid = o.uid;
	sb->s_root->i_gid = o.gid;
	sb->s_root->i_nlink = 2;
	sb->s_readonly = readonly;
	return sb;
fail:
	kfree(sbinfo);
	kfree(sb);
	return NULL;
}

/* Is anything of sb in use: an inode referenced beyond its names, or a mount on a directory? */
bool shmem_busy(struct super_block *sb)
{
	struct inode *inode;

	list_for_each_entry(inode, &sb->s_inodes, i_sb_list) {
		int expected = SHMEM_I(inode)->pins + (inode == sb->s_root);

		if (inode->i_count > expected || inode->i_mounted)
			return true;
	}
	return false;
}

/* Take every name under dir away, depth first; what they name is freed. */
static void shmem_empty_dir(struct inode *dir)
{
	struct shmem_dirent *de, *next;

	list_for_each_entry_safe(de, next, &SHMEM_I(dir)->entries, list) {
		if (S_ISDIR(de->inode->i_mode)) {
			shmem_empty_dir(de->inode);
			de->inode->i_nlink = 1;
			dir->i_nlink--;
		}
		shmem_remove_entry(dir, de);
	}
}

/*
 * Free an unmounted, idle tmpfs (shmem_busy was false): every file and
 * its pages, the root, the superblock. Linux's kill_litter_super.
 */
void shmem_kill_sb(struct super_block *sb)
{
	shmem_empty_dir(sb->s_root);
	sb->s_root->i_nlink = 0;
	iput(sb->s_root);
	kfree(sb->s_fs_info);
	kfree(sb);
}

/* ---- unnamed files for shared memory ---- */

static struct super_block *shm_sb;	/* the internal tmpfs unnamed files live in */

/*
 * An unnamed tmpfs file of size bytes, open for reading and writing,
 * named name (for /proc/PID/maps: "/dev/zero", "SYSV00000000"): the
 * object behind shared memory that has no file of its own. Its pages go
 * when the last mapping or reference does (it has no link). NULL with
 * *err. Linux's shmem_file_setup.
 */
struct file *shmem_file_setup(const char *name, loff_t size, int *err)
{
	struct inode *inode;
	struct file *file;
	char *fname;

	if (!shm_sb && !(shm_sb = shmem_mount(NULL, false, err)))
		return NULL;
	inode = shmem_get_inode(shm_sb, NULL, S_IFREG | 0777, 0, err);
	if (!inode)
		return NULL;
	inode->i_size = size;
	fname = kmalloc(strlen(name) + 1);
	file = fname ? alloc_file(inode, O_RDWR) : NULL;
	iput(inode);		/* the file holds it now */
	if (!file) {
		kfree(fname);
		*err = -ENOMEM;
		return NULL;
	}
	strcpy(fname, name);
	file->f_name = fname;
	file->f_dir = igrab(root_sb->s_root);	/* maps shows "/NAME (deleted)" */
	return file;
}

/*
 * Make vma, a MAP_SHARED mapping of /dev/zero, map an unnamed tmpfs file
 * of its size instead, as Linux's shmem_zero_setup: the mappers share
 * pages through the file's page cache, and maps shows "/dev/zero
 * (deleted)". 0 or -errno.
 */
int shmem_zero_setup(struct vm_area_struct *vma)
{
	int err;
	struct file *file = shmem_file_setup("dev/zero", vma->vm_end - vma->vm_start, &err);

	if (!file)
		return err;
	if (vma->vm_file)
		fput(vma->vm_file);
	vma->vm_file = file;
	vma->vm_pgoff = 0;
	return generic_file_mmap(file, vma);
}
