/*
 * The VFS: files, inodes and their page caches (address_space), the
 * per-process file table and current directory, and the entry points other
 * subsystems call (fork/exec/exit, the fault path, shutdown).
 *
 * Object lifetimes, as in Linux:
 *  - struct inode: one per file in use, found by iget(sb, ino) and released
 *    by iput(). The last iput writes the inode back and evicts it from memory
 *    (its page cache is written back and dropped); if its link count is zero
 *    the filesystem frees its blocks and its on-disk inode then.
 *  - struct file: one per open(); fds, dup'd fds and VMAs (vm_file) hold
 *    references (f_count). The last fput calls f_op->release and iput.
 */
#ifndef FS_FS_H
#define FS_FS_H

#include <kernel/list.h>
#include <kernel/types.h>
#include <lib/radix-tree.h>
#include <uapi/dirent.h>
#include <uapi/errno.h>
#include <uapi/stat.h>

struct file;
struct inode;
struct page;
struct super_block;
struct block_device;
struct vm_area_struct;
struct task_struct;

/* file->f_mode */
#define FMODE_READ	0x1
#define FMODE_WRITE	0x2
#define FMODE_PATH	0x4000	/* O_PATH: names the file, no reading or writing */

/* What access() asks for, the bits of its R_OK, W_OK and X_OK (0: existence). */
#define MAY_EXEC	0x1
#define MAY_WRITE	0x2
#define MAY_READ	0x4

/* Groups of mode bits (Linux's include/linux/stat.h). */
#define S_IRWXUGO	(S_IRWXU | S_IRWXG | S_IRWXO)
#define S_IALLUGO	(S_ISUID | S_ISGID | S_ISVTX | S_IRWXUGO)	/* every bit but the type */
#define S_IXUGO		(S_IXUSR | S_IXGRP | S_IXOTH)

/* Largest file size without O_LARGEFILE, and the old stat's st_size: 2 GiB - 1. */
#define MAX_NON_LFS	0x7fffffffL
#define MAX_LFS_FILESIZE	((loff_t)0xffffffffUL << PAGE_SHIFT)	/* page indexes are 32-bit */

#define NAME_MAX	255	/* longest path component, without the NUL */
#define PATH_MAX	4096	/* longest path, with the NUL */

/* Directory-entry types (d_type) and getdents records are in <uapi/dirent.h>. */

/* Device numbers: major in bits 8-15, minor in bits 0-7 (old_encode_dev). */
#define MKDEV(ma, mi)	(((ma) << 8) | (mi))
#define MAJOR(dev)	(((dev) >> 8) & 0xff)
#define MINOR(dev)	((dev) & 0xff)

struct address_space_operations {
	/* Fill a locked, not-uptodate page from the disk; holes read as zeros. */
	int (*readpage)(struct file *file, struct page *page);
	/* Write the dirty blocks of a page that lie inside i_size. */
	int (*writepage)(struct page *page);
	/*
	 * write() is about to copy into bytes [from, to) of the page: allocate
	 * the blocks behind them (so ENOSPC shows at write time).
	 */
	int (*prepare_write)(struct page *page, unsigned int from, unsigned int to);
};

/* The page cache of one inode, and the mappings of it. */
struct address_space {
	struct inode *host;		/* owner */
	struct radix_tree_root page_tree;	/* cached pages by index */
	struct list_head page_list;	/* the same pages, by page->cache_list */
	struct list_head i_mmap;	/* VMAs mapping this file, by vm_shared link */
	unsigned long nrpages;		/* pages in the cache */
	const struct address_space_operations *a_ops;	/* set by the filesystem with the inode */
};

/* Called by readdir for each entry; return nonzero to stop (buffer full). */
typedef int (*filldir_t)(void *ctx, const char *name, int namelen, loff_t pos,
			 unsigned long ino, unsigned int d_type);

/*
 * What a file does. A NULL method makes its system call fail with the
 * error Linux gives for such a file (-EINVAL, -ENOTDIR, -ENODEV...). Each
 * returns 0 or a count, or -errno.
 */
