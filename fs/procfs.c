/*
 * procfs, mounted on /proc: the kernel's view as text files.
 *
 *   /proc/meminfo	memory: total, free, page cache, anonymous, slab, page tables
 *   /proc/vmstat	the fault path's counters (mm/vmstat.c), nr_file_pages
 *   /proc/PID/maps	the VMAs of a process, in Linux's exact line format
 *   /proc/PID/stat	Linux's first fields (pid, comm, state, ppid, faults,
 *			vsize, rss), enough for ps
 *   /proc/PID/cmdline	the arguments (the caller's own) or the name
 *   /proc/self		a symbolic link to the caller's PID directory
 *   /proc/sys/vm/drop_caches	write-only: "1" drops the clean page cache,
 *			"2" the empty slabs, "3" both (fs/drop_caches.c)
 *
 * Inode numbers encode what a file shows: (pid << 4) | kind, so iget needs
 * no table. A file's text is generated whole by a read at offset 0 (a
 * snapshot, like one pass of a seq_file) and kept in file->private_data;
 * later reads copy from it.
 */
#include <asm/page.h>
#include <asm/uaccess.h>
#include <fs/drop_caches.h>
#include <fs/fs.h>
#include <fs/namei.h>
#include <fs/procfs.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <lib/string.h>
#include <mm/mm_types.h>
#include <mm/vmstat.h>
#include <mm/page.h>
#include <mm/slab.h>
#include <stdarg.h>
#include <uapi/errno.h>

enum proc_kind {
	PROC_ROOT = 1, PROC_MEMINFO, PROC_VMSTAT, PROC_PIDDIR, PROC_MAPS, PROC_STAT,
	PROC_CMDLINE, PROC_SYS, PROC_SYS_VM, PROC_DROP_CACHES, PROC_SELF, PROC_EXE,
};
#define PROC_INO(pid, kind)	(((unsigned long)(pid) << 4) | (kind))
#define PROC_PID(ino)		((pid_t)((ino) >> 4))
#define PROC_KIND(ino)		((ino) & 15)

/* ---- tasks ---- */

/* The smallest pid above `after` of a task in existence, or 0 if none. */
static pid_t next_pid(pid_t after)
{
	struct task_struct *p;
	pid_t best = 0;

	for_each_process(p) {
		if (p->pid > after && (!best || p->pid < best))
			best = p->pid;
	}
	return best;
}

/* Linux's one-letter states in /proc/PID/stat. */
static char task_state_char(struct task_struct *p)
{
	switch (p->state) {
	case TASK_RUNNING: return 'R';
	case TASK_INTERRUPTIBLE: return 'S';
	case TASK_UNINTERRUPTIBLE: return 'D';
	case TASK_ZOMBIE: return 'Z';
	}
	return 'X';
}

/* ---- text generation ---- */

struct seq {
	char *buf;
	size_t size, len;
	bool overflow;
};

static void seq_printf(struct seq *m, const char *fmt, ...) __printf(2, 3);
static void seq_printf(struct seq *m, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (m->overflow)
		return;
	va_start(ap, fmt);
	n = vsnprintf(m->buf + m->len, m->size - m->len, fmt, ap);
	va_end(ap);
	if (m->len + n >= m->size)
		m->overflow = true;
	else
		m->len += n;
}

/* Pad the line to `col` characters (Linux's seq_pad), then one space. */
static void seq_pad(struct seq *m, size_t line_start, size_t col)
{
	while (m->len - line_start < col && !m->overflow)
		seq_printf(m, " ");
	seq_printf(m, " ");
}

/* One "Label:   N kB" line of meminfo, for a count of pages (Linux's show_val_kb). */
static void show_val_kb(struct seq *m, const char *label, unsigned long pages)
{
	seq_printf(m, "%-16s%8lu kB\n", label, pages << (PAGE_SHIFT - 10));
}

/*
 * Linux's lines in Linux's order, for what exists here: no swap, no
 * shmem, no buffer cache (the ramdisk is read without one). Available
 * memory is what is free plus what could be freed at once: the clean page
 * cache and the empty slabs. busybox's free needs Cached, MemAvailable
 * and SReclaimable to print Linux's layout.
 */
