/*
 * The VFS: files, inodes and their page caches (address_space). This is the
 * part other subsystems see; fs/ grows it.
 */
#ifndef FS_FS_H
#define FS_FS_H

#include <kernel/list.h>
#include <kernel/types.h>

struct file;
struct inode;
struct page;
struct vm_area_struct;

/* file->f_mode */
#define FMODE_READ	0x1
#define FMODE_WRITE	0x2

struct address_space_operations {
	int (*readpage)(struct file *file, struct page *page);
	int (*writepage)(struct page *page);
};

/* The page cache of one inode, and the mappings of it. */
struct address_space {
	struct inode *host;		/* owner */
	struct list_head i_mmap;	/* VMAs mapping this file, by vm_shared link */
	unsigned long nrpages;		/* pages in the cache */
	const struct address_space_operations *a_ops;
};

struct file_operations {
	loff_t (*llseek)(struct file *file, loff_t off, int whence);
	ssize_t (*read)(struct file *file, char *ubuf, size_t n, loff_t *pos);
	ssize_t (*write)(struct file *file, const char *ubuf, size_t n, loff_t *pos);
	int (*mmap)(struct file *file, struct vm_area_struct *vma);
	int (*fsync)(struct file *file);
	int (*release)(struct inode *inode, struct file *file);
};

struct file {
	const struct file_operations *f_op;
	struct inode *f_inode;
	struct address_space *f_mapping;	/* == f_inode->i_mapping */
	unsigned int f_flags;		/* O_* flags from open */
	unsigned int f_mode;		/* FMODE_READ | FMODE_WRITE */
	loff_t f_pos;
	int f_count;			/* references (fds, VMAs) */
};

/* Take and drop a reference; the last fput releases the file. */
static inline struct file *get_file(struct file *f) { f->f_count++; return f; }
void fput(struct file *file);
/* The open file of fd in the current task, with a reference taken; NULL if none. */
struct file *fget(unsigned int fd);

#endif