struct file_operations {
	/* The new position for lseek(off, SEEK_*), or -EINVAL. */
	loff_t (*llseek)(struct file *file, loff_t off, int whence);
	/* Copy up to n bytes at *pos to user ubuf and advance *pos; 0 at the end. */
	ssize_t (*read)(struct file *file, char *ubuf, size_t n, loff_t *pos);
	/* Copy n bytes from user ubuf to *pos and advance *pos; bytes written. */
	ssize_t (*write)(struct file *file, const char *ubuf, size_t n, loff_t *pos);
	/* Call filldir for each entry from f_pos on until it returns nonzero. */
	int (*readdir)(struct file *file, void *ctx, filldir_t filldir);
	int (*ioctl)(struct file *file, unsigned int cmd, unsigned long arg);
	/* Set up vma (vm_file already set) to map this file, e.g. its vm_ops. */
	int (*mmap)(struct file *file, struct vm_area_struct *vma);
	/* Called by open once the struct file exists; an error undoes the open. */
	int (*open)(struct inode *inode, struct file *file);
	/* Write the file's dirty data and metadata to its device. */
	int (*fsync)(struct file *file);
	/*
	 * Which POLL* events could happen now without blocking (read: POLLIN,
	 * write: POLLOUT, POLLHUP/POLLERR). NULL: always readable and
	 * writable, as a regular file is (DEFAULT_POLLMASK).
	 */
	unsigned int (*poll)(struct file *file);
	/* The last fput: free what open set up (private_data). */
	int (*release)(struct inode *inode, struct file *file);
};

/*
 * One rename for i_op->rename (Linux 5.12+ passes a struct renamedata too):
 * the VFS has looked both names up and checked every rule that does not
 * depend on the filesystem.
 */
struct renamedata {
	struct inode *old_dir;		/* directory holding old_name */
	const char *old_name;
	int old_len;
	struct inode *old_inode;	/* what old_name names */
	struct inode *new_dir;		/* directory to hold new_name; same filesystem */
	const char *new_name;
	int new_len;
	struct inode *new_inode;	/* what new_name names now, or NULL */
	unsigned int flags;		/* RENAME_EXCHANGE, RENAME_NOREPLACE (already checked) */
};

struct inode_operations {
	/* *res = referenced inode of `name` in dir; -ENOENT if absent. */
	int (*lookup)(struct inode *dir, const char *name, int len, struct inode **res);
	/* New regular file; *res referenced. Caller checked it does not exist. */
	int (*create)(struct inode *dir, const char *name, int len, umode_t mode,
		      struct inode **res);
	/* New empty directory name in dir. Caller checked it does not exist. */
	int (*mkdir)(struct inode *dir, const char *name, int len, umode_t mode);
	/* A FIFO, socket, device or regular file (mode says which), rdev for a device. */
	int (*mknod)(struct inode *dir, const char *name, int len, umode_t mode, u32 rdev);
	/* Remove the entry name (not a directory) and drop the inode's link. */
	int (*unlink)(struct inode *dir, const char *name, int len);
	/* Remove the empty directory name; -ENOTEMPTY if it holds entries. */
	int (*rmdir)(struct inode *dir, const char *name, int len);
	/* New symbolic link name in dir to target. Caller checked name does not exist. */
	int (*symlink)(struct inode *dir, const char *name, int len, const char *target);
	/* New name in dir for inode (not a directory, same filesystem): a link more. */
	int (*link)(struct inode *inode, struct inode *dir, const char *name, int len);
	/* Move (or with RENAME_EXCHANGE swap) the names of rd; -ENOTEMPTY, -EMLINK... */
	int (*rename)(struct renamedata *rd);
	/*
	 * The target of a symbolic link, NUL-terminated, into buf (PATH_MAX
	 * bytes): its length, or -errno. Linux 4.5+ name; its get_link
	 * returns a pointer to the text instead.
	 */
	int (*get_link)(struct inode *inode, char *buf);
	/* Free the blocks past i_size (already set by the caller). */
	void (*truncate)(struct inode *inode);
};

/* What statfs(2) reports of a filesystem, before the ABI's layout (Linux's struct kstatfs). */
struct kstatfs {
	u32 f_type;		/* the filesystem's magic number */
	u32 f_bsize;		/* block size, bytes */
	u64 f_blocks;		/* data blocks (metadata not counted) */
	u64 f_bfree;		/* free blocks */
	u64 f_bavail;		/* free blocks an unprivileged user may take */
	u64 f_files;		/* inodes */
	u64 f_ffree;		/* free inodes */
	u32 f_namelen;		/* longest name */
};

struct super_operations {
	/* A zeroed inode with room for the filesystem's private part, or NULL. */
	struct inode *(*alloc_inode)(struct super_block *sb);
	/* Free what alloc_inode returned (the inode is off every list). */
	void (*destroy_inode)(struct inode *inode);
	int (*read_inode)(struct inode *inode);		/* fill from disk */
	int (*write_inode)(struct inode *inode);	/* copy to disk */
	/* Last reference gone and i_nlink == 0: free its blocks and inode. */
	void (*delete_inode)(struct inode *inode);
	int (*sync_fs)(struct super_block *sb);		/* superblock, counters */
	/* Fill in what statfs reports: sizes and free counts (NULL: all zero). */
	int (*statfs)(struct super_block *sb, struct kstatfs *buf);
};