static void show_meminfo(struct seq *m, struct task_struct *p)
{
	unsigned long reclaimable, slab = kmem_cache_nr_pages(&reclaimable);

	show_val_kb(m, "MemTotal:", totalram_pages);
	show_val_kb(m, "MemFree:", nr_free_pages);
	show_val_kb(m, "MemAvailable:", nr_free_pages + nr_pagecache_pages + reclaimable);
	show_val_kb(m, "Buffers:", 0);
	show_val_kb(m, "Cached:", nr_pagecache_pages);
	show_val_kb(m, "SwapCached:", 0);
	show_val_kb(m, "SwapTotal:", 0);
	show_val_kb(m, "SwapFree:", 0);
	show_val_kb(m, "AnonPages:", nr_anon_pages);
	show_val_kb(m, "Shmem:", 0);
	show_val_kb(m, "Slab:", slab);
	show_val_kb(m, "SReclaimable:", reclaimable);
	show_val_kb(m, "SUnreclaim:", slab - reclaimable);
	show_val_kb(m, "PageTables:", nr_page_table_pages);
}

static void show_vmstat(struct seq *m, struct task_struct *p)
{
	size_t room = m->size - m->len;
	int n = vmstat_show(m->buf + m->len, room);

	/* vmstat_show truncates to fit: a full buffer means try a bigger one. */
	if ((size_t)n >= room - 1)
		m->overflow = true;
	else
		m->len += n;
	seq_printf(m, "nr_file_pages %lu\n", nr_pagecache_pages);
}

/* The path a mapped file was opened by, and " (deleted)" once unlinked. */
static void show_file_path(struct seq *m, struct file *file)
{
	char *buf = kmalloc(PATH_MAX), *dir = NULL;
	int err = 0;

	if (buf && file->f_dir)
		dir = d_path(file->f_dir, buf, &err);
	if (dir && file->f_name)
		seq_printf(m, "%s%s%s", dir, strcmp(dir, "/") ? "/" : "", file->f_name);
	if (!file->f_inode->i_nlink)
		seq_printf(m, " (deleted)");
	kfree(buf);
}

/* One line of /proc/PID/maps, as Linux's show_map_vma prints it. */
static void show_map_vma(struct seq *m, struct mm_struct *mm, struct vm_area_struct *vma)
{
	unsigned long flags = vma->vm_flags, ino = 0;
	unsigned long long pgoff = 0;
	unsigned int dev = 0;
	size_t start = m->len;
	const char *name = NULL;

	if (vma->vm_file) {
		dev = vma->vm_file->f_inode->i_sb->s_dev;
		ino = vma->vm_file->f_inode->i_ino;
		/* Anonymous VMAs keep vm_start >> PAGE_SHIFT here; Linux shows 0. */
		pgoff = (unsigned long long)vma->vm_pgoff << PAGE_SHIFT;
	}
	seq_printf(m, "%08lx-%08lx %c%c%c%c %08llx %02x:%02x %lu ", vma->vm_start, vma->vm_end,
		   flags & VM_READ ? 'r' : '-', flags & VM_WRITE ? 'w' : '-',
		   flags & VM_EXEC ? 'x' : '-', flags & VM_MAYSHARE ? 's' : 'p',
		   pgoff, MAJOR(dev), MINOR(dev), ino);
	if (vma->vm_file) {
		seq_pad(m, start, 72);
		show_file_path(m, vma->vm_file);
	} else if (vma->vm_start <= mm->brk && vma->vm_end >= mm->start_brk &&
		   mm->start_brk) {
		name = "[heap]";
	} else if (vma->vm_start <= mm->start_stack && vma->vm_end >= mm->start_stack) {
		name = "[stack]";
	}
	if (name) {
		seq_pad(m, start, 72);
		seq_printf(m, "%s", name);
	}
	seq_printf(m, "\n");
}

static void show_maps(struct seq *m, struct task_struct *p)
{
	struct vm_area_struct *vma;

	if (!p->mm)
		return;
	for (vma = p->mm->mmap; vma; vma = vma->vm_next)
		show_map_vma(m, p->mm, vma);
}

static unsigned long task_rss(struct mm_struct *mm)
{
	unsigned long rss = 0;
	int i;

	for (i = 0; i < NR_MM_COUNTERS; i++)
		rss += mm->rss[i];
	return rss;
}