struct super_block {
	unsigned long s_blocksize;	/* bytes per block */
	unsigned int s_blocksize_bits;	/* log2(s_blocksize) */
	u32 s_dev;			/* MKDEV(major, minor) for st_dev and maps */
	loff_t s_maxbytes;		/* largest file size */
	struct block_device *s_bdev;	/* NULL for procfs */
	const struct super_operations *s_op;	/* set at mount */
	struct inode *s_root;		/* root directory, referenced */
	struct inode *s_mountpoint;	/* directory this fs covers, or NULL */
	struct list_head s_inodes;	/* inodes in memory */
	bool s_readonly;		/* damaged or unsupported: no writes */
	void *s_fs_info;		/* filesystem's private superblock */
};

/*
 * One file in memory. The filesystem fills the fields from disk in
 * read_inode; the VFS and the filesystem change them under the rules of
 * the kernel as a whole (one CPU, no preemption), and mark_inode_dirty
 * writes them back.
 */
struct inode {
	unsigned long i_ino;		/* inode number, unique within i_sb */
	umode_t i_mode;			/* S_IF* file type | permission bits */
	unsigned int i_nlink;		/* directory entries naming it; 0: freed at last iput */
	uid_t i_uid;			/* owner, as on disk (no permission checks yet) */
	gid_t i_gid;
	u32 i_rdev;			/* device of a character special file */
	loff_t i_size;			/* bytes */
	u32 i_atime, i_mtime, i_ctime;	/* seconds */
	unsigned long i_blocks;		/* 512-byte units allocated, metadata too */
	int i_count;			/* references: iget, files, cwd */
	int i_writecount;		/* > 0: files open for writing; < 0: address spaces
					 * running it (mm->exe_file). Never both: ETXTBSY */
	struct super_block *i_sb;	/* filesystem it belongs to; fixed */
	const struct inode_operations *i_op;	/* set from i_mode by the filesystem */
	const struct file_operations *i_fop;	/* copied to f_op by open */
	struct address_space *i_mapping;	/* &i_data */
	struct address_space i_data;	/* its page cache */
	struct list_head i_sb_list;	/* on i_sb->s_inodes */
	struct super_block *i_mounted;	/* fs mounted on this directory, or NULL */
	void *i_private;		/* procfs: what the file shows */
	struct pipe_inode_info *i_pipe;	/* a pipe or an open FIFO's buffer (fs/pipe.c), or NULL */
};

/* One open(); shared by dup'd fds, fork children and VMAs mapping it. */
struct file {
	const struct file_operations *f_op;	/* from f_inode->i_fop at open */
	struct inode *f_inode;		/* referenced until the last fput */
	struct address_space *f_mapping;	/* == f_inode->i_mapping */
	unsigned int f_flags;		/* O_* flags from open */
	unsigned int f_mode;		/* FMODE_READ | FMODE_WRITE */
	loff_t f_pos;			/* byte offset of the next read/write; lseek sets it */
	int f_count;			/* references (fds, VMAs) */
	void *private_data;		/* procfs: the text generated at open */
	struct inode *f_dir;		/* directory it was opened in (referenced), or NULL */
	char *f_name;			/* the name it was opened by, for /proc/PID/maps */
};

/* Take another reference on an open file; fput drops it. */
static inline struct file *get_file(struct file *f) { f->f_count++; return f; }

/*
 * A running program and a writer of the same file exclude each other, as
 * in Linux: execve denies writing (i_writecount < 0) for as long as an
 * address space runs the file; open for writing (i_writecount > 0) makes
 * execve fail. Both sides fail with -ETXTBSY.
 */
static inline int deny_write_access(struct file *file)
{
	if (file->f_inode->i_writecount > 0)
		return -ETXTBSY;
	file->f_inode->i_writecount--;
	return 0;
}

static inline void allow_write_access(struct file *file)
{
	file->f_inode->i_writecount++;
}

#define NR_OPEN_DEFAULT	256	/* fds per process (RLIMIT_NOFILE) */

/* The fd table of a process. */
struct files_struct {
	int count;			/* tasks sharing this table */
	struct file *fd[NR_OPEN_DEFAULT];	/* referenced file of each fd, or NULL */
	u32 close_on_exec[NR_OPEN_DEFAULT / 32];	/* bit fd set: close at execve */
};

/* The root and current directory of a process, and its file-creation mask. */
struct fs_struct {
	int count;			/* tasks sharing it */
	struct inode *root;		/* "/" of the process, referenced */
	struct inode *pwd;		/* current directory, referenced */
	int umask;			/* permission bits open and mkdir clear; umask(2) */
};

/*
 * A change of an inode's attributes for notify_change (Linux's struct
 * iattr): ia_valid says which fields to apply.
 */