static void show_stat(struct seq *m, struct task_struct *p)
{
	seq_printf(m, "%d (%s) %c %d %d %d 0 -1 0 %lu 0 %lu 0 0 0 0 0 20 0 1 0 0 %lu %lu\n",
		   p->pid, p->comm, task_state_char(p), p->parent ? p->parent->pid : 0, p->pgrp,
		   p->pgrp, p->min_flt, p->maj_flt,
		   p->mm ? p->mm->total_vm << PAGE_SHIFT : 0, p->mm ? task_rss(p->mm) : 0);
}

static void show_cmdline(struct seq *m, struct task_struct *p)
{
	struct mm_struct *mm = p->mm;
	size_t len = mm ? mm->arg_end - mm->arg_start : 0;

	/* Only our own arguments are reachable with copy_from_user. */
	if (p == current && mm && len && len < m->size - m->len &&
	    !copy_from_user(m->buf + m->len, (void *)mm->arg_start, len)) {
		m->len += len;
		return;
	}
	seq_printf(m, "%s", p->comm);
	if (!m->overflow)
		m->len++;	/* the NUL that ends the name */
}

typedef void (*show_fn)(struct seq *m, struct task_struct *p);

static show_fn proc_show(unsigned long ino)
{
	switch (PROC_KIND(ino)) {
	case PROC_MEMINFO: return show_meminfo;
	case PROC_VMSTAT: return show_vmstat;
	case PROC_MAPS: return show_maps;
	case PROC_STAT: return show_stat;
	case PROC_CMDLINE: return show_cmdline;
	}
	return NULL;
}

/*
 * Generate the text of inode's file into m, growing the buffer until it
 * fits. Returns 0, -ESRCH when the process is gone, or -ENOMEM.
 */
static int proc_fill(struct inode *inode, struct seq *m)
{
	struct task_struct *p = current;
	show_fn show = proc_show(inode->i_ino);

	if (PROC_PID(inode->i_ino) && !(p = find_task_by_pid(PROC_PID(inode->i_ino))))
		return -ESRCH;
	for (m->size = 4096;; m->size *= 2) {
		m->buf = kmalloc(m->size);
		if (!m->buf)
			return -ENOMEM;
		m->len = 0;
		m->overflow = false;
		show(m, p);
		if (!m->overflow || m->size >= (1UL << 20))
			break;
		kfree(m->buf);
	}
	inode->i_size = m->len;
	return 0;
}

/* Opening checks that the process exists; the text comes with the first read. */
static int proc_file_open(struct inode *inode, struct file *file)
{
	if (PROC_PID(inode->i_ino) && !find_task_by_pid(PROC_PID(inode->i_ino)))
		return -ENOENT;
	if (file->f_mode & FMODE_WRITE)
		return -EACCES;
	file->private_data = kzalloc(sizeof(struct seq));
	return file->private_data ? 0 : -ENOMEM;
}

static ssize_t proc_file_read(struct file *file, char *ubuf, size_t n, loff_t *pos)
{
	struct seq *m = file->private_data, fresh;
	int err;

	/*
	 * Like Linux's seq_file, a read at offset 0 starts over with fresh
	 * text: a process that rereads /proc/self/maps after lseek(fd, 0, 0)
	 * sees its mappings as they are now, and the file of a process reaped
	 * since then fails with -ESRCH. Reads further on continue the text
	 * they started, so reading it in small pieces gives one consistent
	 * snapshot.
	 */
	if (*pos == 0 || !m->buf) {
		err = proc_fill(file->f_inode, &fresh);
		if (err)
			return err;
		kfree(m->buf);
		*m = fresh;
	}
	if (*pos >= (loff_t)m->len)
		return 0;
	n = min(n, (size_t)(m->len - *pos));
	if (copy_to_user(ubuf, m->buf + *pos, n))
		return -EFAULT;
	*pos += n;
	return n;
}

static int proc_file_release(struct inode *inode, struct file *file)
{
	struct seq *m = file->private_data;

	if (m)
		kfree(m->buf);
	kfree(m);
	return 0;
}

static const struct file_operations proc_file_fops = {
	.llseek = generic_file_llseek,
	.open = proc_file_open,
	.read = proc_file_read,
	.release = proc_file_release,
};

/* ---- /proc/sys/vm/drop_caches ---- */

/* Write-only, as on Linux, where even root may not read it. */
static int drop_caches_open(struct inode *inode, struct file *file)
{
	return file->f_mode & FMODE_READ ? -EACCES : 0;
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

/*
 * The value as Linux's proc_dointvec_minmax reads it: blanks, a decimal
 * number ending at a blank or the end of the write, blanks. Returns the
 * value (at least 1) and sets *used to the bytes read, or -EINVAL.
 */
static int drop_caches_parse(const char *buf, size_t n, size_t *used)
{
	size_t i = 0;
	int val = 0, digits = 0;

	while (i < n && is_blank(buf[i]))
		i++;
	for (; i < n && buf[i] >= '0' && buf[i] <= '9'; i++, digits++) {
		if (val > 99999999)
			return -EINVAL;		/* would overflow an int */
		val = val * 10 + (buf[i] - '0');
	}
	if (!digits || val < 1 || (i < n && !is_blank(buf[i])))
		return -EINVAL;
	while (i < n && is_blank(buf[i]))
		i++;
	*used = i;
	return val;
}

/*
 * Bit 1 drops the page cache, bit 2 the slabs (Linux's 4, "stop logging",
 * drops nothing). Returns the bytes used, as Linux does: what follows the
 * number and its blanks is left unwritten.
 */
static ssize_t drop_caches_write(struct file *file, const char *ubuf, size_t n, loff_t *pos)
{
	char buf[24];
	size_t used;
	int mode;

	if (!n)
		return 0;
	n = min(n, sizeof(buf));
	if (copy_from_user(buf, ubuf, n))
		return -EFAULT;
	mode = drop_caches_parse(buf, n, &used);
	if (mode < 0)
		return mode;
	if (mode & 1)
		drop_pagecache();
	if (mode & 2)
		drop_slab();
	*pos += used;
	return used;
}

static const struct file_operations drop_caches_fops = {
	.open = drop_caches_open,
	.write = drop_caches_write,
};

/* ---- directories ---- */

struct proc_entry {
	const char *name;
	int kind;
	unsigned char type;	/* DT_* for readdir */
};

static const struct proc_entry root_files[] = {
	{ "meminfo", PROC_MEMINFO, DT_REG }, { "vmstat", PROC_VMSTAT, DT_REG },
	{ "sys", PROC_SYS, DT_DIR },
};
static const struct proc_entry sys_files[] = { { "vm", PROC_SYS_VM, DT_DIR } };
static const struct proc_entry sys_vm_files[] = {
	{ "drop_caches", PROC_DROP_CACHES, DT_REG },
};
static const struct proc_entry pid_files[] = {
	{ "maps", PROC_MAPS, DT_REG }, { "stat", PROC_STAT, DT_REG },
	{ "cmdline", PROC_CMDLINE, DT_REG }, { "exe", PROC_EXE, DT_LNK },
};

/* A decimal pid, or 0 if name is not one. */
static pid_t name_to_pid(const char *name, int len)
{
	pid_t pid = 0;
	int i;

	for (i = 0; i < len; i++) {
		if (name[i] < '0' || name[i] > '9' || pid > 100000000)
			return 0;
		pid = pid * 10 + (name[i] - '0');
	}
	return pid;
}

static bool name_is(const char *name, int len, const char *s)
{
	return (int)strlen(s) == len && !memcmp(name, s, len);
}

/* The entries of a directory under /proc/sys, and how many; NULL for others. */
static const struct proc_entry *sys_dir_entries(unsigned long ino, unsigned int *n)
{
	switch (PROC_KIND(ino)) {
	case PROC_SYS:
		*n = ARRAY_SIZE(sys_files);
		return sys_files;
	case PROC_SYS_VM:
		*n = ARRAY_SIZE(sys_vm_files);
		return sys_vm_files;
	}
	return NULL;
}

/* The inode number of dir's "..". */
static unsigned long proc_parent_ino(unsigned long ino)
{
	return PROC_KIND(ino) == PROC_SYS_VM ? PROC_INO(0, PROC_SYS) : PROC_INO(0, PROC_ROOT);
}

static int proc_lookup(struct inode *dir, const char *name, int len, struct inode **res)
{
	const struct proc_entry *table;
	pid_t pid = PROC_PID(dir->i_ino);
	unsigned long ino = 0;
	unsigned int i, n = 0;

	if (name_is(name, len, "..")) {
		ino = proc_parent_ino(dir->i_ino);
	} else if ((table = sys_dir_entries(dir->i_ino, &n))) {
		for (i = 0; i < n; i++)
			if (name_is(name, len, table[i].name))
				ino = PROC_INO(0, table[i].kind);
	} else if (PROC_KIND(dir->i_ino) == PROC_ROOT) {
		for (i = 0; i < ARRAY_SIZE(root_files); i++)
			if (name_is(name, len, root_files[i].name))
				ino = PROC_INO(0, root_files[i].kind);
		if (name_is(name, len, "self") && current)
			ino = PROC_INO(0, PROC_SELF);
		pid = name_to_pid(name, len);
		if (!ino && pid && find_task_by_pid(pid))
			ino = PROC_INO(pid, PROC_PIDDIR);
	} else if (find_task_by_pid(pid)) {
		for (i = 0; i < ARRAY_SIZE(pid_files); i++)
			if (name_is(name, len, pid_files[i].name))
				ino = PROC_INO(pid, pid_files[i].kind);
	}
	if (!ino)
		return -ENOENT;
	*res = iget(dir->i_sb, ino);
	return *res ? 0 : -ENOMEM;
}

/* Entry positions: 0 ".", 1 "..", 2.. the fixed files, then 1000 + pid. */
#define PID_POS 1000

/* One of the fixed entries of /proc at position i; 1 if filldir is full. */
static int proc_root_fixed(void *ctx, filldir_t filldir, unsigned int i)
{
	unsigned int nfiles = ARRAY_SIZE(root_files);

	if (i < 2)
		return filldir(ctx, "..", i + 1, i, PROC_INO(0, PROC_ROOT), DT_DIR);
	if (i < 2 + nfiles)
		return filldir(ctx, root_files[i - 2].name, strlen(root_files[i - 2].name), i,
			       PROC_INO(0, root_files[i - 2].kind), root_files[i - 2].type);
	return filldir(ctx, "self", 4, i, PROC_INO(0, PROC_SELF), DT_LNK);
}

static int proc_root_readdir(struct file *file, void *ctx, filldir_t filldir)
{
	pid_t pid;

	for (; file->f_pos < 3 + (loff_t)ARRAY_SIZE(root_files); file->f_pos++) {
		if (proc_root_fixed(ctx, filldir, file->f_pos))
			return 0;
	}
	if (file->f_pos < PID_POS + 1)
		file->f_pos = PID_POS + 1;
	while ((pid = next_pid(file->f_pos - PID_POS - 1)) > 0) {
		char name[12];

		snprintf(name, sizeof(name), "%d", pid);
		if (filldir(ctx, name, strlen(name), PID_POS + pid, PROC_INO(pid, PROC_PIDDIR), DT_DIR))
			return 0;
		file->f_pos = PID_POS + pid + 1;
	}
	return 0;
}

static int proc_pid_readdir(struct file *file, void *ctx, filldir_t filldir)
{
	pid_t pid = PROC_PID(file->f_inode->i_ino);
	unsigned int i;

	for (; file->f_pos < 2 + (loff_t)ARRAY_SIZE(pid_files); file->f_pos++) {
		i = file->f_pos;
		if (i < 2 ? filldir(ctx, "..", i + 1, i, file->f_inode->i_ino, DT_DIR)
			  : filldir(ctx, pid_files[i - 2].name, strlen(pid_files[i - 2].name), i,
				    PROC_INO(pid, pid_files[i - 2].kind), pid_files[i - 2].type))
			return 0;
	}
	return 0;
}

/* /proc/sys and below: ".", "..", then the directory's table. */
static int proc_sys_readdir(struct file *file, void *ctx, filldir_t filldir)
{
	unsigned long ino = file->f_inode->i_ino;
	const struct proc_entry *table;
	unsigned int i, n;
	int full;

	table = sys_dir_entries(ino, &n);
	for (; file->f_pos < 2 + (loff_t)n; file->f_pos++) {
		i = file->f_pos;
		if (i < 2)
			full = filldir(ctx, "..", i + 1, i, i ? proc_parent_ino(ino) : ino, DT_DIR);
		else
			full = filldir(ctx, table[i - 2].name, strlen(table[i - 2].name), i,
				       PROC_INO(0, table[i - 2].kind), table[i - 2].type);
		if (full)
			return 0;
	}
	return 0;
}

static const struct inode_operations proc_dir_iops = { .lookup = proc_lookup };

/* "self" -> the caller's pid, a name in /proc: whoever follows it gets their own. */
static int proc_self_get_link(struct inode *inode, char *buf)
{
	if (!current)
		return -ENOENT;
	return snprintf(buf, PATH_MAX, "%d", current->pid);
}

static const struct inode_operations proc_self_iops = { .get_link = proc_self_get_link };

/*
 * /proc/PID/exe -> the program the process runs, by the path it was opened
 * under (" (deleted)" once unlinked), as Linux shows it. busybox re-runs
 * itself through /proc/self/exe. -ENOENT for a task without a program.
 */
static int proc_exe_get_link(struct inode *inode, char *buf)
{
	struct task_struct *p = find_task_by_pid(PROC_PID(inode->i_ino));
	struct file *exe = p && p->mm ? p->mm->exe_file : NULL;
	char *tmp, *dir;
	int err = -ENOENT, len;

	if (!exe || !exe->f_dir || !exe->f_name)
		return -ENOENT;
	tmp = kmalloc(PATH_MAX);
	if (!tmp)
		return -ENOMEM;
	dir = d_path(exe->f_dir, tmp, &err);
	if (dir) {
		len = snprintf(buf, PATH_MAX, "%s%s%s%s", dir, strcmp(dir, "/") ? "/" : "",
			       exe->f_name, exe->f_inode->i_nlink ? "" : " (deleted)");
		err = len < PATH_MAX ? len : -ENAMETOOLONG;
	}
	kfree(tmp);
	return err;
}

static const struct inode_operations proc_exe_iops = { .get_link = proc_exe_get_link };

static const struct file_operations proc_sys_fops = { .readdir = proc_sys_readdir };
static const struct file_operations proc_root_fops = { .readdir = proc_root_readdir };
static const struct file_operations proc_pid_fops = { .readdir = proc_pid_readdir };

/* ---- the superblock ---- */

static struct inode *proc_alloc_inode(struct super_block *sb)
{
	return kzalloc(sizeof(struct inode));
}

static void proc_destroy_inode(struct inode *inode)
{
	kfree(inode);
}

static int proc_read_inode(struct inode *inode)
{
	int kind = PROC_KIND(inode->i_ino);

	inode->i_nlink = 1;
	inode->i_atime = inode->i_mtime = inode->i_ctime = current_time();
	if (kind == PROC_ROOT || kind == PROC_PIDDIR) {
		inode->i_mode = S_IFDIR | 0555;
		inode->i_nlink = 2;
		inode->i_op = &proc_dir_iops;
		inode->i_fop = kind == PROC_ROOT ? &proc_root_fops : &proc_pid_fops;
	} else if (kind == PROC_SYS || kind == PROC_SYS_VM) {
		inode->i_mode = S_IFDIR | 0555;
		inode->i_nlink = 2;
		inode->i_op = &proc_dir_iops;
		inode->i_fop = &proc_sys_fops;
	} else if (kind == PROC_SELF) {
		inode->i_mode = S_IFLNK | 0777;
		inode->i_op = &proc_self_iops;
	} else if (kind == PROC_EXE) {
		inode->i_mode = S_IFLNK | 0777;
		inode->i_op = &proc_exe_iops;
	} else if (kind == PROC_DROP_CACHES) {
		inode->i_mode = S_IFREG | 0200;
		inode->i_fop = &drop_caches_fops;
	} else if (proc_show(inode->i_ino)) {
		inode->i_mode = S_IFREG | 0444;
		inode->i_fop = &proc_file_fops;
	} else {
		return -ENOENT;
	}
	return 0;
}

static const struct super_operations proc_sops = {
	.alloc_inode = proc_alloc_inode,
	.destroy_inode = proc_destroy_inode,
	.read_inode = proc_read_inode,
};

/*
 * A new read-only procfs superblock with its root directory read, to be
 * mounted on /proc with mount_on; NULL without memory.
 */
struct super_block *proc_mount(void)
{
	struct super_block *sb = kzalloc(sizeof(*sb));

	if (!sb)
		return NULL;
	sb->s_op = &proc_sops;
	sb->s_dev = MKDEV(0, 3);	/* an anonymous device, as Linux's proc */
	sb->s_blocksize = 1024;
	sb->s_readonly = true;
	INIT_LIST_HEAD(&sb->s_inodes);
	sb->s_root = iget(sb, PROC_INO(0, PROC_ROOT));
	if (!sb->s_root) {
		kfree(sb);
		return NULL;
	}
	return sb;
}