struct iattr {
	unsigned int ia_valid;		/* ATTR_* bits */
	umode_t ia_mode;		/* permission bits; the type is kept */
	uid_t ia_uid;
	gid_t ia_gid;
	u32 ia_atime, ia_mtime, ia_ctime;	/* seconds */
};

/* ia_valid bits (Linux's values). */
#define ATTR_MODE	0x0001
#define ATTR_UID	0x0002
#define ATTR_GID	0x0004
#define ATTR_ATIME	0x0010
#define ATTR_MTIME	0x0020
#define ATTR_CTIME	0x0040
#define ATTR_KILL_SUID	0x0800	/* clear S_ISUID (an owner change) */
#define ATTR_KILL_SGID	0x1000	/* clear S_ISGID if the group may execute */

/* Take another reference on an inode the caller already holds one on. */
static inline struct inode *igrab(struct inode *inode) { inode->i_count++; return inode; }

/* ---- fs/file_table.c: open files and fd tables ---- */
struct file *alloc_file(struct inode *inode, unsigned int flags);
void fput(struct file *file);
struct file *fget(unsigned int fd);
struct file *fget_raw(unsigned int fd);
struct files_struct *alloc_files(void);			/* for init */
struct files_struct *dup_files(struct files_struct *old);	/* fork */
void put_files(struct files_struct *files);		/* exit */
void close_on_exec(struct files_struct *files);		/* execve */
int get_unused_fd(unsigned int start);
int fd_install_lowest(struct file *file, unsigned int start);

/* ---- fs/fs_struct.c: root and current directory ---- */
struct fs_struct *alloc_fs_struct(void);		/* for init */
struct fs_struct *copy_fs_struct(struct fs_struct *old);	/* fork */
void put_fs_struct(struct fs_struct *fs);		/* exit */

/* ---- fs/attr.c: changing attributes ---- */
int notify_change(struct inode *inode, struct iattr *attr);

/* ---- fs/inode.c: the inode cache ---- */
u32 current_time(void);
void inode_init_owner(struct inode *inode, const struct inode *dir, umode_t mode);
struct inode *new_inode(struct super_block *sb);
struct inode *iget(struct super_block *sb, unsigned long ino);
void iput(struct inode *inode);
void mark_inode_dirty(struct inode *inode);

/* ---- fs/namei.c: path lookup ---- */
int path_lookup(const char *path, struct inode **res);

/* ---- fs/open.c ---- */
struct file *do_filp_open(int dfd, const char *path, unsigned int flags, umode_t mode,
			  int *err);
struct file *filp_open(const char *path, unsigned int flags, umode_t mode, int *err);

/* ---- fs/read_write.c ---- */
loff_t generic_file_llseek(struct file *file, loff_t off, int whence);
ssize_t kernel_read(struct file *file, loff_t pos, void *buf, size_t n);

/* ---- fs/char_dev.c: character devices ---- */
void init_special_inode(struct inode *inode);

/* ---- fs/super.c: mounts ---- */
extern struct super_block *root_sb;	/* the ext2 root filesystem */
int mount_on(struct inode *dir, struct super_block *sb);

/* ---- fs/sync.c ---- */
void sync_all(void);

/* ---- drivers/tty.c: the console ---- */
int open_console_fds(void);

/* ---- mm/filemap.c: the page cache ---- */
struct vm_fault;

struct page *find_get_page(struct address_space *mapping, unsigned long index);
int add_to_page_cache(struct page *page, struct address_space *mapping,
		      unsigned long index);
void remove_from_page_cache(struct page *page);
int read_cache_page(struct address_space *mapping, unsigned long index,
		    struct file *file, struct page **pagep);
void set_page_dirty(struct page *page);
int write_one_page(struct page *page);
int filemap_write_range(struct address_space *mapping, unsigned long first,
			unsigned long last);
int filemap_write_and_wait(struct address_space *mapping);
void truncate_inode_pages(struct address_space *mapping, loff_t lstart);
ssize_t generic_file_read(struct file *file, char *ubuf, size_t n, loff_t *pos);
ssize_t generic_file_write(struct file *file, const char *ubuf, size_t n, loff_t *pos);
ssize_t kernel_write(struct file *file, const void *buf, size_t n, loff_t pos);
int generic_file_mmap(struct file *file, struct vm_area_struct *vma);
int filemap_fault(struct vm_area_struct *vma, struct vm_fault *vmf);
extern const struct vm_operations_struct generic_file_vm_ops;	/* .fault = filemap_fault */
extern unsigned long nr_pagecache_pages;	/* cached pages of every file (/proc/meminfo) */

/* ---- fs/pipe.c ---- */
long pipe_fcntl(struct file *file, unsigned int cmd, unsigned long arg);
extern const struct file_operations fifo_fops;

#endif
