/*
 * procfs, mounted on /proc: the kernel's view as text files, in Linux's
 * formats (proc(5)), enough for busybox's ps, top, free, uptime, df and
 * mount.
 *
 *   /proc/meminfo	memory: total, free, page cache, anonymous, slab, page tables
 *   /proc/vmstat	the fault path's counters (mm/vmstat.c), nr_file_pages
 *   /proc/stat		CPU time in ticks (user, system, idle), task switches,
 *			boot time, forks, runnable and blocked tasks
 *   /proc/uptime	seconds since boot, seconds idle
 *   /proc/loadavg	the load averages, runnable/all tasks, the last pid
 *   /proc/mounts	a symbolic link to self/mounts, as Linux's
 *   /proc/filesystems	the filesystem types there are
 *   /proc/version	the kernel's release and version, as uname gives them
 *   /proc/PID/maps	the VMAs of a process, in Linux's exact line format
 *   /proc/PID/stat	Linux's 52 fields in one line, for ps and top
 *   /proc/PID/status	the same and more, a "Name:\tvalue" line each
 *   /proc/PID/statm	memory sizes in pages
 *   /proc/PID/comm	the name
 *   /proc/PID/cmdline	the arguments (the caller's own) or the name
 *   /proc/PID/task/TID/	one directory per thread of the process, with the
 *			same files as /proc/PID/ seen from that thread
 *   /proc/sys/kernel/threads-max	the most tasks fork makes (sized from memory)
 *   /proc/PID/mounts	the mounted filesystems (the same for everyone)
 *   /proc/PID/exe	a symbolic link to the program it runs
 *   /proc/PID/pagemap	its page tables, 8 bytes a page (fs/proc_task_mmu.c)
 *   /proc/PID/coredump_filter	what its core dump holds (fs/coredump.c)
 *   /proc/PID/fd/N	a symbolic link per open fd: the file's path, or
 *			pipe:[INO] (text links: opening one opens the path)
 *   /proc/self		a symbolic link to the caller's PID directory
 *   /proc/sys/kernel/core_pattern, core_uses_pid	the name of a core dump's
 *			file (fs/coredump.c); root may write them
 *   /proc/sys/kernel/pid_max	pids stay below it; root may write it
 *   /proc/sys/vm/drop_caches	write-only: "1" drops the clean page cache,
 *			"2" the empty slabs, "3" both (fs/drop_caches.c)
 *   /proc/sys/vm/max_map_count, legacy_va_layout, overcommit_memory,
 *   overcommit_ratio, mmap_min_addr, /proc/sys/kernel/randomize_va_space
 *			integer settings, read and written as Linux's proc_dointvec
 *
 * Inode numbers encode what a file shows: (pid << 6) | kind, so iget needs
 * no table. A file's text is generated whole by a read at offset 0 (a
 * snapshot, like one pass of a seq_file) and kept in file->private_data;
 * later reads copy from it.
 */
#include <asm/div64.h>
#include <asm/irq.h>
#include <asm/page.h>
#include <asm/pgtable.h>
#include <asm/uaccess.h>
#include <fs/coredump.h>
#include <fs/drop_caches.h>
#include <fs/fs.h>
#include <fs/mount.h>
#include <fs/namei.h>
#include <fs/procfs.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/time.h>
#include <kernel/version.h>
#include <lib/string.h>
#include <mm/memory.h>
#include <mm/mm.h>
#include <mm/mm_types.h>
#include <mm/vmstat.h>
#include <mm/page.h>
#include <mm/swap.h>
#include <mm/slab.h>
#include <stdarg.h>
#include <uapi/errno.h>

enum proc_kind {
	PROC_ROOT = 1, PROC_MEMINFO, PROC_VMSTAT, PROC_PIDDIR, PROC_MAPS, PROC_STAT,
	PROC_CMDLINE, PROC_SYS, PROC_SYS_VM, PROC_DROP_CACHES, PROC_SELF, PROC_EXE,
	PROC_KSTAT, PROC_UPTIME, PROC_LOADAVG, PROC_MOUNTS_LINK, PROC_FILESYSTEMS,
	PROC_VERSION, PROC_STATUS, PROC_STATM, PROC_COMM, PROC_MOUNTS,
	PROC_SYS_KERNEL, PROC_PID_MAX, PROC_TAINTED, PROC_CORE_PATTERN, PROC_CORE_USES_PID,
	PROC_PAGEMAP, PROC_COREDUMP_FILTER,
	PROC_TASKDIR, PROC_TIDDIR, PROC_THREADS_MAX, PROC_FDDIR, PROC_FD,
	PROC_SMAPS, PROC_SMAPS_ROLLUP,
	PROC_SWAPS,
	PROC_MAX_MAP_COUNT, PROC_LEGACY_VA_LAYOUT, PROC_OVERCOMMIT_MEMORY,
	PROC_OVERCOMMIT_RATIO, PROC_MMAP_MIN_ADDR, PROC_RANDOMIZE_VA_SPACE,
	PROC_NR_KINDS
};
#define PROC_KIND_BITS		6
#define PROC_INO(pid, kind)	(((unsigned long)(pid) << PROC_KIND_BITS) | (kind))
#define PROC_PID_BITS		15	/* pids stay below PID_MAX_LIMIT, 32768 */
#define PROC_PID(ino)		((pid_t)(((ino) >> PROC_KIND_BITS) & ((1 << PROC_PID_BITS) - 1)))
/* /proc/PID/fd/N: the fd number, plus one, above the pid. */
#define PROC_FD_INO(pid, fd)	PROC_INO((pid) | ((unsigned long)(fd) + 1) << PROC_PID_BITS, PROC_FD)
#define PROC_FD_NR(ino)		((int)((ino) >> (PROC_KIND_BITS + PROC_PID_BITS)) - 1)
#define PROC_KIND(ino)		((ino) & ((1 << PROC_KIND_BITS) - 1))

/* ---- tasks ---- */

/* The smallest pid above `after` of a process in existence (threads are in task/), or 0. */
static pid_t next_pid(pid_t after)
{
	struct task_struct *p;
	pid_t best = 0;

	for_each_process(p) {
		if (thread_group_leader(p) && p->pid > after && (!best || p->pid < best))
			best = p->pid;
	}
	return best;
}

/* The smallest tid above `after` of a thread of process tgid, or 0 if none. */
static pid_t next_tid(pid_t tgid, pid_t after)
{
	struct task_struct *p;
	pid_t best = 0;

	for_each_process(p) {
		if (p->tgid == tgid && p->pid > after && (!best || p->pid < best))
			best = p->pid;
	}
	return best;
}

/*
 * Linux's names of task states (its task_state_array): the letter is what
 * /proc/PID/stat and ps show, the whole string /proc/PID/status.
 */
static const char *task_state(struct task_struct *p)
{
	switch (p->state) {
	case TASK_RUNNING: return "R (running)";
	case TASK_INTERRUPTIBLE: return "S (sleeping)";
	case TASK_UNINTERRUPTIBLE: return "D (disk sleep)";
	case TASK_ZOMBIE: return "Z (zombie)";
	case TASK_STOPPED: return "T (stopped)";
	}
	return "X (dead)";
}

static char task_state_char(struct task_struct *p)
{
	return task_state(p)[0];
}

static pid_t task_ppid(struct task_struct *p)
{
	return p->parent ? p->parent->tgid : 0;
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
 * Linux's lines in Linux's order, for what exists here: no shmem, no
 * buffer cache (the ramdisk is read without one); the LRU lists and swap
 * from mm/vmscan.c and mm/swapfile.c, Dirty for file pages. Available
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
	show_val_kb(m, "SwapCached:", total_swapcache_pages);
	show_val_kb(m, "Active:", nr_active);
	show_val_kb(m, "Inactive:", nr_inactive);
	show_val_kb(m, "SwapTotal:", total_swap_pages);
	show_val_kb(m, "SwapFree:", nr_swap_pages);
	show_val_kb(m, "Dirty:", nr_dirty_pages());
	show_val_kb(m, "Writeback:", 0);	/* swap and file writes complete at once */
	show_val_kb(m, "AnonPages:", nr_anon_pages);
	show_val_kb(m, "Shmem:", 0);
	show_val_kb(m, "Slab:", slab);
	show_val_kb(m, "SReclaimable:", reclaimable);
	show_val_kb(m, "SUnreclaim:", slab - reclaimable);
	show_val_kb(m, "PageTables:", nr_page_table_pages);
	show_val_kb(m, "CommitLimit:", vm_commit_limit());
	show_val_kb(m, "Committed_AS:", vm_committed_as);
}

/* /proc/swaps: the active swap areas (mm/swapfile.c formats them). */
static void show_swaps(struct seq *m, struct task_struct *p)
{
	size_t room = m->size - m->len;
	int n = swaps_show(m->buf + m->len, room);

	if ((size_t)n >= room - 1)
		m->overflow = true;
	else
		m->len += n;
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

/* ---- the machine: stat, uptime, loadavg ---- */

/*
 * /proc/stat: the CPU times in ticks of USER_HZ (100 a second) as
 * "cpu user nice system idle iowait irq softirq steal guest guest_nice",
 * once for the machine and once for its one CPU, then the switches, the
 * boot time in seconds since 1970, the tasks made since boot, and the
 * tasks runnable and blocked now (Linux's show_stat). top reads the cpu
 * line; glibc counts the cpuN lines for the number of processors.
 */
static void show_kstat(struct seq *m, struct task_struct *p)
{
	struct cpu_usage_stat c = kstat.cpustat;
	struct timespec64 boot;
	int cpu;

	getboottime64(&boot);
	for (cpu = -1; cpu < 1; cpu++) {
		seq_printf(m, cpu < 0 ? "cpu " : "cpu%d", cpu);
		seq_printf(m, " %llu 0 %llu %llu 0 0 0 0 0 0\n", (unsigned long long)c.user,
			   (unsigned long long)c.system, (unsigned long long)c.idle);
	}
	seq_printf(m, "ctxt %llu\n", nr_context_switches());
	seq_printf(m, "btime %llu\n", (unsigned long long)boot.tv_sec);
	seq_printf(m, "processes %lu\n", total_forks);
	seq_printf(m, "procs_running %lu\n", nr_running());
	seq_printf(m, "procs_blocked %lu\n", nr_uninterruptible());
}

/*
 * /proc/uptime: seconds since boot and seconds the CPU spent idle (the
 * sum over every CPU on Linux; one here), each with two decimals.
 */
static void show_uptime(struct seq *m, struct task_struct *p)
{
	u64 idle = kstat.cpustat.idle;
	u32 ticks = do_div(idle, HZ);	/* idle: now seconds */
	struct timespec64 up;

	ktime_get_ts64(&up);	/* no suspend: boot time is monotonic time */
	seq_printf(m, "%lu.%02lu %llu.%02u\n", (unsigned long)up.tv_sec,
		   up.tv_nsec / (NSEC_PER_SEC / 100), (unsigned long long)idle,
		   ticks * 100 / HZ);
}

/*
 * /proc/loadavg: the three load averages to two decimals (rounded, as
 * Linux's), the runnable tasks / all tasks, and the pid given last.
 */
static void show_loadavg(struct seq *m, struct task_struct *p)
{
	unsigned long avnrun[3];

	get_avenrun(avnrun, FIXED_1 / 200, 0);
	seq_printf(m, "%lu.%02lu %lu.%02lu %lu.%02lu %lu/%d %d\n",
		   LOAD_INT(avnrun[0]), LOAD_FRAC(avnrun[0]), LOAD_INT(avnrun[1]),
		   LOAD_FRAC(avnrun[1]), LOAD_INT(avnrun[2]), LOAD_FRAC(avnrun[2]),
		   nr_running(), nr_tasks, last_pid);
}

/* ---- mounts, filesystems, version ---- */

static struct super_block *proc_sb;	/* the procfs that proc_mount made last */

/*
 * One line of /proc/PID/mounts, as Linux's show_vfsmnt: device, mount
 * point, type, options, and two zeroes for dump and fsck.
 */
static void show_mount(struct seq *m, const char *dev, struct super_block *sb,
		       const char *type, bool readonly)
{
	char *buf = kmalloc(PATH_MAX), *dir = NULL;
	int err = 0;

	if (buf && sb->s_mountpoint)
		dir = d_path(sb->s_mountpoint, buf, &err);
	if (dir || !sb->s_mountpoint)
		seq_printf(m, "%s %s %s %s,relatime 0 0\n", dev, dir ? dir : "/", type,
			   readonly ? "ro" : "rw");
	kfree(buf);
}

/*
 * The mounts there are: the ext2 root from the ramdisk, which Linux calls
 * /dev/root when the kernel mounted it itself, and procfs on /proc (its
 * files decide for themselves what may be written, so it shows as "rw",
 * as on Linux); then the mounts programs made (fs/namespace.c).
 */
static void show_mounts(struct seq *m, struct task_struct *p)
{
	struct vfsmount *mnt = NULL;

	if (root_sb)
		show_mount(m, "/dev/root", root_sb, "ext2", root_sb->s_readonly);
	if (proc_sb && proc_sb->s_mountpoint)
		show_mount(m, "proc", proc_sb, "proc", false);
	while ((mnt = next_mount(mnt)))
		show_mount(m, mnt->mnt_devname, mnt->mnt_sb, mnt->mnt_type, mnt->mnt_sb->s_readonly);
}

/* /proc/filesystems: "nodev" marks a type that needs no block device. */
static void show_filesystems(struct seq *m, struct task_struct *p)
{
	seq_printf(m, "nodev\tproc\nnodev\ttmpfs\n\text2\n");
}

/*
 * /proc/version, Linux's banner: "Linux version", the release, who built
 * it where, the compiler, and the version - the same release and version
 * strings as uname (kernel/sys.c).
 */
/* /proc/sys/kernel/pid_max: the pids fork hands out stay below this. */
static void show_pid_max(struct seq *m, struct task_struct *p)
{
	seq_printf(m, "%d\n", pid_max);
}

/* /proc/PID/coredump_filter: the MMF_DUMP_* bits, as Linux prints them. */
static void show_coredump_filter(struct seq *m, struct task_struct *p)
{
	if (p->mm)
		seq_printf(m, "%08lx\n", p->mm->coredump_filter);
}

/* /proc/sys/kernel/core_pattern and core_uses_pid (fs/coredump.c). */
static void show_core_pattern(struct seq *m, struct task_struct *p)
{
	seq_printf(m, "%s\n", core_pattern);
}

static void show_core_uses_pid(struct seq *m, struct task_struct *p)
{
	seq_printf(m, "%u\n", core_uses_pid);
}

/* /proc/sys/kernel/threads-max: fork's task limit, sized from memory at boot (kernel/fork.c). */
static void show_threads_max(struct seq *m, struct task_struct *p)
{
	seq_printf(m, "%d\n", max_threads);
}

/* /proc/sys/kernel/tainted: 0, nothing has tainted this kernel (no modules, no oops survived). */
static void show_tainted(struct seq *m, struct task_struct *p)
{
	seq_printf(m, "0\n");
}

static void show_version(struct seq *m, struct task_struct *p)
{
	seq_printf(m, "Linux version " UTS_RELEASE " (vmkernel@vmkernel) (gcc version "
		   __VERSION__ ") " UTS_VERSION "\n");
}

/* ---- processes ---- */

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
	} else if (vma->vm_ops && vma->vm_ops->name) {
		name = vma->vm_ops->name(vma);	/* [vdso], [vvar] */
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

/*
 * /proc/PID/smaps and smaps_rollup (Linux's fs/proc/task_mmu.c): for each
 * VMA its maps line and what its page-table entries map. A page mapped by
 * n entries (in any process) is shared when n > 1, and counts 1/n of
 * itself in Pss, the proportional set size: ten shells mapping libc's
 * text each show a tenth of it. Pss sums carry PSS_SHIFT bits of fraction.
 */
#define PSS_SHIFT	12

struct mem_size_stats {
	unsigned long resident, shared_clean, shared_dirty, private_clean, private_dirty;
	unsigned long referenced, anonymous, swap;	/* bytes */
	unsigned long long pss, pss_dirty, pss_anon, pss_file, pss_locked;
};

/* Count one present page, mapped dirty or young (accessed) by this entry. */
static void smaps_account(struct mem_size_stats *mss, struct page *page, bool dirty,
			  bool young, bool locked)
{
	int mapcount = page_mapcount(page);
	unsigned long long pss = (unsigned long)(PAGE_SIZE << PSS_SHIFT) / max(mapcount, 1);

	dirty = dirty || PageDirty(page);
	mss->resident += PAGE_SIZE;
	if (young)
		mss->referenced += PAGE_SIZE;
	if (PageAnon(page)) {
		mss->anonymous += PAGE_SIZE;
		mss->pss_anon += pss;
	} else {
		mss->pss_file += pss;
	}
	if (mapcount >= 2) {
		if (dirty)
			mss->shared_dirty += PAGE_SIZE;
		else
			mss->shared_clean += PAGE_SIZE;
	} else if (dirty) {
		mss->private_dirty += PAGE_SIZE;
	} else {
		mss->private_clean += PAGE_SIZE;
	}
	mss->pss += pss;
	if (dirty)
		mss->pss_dirty += pss;
	if (locked)
		mss->pss_locked += pss;
}

/* Add what vma's entries map to mss. The shared zero page counts nowhere, as in Linux. */
static void smaps_walk_vma(struct vm_area_struct *vma, struct mem_size_stats *mss)
{
	unsigned long addr = vma->vm_start;

	while (addr < vma->vm_end) {
		pte_t *pte = pte_lookup(vma->vm_mm, addr);
		struct page *page;

		if (!pte) {			/* no page table: skip its 4 MiB */
			addr = (addr & PGDIR_MASK) + PGDIR_SIZE;
			if (!addr)
				break;
			continue;
		}
		if (pte_present(*pte) && (page = vm_normal_page(*pte)))
			smaps_account(mss, page, pte_dirty(*pte), pte_young(*pte),
				      vma->vm_flags & VM_LOCKED);
		addr += PAGE_SIZE;
	}
}

/* A "Label:   N kB" line of smaps: label padded to 16, the size to 8 (Linux's SEQ_PUT_DEC). */
static void smaps_kb(struct seq *m, const char *label, unsigned long long bytes)
{
	seq_printf(m, "%-16s%8llu kB\n", label, bytes >> 10);
}

/* The lines from Rss to Locked; the rollup adds the Pss split by kind. */
static void show_smap_stats(struct seq *m, const struct mem_size_stats *mss, bool rollup)
{
	smaps_kb(m, "Rss:", mss->resident);
	smaps_kb(m, "Pss:", mss->pss >> PSS_SHIFT);
	smaps_kb(m, "Pss_Dirty:", mss->pss_dirty >> PSS_SHIFT);
	if (rollup) {
		smaps_kb(m, "Pss_Anon:", mss->pss_anon >> PSS_SHIFT);
		smaps_kb(m, "Pss_File:", mss->pss_file >> PSS_SHIFT);
		smaps_kb(m, "Pss_Shmem:", 0);
	}
	smaps_kb(m, "Shared_Clean:", mss->shared_clean);
	smaps_kb(m, "Shared_Dirty:", mss->shared_dirty);
	smaps_kb(m, "Private_Clean:", mss->private_clean);
	smaps_kb(m, "Private_Dirty:", mss->private_dirty);
	smaps_kb(m, "Referenced:", mss->referenced);
	smaps_kb(m, "Anonymous:", mss->anonymous);
	smaps_kb(m, "LazyFree:", 0);
	smaps_kb(m, "AnonHugePages:", 0);
	smaps_kb(m, "ShmemPmdMapped:", 0);
	smaps_kb(m, "FilePmdMapped:", 0);
	smaps_kb(m, "Shared_Hugetlb:", 0);
	smaps_kb(m, "Private_Hugetlb:", 0);
	smaps_kb(m, "Swap:", mss->swap);
	smaps_kb(m, "SwapPss:", mss->swap);
	smaps_kb(m, "Locked:", mss->pss_locked >> PSS_SHIFT);
}

/* The VmFlags line: Linux's two-letter names of the flags it still has, in bit order. */
static void show_smap_vma_flags(struct seq *m, struct vm_area_struct *vma)
{
	static const struct { unsigned long flag; char name[3]; } names[] = {
		{ VM_READ, "rd" }, { VM_WRITE, "wr" }, { VM_EXEC, "ex" }, { VM_SHARED, "sh" },
		{ VM_MAYREAD, "mr" }, { VM_MAYWRITE, "mw" }, { VM_MAYEXEC, "me" },
		{ VM_MAYSHARE, "ms" }, { VM_GROWSDOWN, "gd" }, { VM_PFNMAP, "pf" },
		{ VM_LOCKED, "lo" }, { VM_IO, "io" }, { VM_SEQ_READ, "sr" },
		{ VM_RAND_READ, "rr" }, { VM_DONTCOPY, "dc" }, { VM_DONTEXPAND, "de" },
		{ VM_ACCOUNT, "ac" }, { VM_NORESERVE, "nr" },
	};
	unsigned int i;

	seq_printf(m, "VmFlags: ");
	for (i = 0; i < ARRAY_SIZE(names); i++)
		if (vma->vm_flags & names[i].flag)
			seq_printf(m, "%s ", names[i].name);
	seq_printf(m, "\n");
}

/* /proc/PID/smaps: per VMA, its maps line, sizes, page counts and flags (Linux's show_smap). */
static void show_smaps(struct seq *m, struct task_struct *p)
{
	struct vm_area_struct *vma;

	if (!p->mm)
		return;
	for (vma = p->mm->mmap; vma; vma = vma->vm_next) {
		struct mem_size_stats mss;

		memset(&mss, 0, sizeof(mss));
		smaps_walk_vma(vma, &mss);
		show_map_vma(m, p->mm, vma);
		smaps_kb(m, "Size:", vma->vm_end - vma->vm_start);
		smaps_kb(m, "KernelPageSize:", PAGE_SIZE);
		smaps_kb(m, "MMUPageSize:", PAGE_SIZE);
		show_smap_stats(m, &mss, false);
		seq_printf(m, "THPeligible:    0\n");
		show_smap_vma_flags(m, vma);
	}
}

/* /proc/PID/smaps_rollup: the sums over all VMAs under one "[rollup]" line. */
static void show_smaps_rollup(struct seq *m, struct task_struct *p)
{
	struct vm_area_struct *vma, *last = NULL;
	struct mem_size_stats mss;
	size_t start = m->len;

	if (!p->mm || !p->mm->mmap)
		return;
	memset(&mss, 0, sizeof(mss));
	for (vma = p->mm->mmap; vma; vma = vma->vm_next) {
		smaps_walk_vma(vma, &mss);
		last = vma;
	}
	seq_printf(m, "%08lx-%08lx ---p %08x %02x:%02x %u ", p->mm->mmap->vm_start, last->vm_end,
		   0, 0, 0, 0);
	seq_pad(m, start, 72);
	seq_printf(m, "[rollup]\n");
	show_smap_stats(m, &mss, true);
}

static unsigned long task_rss(struct mm_struct *mm)
{
	/* Resident pages only: swap entries are not in memory. */
	return mm->rss[MM_ANONPAGES] + mm->rss[MM_FILEPAGES];
}

/*
 * The sizes Linux keeps in mm->data_vm, stack_vm and exec_vm, in pages,
 * counted from the VMAs' flags as Linux 4.5+ counts them: the stack
 * (VM_GROWSDOWN), code (executable, not writable) and data (private and
 * writable).
 */
struct task_vm {
	unsigned long data, stack, exec;
	unsigned long text;	/* the program's text segment, within exec */
};

static void task_vm_count(struct mm_struct *mm, struct task_vm *vm)
{
	struct vm_area_struct *vma;
	unsigned long text;

	memset(vm, 0, sizeof(*vm));
	for (vma = mm->mmap; vma; vma = vma->vm_next) {
		unsigned long flags = vma->vm_flags;

		if (flags & VM_GROWSDOWN)
			vm->stack += vma_pages(vma);
		else if ((flags & (VM_WRITE | VM_EXEC)) == VM_EXEC)
			vm->exec += vma_pages(vma);
		else if ((flags & (VM_WRITE | VM_SHARED)) == VM_WRITE)
			vm->data += vma_pages(vma);
	}
	text = (PAGE_ALIGN(mm->end_code) - (mm->start_code & PAGE_MASK)) >> PAGE_SHIFT;
	vm->text = min(text, vm->exec);
}

/* A signal set as sig[0], the low word, as a 32-bit Linux prints it in stat. */
static unsigned long sigset_word(sigset_t set)
{
	return (unsigned long)set;
}

/* The signals whose handler is SIG_IGN (ign) or a function (!ign). */
static sigset_t task_handled(struct task_struct *p, bool ign)
{
	sigset_t set = 0;
	int sig;

	for (sig = 1; sig <= _NSIG; sig++) {
		unsigned long h = p->sighand->action[sig - 1].handler;

		if (ign ? h == SIG_IGN : (h != SIG_IGN && h != SIG_DFL))
			set |= sigmask(sig);
	}
	return set;
}

/* The threads of p's group that are not yet reaped (Linux's signal->nr_threads). */
static int nr_threads(struct task_struct *p)
{
	struct task_struct *t;
	int n = 0;

	for_each_thread(p, t)
		n++;
	return n;
}

/*
 * /proc/PID/stat, Linux's 52 fields (proc(5)): pid, (comm), state, ppid,
 * pgrp, session, tty, tpgid, flags, the fault counts, CPU times in ticks,
 * priority and nice, threads, start time, vsize in bytes, rss in pages,
 * the rss limit, the layout of the address space, signal words, wchan,
 * swap counts, exit signal, CPU, scheduling, and the exit code. What is
 * not kept here shows as Linux shows it for an ordinary task: no tty, no
 * flags, priority 20, one thread, start time 0 (not recorded yet), the
 * kernel stack pointers hidden (0).
 */
static void show_stat(struct seq *m, struct task_struct *p)
{
	static struct mm_struct no_mm;	/* a zombie's: every field 0 */
	struct mm_struct *mm = p->mm ? p->mm : &no_mm;

	seq_printf(m, "%d (%s) %c %d %d %d 0 -1 0 %lu %lu %lu %lu %lu %lu %lu %lu 20 0 %d 0 0 ",
		   p->pid, p->comm, task_state_char(p), task_ppid(p), p->pgrp, p->pgrp,
		   p->min_flt, p->cmin_flt, p->maj_flt, p->cmaj_flt,
		   p->utime, p->stime, p->cutime, p->cstime, nr_threads(p));
	seq_printf(m, "%lu %lu %lu %lu %lu %lu 0 0 ", mm->total_vm << PAGE_SHIFT,
		   p->mm ? task_rss(mm) : 0, ~0UL, mm->start_code, mm->end_code,
		   mm->start_stack);
	seq_printf(m, "%lu %lu %lu %lu 0 0 0 %d 0 0 0 0 0 0 ",
		   sigset_word(p->pending | p->signal->shared_pending), sigset_word(p->blocked), sigset_word(task_handled(p, true)),
		   sigset_word(task_handled(p, false)), p->exit_signal);
	seq_printf(m, "%lu %lu %lu %lu %lu %lu %lu %d\n", mm->start_data, mm->end_data,
		   mm->start_brk, mm->arg_start, mm->arg_end, mm->env_start, mm->env_end,
		   p->state == TASK_ZOMBIE ? p->exit_code : 0);
}

/* The Name .. Groups lines of /proc/PID/status (Linux's task_state). */
static void status_task(struct seq *m, struct task_struct *p)
{
	int i;

	seq_printf(m, "Name:\t%s\n", p->comm);
	if (p->fs)
		seq_printf(m, "Umask:\t%04o\n", p->fs->umask);
	seq_printf(m, "State:\t%s\nTgid:\t%d\nNgid:\t0\nPid:\t%d\nPPid:\t%d\nTracerPid:\t0\n",
		   task_state(p), p->tgid, p->pid, task_ppid(p));
	seq_printf(m, "Uid:\t%u\t%u\t%u\t%u\n", p->uid, p->euid, p->suid, p->fsuid);
	seq_printf(m, "Gid:\t%u\t%u\t%u\t%u\n", p->gid, p->egid, p->sgid, p->fsgid);
	seq_printf(m, "FDSize:\t%d\nGroups:\t", p->files ? NR_OPEN_DEFAULT : 0);
	for (i = 0; i < p->ngroups; i++)
		seq_printf(m, "%s%u", i ? " " : "", p->groups[i]);
	seq_printf(m, " \n");
}

static void status_kb(struct seq *m, const char *label, unsigned long pages)
{
	seq_printf(m, "%s\t%8lu kB\n", label, pages << (PAGE_SHIFT - 10));
}

/*
 * The Vm lines of /proc/PID/status (Linux's task_mem), none for a task
 * without an address space. The peak size is not recorded: VmPeak shows
 * the size now.
 */
static void status_mem(struct seq *m, struct mm_struct *mm)
{
	struct task_vm vm;

	if (!mm)
		return;
	task_vm_count(mm, &vm);
	status_kb(m, "VmPeak:", mm->total_vm);
	status_kb(m, "VmSize:", mm->total_vm);
	status_kb(m, "VmLck:", mm->locked_vm);
	status_kb(m, "VmRSS:", task_rss(mm));
	status_kb(m, "RssAnon:", mm->rss[MM_ANONPAGES]);
	status_kb(m, "RssFile:", mm->rss[MM_FILEPAGES]);
	status_kb(m, "VmData:", vm.data);
	status_kb(m, "VmStk:", vm.stack);
	status_kb(m, "VmExe:", vm.text);
	status_kb(m, "VmLib:", vm.exec - vm.text);
	status_kb(m, "VmSwap:", mm->rss[MM_SWAPENTS]);
}

/*
 * The signal lines (Linux's task_sig): SigPnd the thread's own pending
 * signals (tkill, faults), ShdPnd those sent to the process (kill).
 */
static void status_sig(struct seq *m, struct task_struct *p)
{
	seq_printf(m, "Threads:\t%d\n", nr_threads(p));
	seq_printf(m, "SigPnd:\t%016llx\nShdPnd:\t%016llx\n", p->pending,
		   p->signal->shared_pending);
	seq_printf(m, "SigBlk:\t%016llx\n", p->blocked);
	seq_printf(m, "SigIgn:\t%016llx\n", task_handled(p, true));
	seq_printf(m, "SigCgt:\t%016llx\n", task_handled(p, false));
}

/* /proc/PID/status: the process in "Name:\tvalue" lines, as Linux's proc_pid_status. */
static void show_status(struct seq *m, struct task_struct *p)
{
	status_task(m, p);
	status_mem(m, p->mm);
	status_sig(m, p);
}

/*
 * /proc/PID/statm, in pages: size, resident, shared (file pages),
 * text, lib (always 0 since Linux 2.6), data (data and stack), dirty
 * (always 0). All zeroes for a task without an address space.
 */
static void show_statm(struct seq *m, struct task_struct *p)
{
	struct task_vm vm;

	if (!p->mm) {
		seq_printf(m, "0 0 0 0 0 0 0\n");
		return;
	}
	task_vm_count(p->mm, &vm);
	seq_printf(m, "%lu %lu %lu %lu 0 %lu 0\n", p->mm->total_vm, task_rss(p->mm),
		   p->mm->rss[MM_FILEPAGES], vm.text, vm.data + vm.stack);
}

/* /proc/PID/comm: the name (prctl PR_SET_NAME, or the program's), and a newline. */
static void show_comm(struct seq *m, struct task_struct *p)
{
	seq_printf(m, "%s\n", p->comm);
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
	static const show_fn shows[PROC_NR_KINDS] = {
		[PROC_MEMINFO] = show_meminfo, [PROC_VMSTAT] = show_vmstat,
		[PROC_KSTAT] = show_kstat, [PROC_UPTIME] = show_uptime,
		[PROC_LOADAVG] = show_loadavg, [PROC_FILESYSTEMS] = show_filesystems,
		[PROC_VERSION] = show_version, [PROC_MAPS] = show_maps,
		[PROC_STAT] = show_stat, [PROC_STATUS] = show_status,
		[PROC_STATM] = show_statm, [PROC_COMM] = show_comm,
		[PROC_CMDLINE] = show_cmdline, [PROC_MOUNTS] = show_mounts,
		[PROC_PID_MAX] = show_pid_max, [PROC_TAINTED] = show_tainted,
		[PROC_COREDUMP_FILTER] = show_coredump_filter,
		[PROC_CORE_PATTERN] = show_core_pattern, [PROC_CORE_USES_PID] = show_core_uses_pid,
		[PROC_THREADS_MAX] = show_threads_max,
		[PROC_SMAPS] = show_smaps, [PROC_SMAPS_ROLLUP] = show_smaps_rollup,
		[PROC_SWAPS] = show_swaps,
	};

	return PROC_KIND(ino) < PROC_NR_KINDS ? shows[PROC_KIND(ino)] : NULL;
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

/* ---- writable sysctls ---- */

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

/*
 * The value as Linux's proc_dointvec reads it: blanks, a decimal number
 * ending at a blank or the end of the write, blanks. Returns the value
 * and sets *used to the bytes read, or -EINVAL.
 */
static int proc_parse_uint(const char *buf, size_t n, size_t *used)
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
	if (!digits || (i < n && !is_blank(buf[i])))
		return -EINVAL;
	while (i < n && is_blank(buf[i]))
		i++;
	*used = i;
	return val;
}

/* core_pattern takes the text up to a newline, as Linux's proc_dostring (cut to fit). */
static int store_core_pattern(struct task_struct *p, const char *buf, size_t n)
{
	size_t len = 0;

	while (len < n && len + 1 < CORENAME_MAX_SIZE && buf[len] != '\n' && buf[len])
		len++;
	memcpy(core_pattern, buf, len);
	core_pattern[len] = '\0';
	return 0;
}

/* pid_max: PID_MAX_MIN .. PID_MAX_LIMIT, as Linux's bounds on 32-bit; others are EINVAL. */
static int store_pid_max(struct task_struct *p, const char *buf, size_t n)
{
	size_t used;
	int val = proc_parse_uint(buf, n, &used);

	if (val < PID_MAX_MIN || val > PID_MAX_LIMIT)
		return -EINVAL;
	pid_max = val;
	return 0;
}

static int store_core_uses_pid(struct task_struct *p, const char *buf, size_t n)
{
	size_t used;
	int val = proc_parse_uint(buf, n, &used);

	if (val < 0)
		return val;
	core_uses_pid = val;
	return 0;
}

/*
 * /proc/PID/coredump_filter: which kinds of memory a core dump of the
 * process holds (fs/coredump.c): a number in any C base, of which the nine
 * filter bits are kept. Inherited by fork and exec.
 */
static int store_coredump_filter(struct task_struct *p, const char *buf, size_t n)
{
	unsigned long val = 0, base = 10;
	size_t i = 0;

	while (i < n && is_blank(buf[i]))
		i++;
	if (i + 1 < n && buf[i] == '0' && (buf[i + 1] == 'x' || buf[i + 1] == 'X'))
		base = 16, i += 2;
	else if (i < n && buf[i] == '0')
		base = 8;
	if (i >= n || is_blank(buf[i]))
		return -EINVAL;
	for (; i < n && !is_blank(buf[i]); i++) {
		int d = buf[i] >= '0' && buf[i] <= '9' ? buf[i] - '0' :
			buf[i] >= 'a' && buf[i] <= 'f' ? buf[i] - 'a' + 10 :
			buf[i] >= 'A' && buf[i] <= 'F' ? buf[i] - 'A' + 10 : 99;

		if (d >= (int)base || val > 0x0fffffff)
			return -EINVAL;
		val = val * base + d;
	}
	if (!p->mm)
		return -ESRCH;
	p->mm->coredump_filter = val & MMF_DUMP_FILTER_MASK;
	return 0;
}

typedef int (*store_fn)(struct task_struct *p, const char *buf, size_t n);

/* What a write to the file does (0 or -errno), or NULL: the file is read-only. */
static store_fn proc_store(unsigned long ino)
{
	switch (PROC_KIND(ino)) {
	case PROC_CORE_PATTERN: return store_core_pattern;
	case PROC_CORE_USES_PID: return store_core_uses_pid;
	case PROC_PID_MAX: return store_pid_max;
	case PROC_COREDUMP_FILTER: return store_coredump_filter;
	}
	return NULL;
}

/* A write sets the value whole, from the first byte, as a sysctl's: all n bytes are taken. */
static ssize_t proc_file_write(struct file *file, const char *ubuf, size_t n, loff_t *pos)
{
	char buf[CORENAME_MAX_SIZE];
	size_t len = min(n, sizeof(buf));
	pid_t pid = PROC_PID(file->f_inode->i_ino);
	struct task_struct *p = pid ? find_task_by_pid(pid) : current;
	int err;

	if (!n)
		return 0;
	if (!p)
		return -ESRCH;
	if (copy_from_user(buf, ubuf, len))
		return -EFAULT;
	err = proc_store(file->f_inode->i_ino)(p, buf, len);
	if (err)
		return err;
	*pos += n;
	return n;
}

/* Opening checks that the process exists; the text comes with the first read. */
static int proc_file_open(struct inode *inode, struct file *file)
{
	if (PROC_PID(inode->i_ino) && !find_task_by_pid(PROC_PID(inode->i_ino)))
		return -ENOENT;
	if ((file->f_mode & FMODE_WRITE) && !proc_store(inode->i_ino))
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
	.write = proc_file_write,
	.release = proc_file_release,
};

/* ---- /proc/sys/vm/drop_caches ---- */

/* Write-only, as on Linux, where even root may not read it. */
static int drop_caches_open(struct inode *inode, struct file *file)
{
	return file->f_mode & FMODE_READ ? -EACCES : 0;
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
	mode = proc_parse_uint(buf, n, &used);
	if (mode < 1)
		return -EINVAL;
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

/* ---- integer sysctls: /proc/sys/vm/max_map_count and the like ---- */

struct int_sysctl {
	int kind;
	int *value;		/* the setting, or NULL for an unsigned long one: */
	unsigned long *ulong_value;
	int min, max;		/* what a write may set (Linux's extra1/extra2) */
};

static const struct int_sysctl int_sysctls[] = {
	{ .kind = PROC_MAX_MAP_COUNT, .value = &sysctl_max_map_count, .max = 0x7fffffff },
	{ .kind = PROC_LEGACY_VA_LAYOUT, .value = &sysctl_legacy_va_layout, .max = 0x7fffffff },
	{ .kind = PROC_OVERCOMMIT_MEMORY, .value = &sysctl_overcommit_memory, .max = 2 },
	{ .kind = PROC_OVERCOMMIT_RATIO, .value = &sysctl_overcommit_ratio, .max = 0x7fffffff },
	/* Linux reads this one without bounds (proc_dointvec); nonzero is on, above 1 adds brk. */
	{ .kind = PROC_RANDOMIZE_VA_SPACE, .value = &randomize_va_space,
	  .min = -0x7fffffff - 1, .max = 0x7fffffff },
	{ .kind = PROC_MMAP_MIN_ADDR, .ulong_value = &mmap_min_addr, .max = 0x7fffffff },
};

static const struct int_sysctl *int_sysctl_of(struct file *file)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(int_sysctls); i++)
		if (int_sysctls[i].kind == (int)PROC_KIND(file->f_inode->i_ino))
			return &int_sysctls[i];
	return NULL;
}

/* The value and a newline, from *pos on. */
static ssize_t int_sysctl_read(struct file *file, char *ubuf, size_t n, loff_t *pos)
{
	char buf[16];
	const struct int_sysctl *s = int_sysctl_of(file);
	size_t len = s->value ? snprintf(buf, sizeof(buf), "%d\n", *s->value)
			      : snprintf(buf, sizeof(buf), "%lu\n", *s->ulong_value);

	if (*pos >= (loff_t)len)
		return 0;
	n = min(n, (size_t)(len - *pos));
	if (copy_to_user(ubuf, buf + *pos, n))
		return -EFAULT;
	*pos += n;
	return n;
}

/* An optionally negative decimal, as proc_parse_uint reads it; -EINVAL if none. */
static int int_sysctl_parse(const char *buf, size_t n, int *val)
{
	size_t used;
	int v;

	if (n && buf[0] == '-') {
		if (n > 1 && buf[1] == '0')
			return -EINVAL;
		v = proc_parse_uint(buf + 1, n - 1, &used);
		*val = -v;
		return v < 0 ? v : 0;
	}
	if (n && buf[0] == '0' && (n == 1 || is_blank(buf[1]))) {
		*val = 0;
		return 0;
	}
	v = proc_parse_uint(buf, n, &used);
	*val = v;
	return v < 0 ? v : 0;
}

/* Set the value; -EINVAL for no number or one outside [min, max]. */
static ssize_t int_sysctl_write(struct file *file, const char *ubuf, size_t n, loff_t *pos)
{
	const struct int_sysctl *s = int_sysctl_of(file);
	char buf[24];
	int val, err;

	if (!n)
		return 0;
	if (n >= sizeof(buf))
		return -EINVAL;
	if (copy_from_user(buf, ubuf, n))
		return -EFAULT;
	err = int_sysctl_parse(buf, n, &val);
	if (err)
		return err;
	if (val < s->min || val > s->max)
		return -EINVAL;
	if (s->value)
		*s->value = val;
	else
		*s->ulong_value = val;
	*pos += n;
	return n;
}

static const struct file_operations int_sysctl_fops = {
	.llseek = generic_file_llseek,
	.read = int_sysctl_read,
	.write = int_sysctl_write,
};

/* ---- directories ---- */

struct proc_entry {
	const char *name;
	int kind;
	unsigned char type;	/* DT_* for readdir */
};

static const struct proc_entry root_files[] = {
	{ "meminfo", PROC_MEMINFO, DT_REG }, { "vmstat", PROC_VMSTAT, DT_REG },
	{ "stat", PROC_KSTAT, DT_REG }, { "uptime", PROC_UPTIME, DT_REG },
	{ "loadavg", PROC_LOADAVG, DT_REG }, { "mounts", PROC_MOUNTS_LINK, DT_LNK },
	{ "filesystems", PROC_FILESYSTEMS, DT_REG }, { "version", PROC_VERSION, DT_REG },
	{ "sys", PROC_SYS, DT_DIR }, { "swaps", PROC_SWAPS, DT_REG },
};
static const struct proc_entry sys_files[] = {
	{ "kernel", PROC_SYS_KERNEL, DT_DIR }, { "vm", PROC_SYS_VM, DT_DIR },
};
static const struct proc_entry sys_kernel_files[] = {
	{ "pid_max", PROC_PID_MAX, DT_REG }, { "tainted", PROC_TAINTED, DT_REG },
	{ "core_pattern", PROC_CORE_PATTERN, DT_REG },
	{ "core_uses_pid", PROC_CORE_USES_PID, DT_REG },
	{ "threads-max", PROC_THREADS_MAX, DT_REG },
	{ "randomize_va_space", PROC_RANDOMIZE_VA_SPACE, DT_REG },
};
static const struct proc_entry sys_vm_files[] = {
	{ "drop_caches", PROC_DROP_CACHES, DT_REG },
	{ "max_map_count", PROC_MAX_MAP_COUNT, DT_REG },
	{ "legacy_va_layout", PROC_LEGACY_VA_LAYOUT, DT_REG },
	{ "overcommit_memory", PROC_OVERCOMMIT_MEMORY, DT_REG },
	{ "overcommit_ratio", PROC_OVERCOMMIT_RATIO, DT_REG },
	{ "mmap_min_addr", PROC_MMAP_MIN_ADDR, DT_REG },
};
static const struct proc_entry pid_files[] = {
	{ "maps", PROC_MAPS, DT_REG }, { "stat", PROC_STAT, DT_REG },
	{ "status", PROC_STATUS, DT_REG }, { "statm", PROC_STATM, DT_REG },
	{ "comm", PROC_COMM, DT_REG }, { "cmdline", PROC_CMDLINE, DT_REG },
	{ "mounts", PROC_MOUNTS, DT_REG }, { "exe", PROC_EXE, DT_LNK },
	{ "pagemap", PROC_PAGEMAP, DT_REG },
	{ "smaps", PROC_SMAPS, DT_REG }, { "smaps_rollup", PROC_SMAPS_ROLLUP, DT_REG },
	{ "fd", PROC_FDDIR, DT_DIR }, { "coredump_filter", PROC_COREDUMP_FILTER, DT_REG },
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
	case PROC_SYS_KERNEL:
		*n = ARRAY_SIZE(sys_kernel_files);
		return sys_kernel_files;
	case PROC_SYS_VM:
		*n = ARRAY_SIZE(sys_vm_files);
		return sys_vm_files;
	}
	return NULL;
}

/* The inode number of dir's "..". */
static unsigned long proc_parent_ino(unsigned long ino)
{
	struct task_struct *t;

	if (PROC_KIND(ino) == PROC_TASKDIR || PROC_KIND(ino) == PROC_FDDIR)
		return PROC_INO(PROC_PID(ino), PROC_PIDDIR);
	if (PROC_KIND(ino) == PROC_TIDDIR) {
		t = find_task_by_pid(PROC_PID(ino));
		return PROC_INO(t ? t->tgid : PROC_PID(ino), PROC_TASKDIR);
	}
	return PROC_KIND(ino) == PROC_SYS_VM || PROC_KIND(ino) == PROC_SYS_KERNEL ?
	       PROC_INO(0, PROC_SYS) : PROC_INO(0, PROC_ROOT);
}

/* In /proc/PID/task: the directory of thread `name` if it is one of process tgid's, or 0. */
static unsigned long proc_task_lookup(pid_t tgid, const char *name, int len)
{
	pid_t tid = name_to_pid(name, len);
	struct task_struct *t = tid ? find_task_by_pid(tid) : NULL;

	return t && t->tgid == tgid ? PROC_INO(tid, PROC_TIDDIR) : 0;
}

/* The open file of fd in process pid, referenced, or NULL. */
static struct file *proc_fget(pid_t pid, int fd)
{
	struct task_struct *p = find_task_by_pid(pid);

	if (!p || !p->files || fd < 0 || fd >= NR_OPEN_DEFAULT || !p->files->fd[fd])
		return NULL;
	return get_file(p->files->fd[fd]);
}

/* In /proc/PID/fd: the link of fd `name` if process pid has it open, or 0. */
static unsigned long proc_fd_lookup(pid_t pid, const char *name, int len)
{
	struct file *file;
	int fd = 0, i;

	if (len < 1 || len > 5 || (len > 1 && name[0] == '0'))
		return 0;
	for (i = 0; i < len; i++) {
		if (name[i] < '0' || name[i] > '9')
			return 0;
		fd = fd * 10 + (name[i] - '0');
	}
	file = proc_fget(pid, fd);
	if (!file)
		return 0;
	fput(file);
	return PROC_FD_INO(pid, fd);
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
	} else if (PROC_KIND(dir->i_ino) == PROC_TASKDIR) {
		ino = proc_task_lookup(pid, name, len);
	} else if (PROC_KIND(dir->i_ino) == PROC_FDDIR) {
		ino = proc_fd_lookup(pid, name, len);
	} else if (find_task_by_pid(pid)) {
		for (i = 0; i < ARRAY_SIZE(pid_files); i++)
			if (name_is(name, len, pid_files[i].name))
				ino = PROC_INO(pid, pid_files[i].kind);
		if (PROC_KIND(dir->i_ino) == PROC_PIDDIR && name_is(name, len, "task"))
			ino = PROC_INO(pid, PROC_TASKDIR);
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
	/* A process's directory has task/ last; a thread's directory has none. */
	if (file->f_pos == 2 + (loff_t)ARRAY_SIZE(pid_files) &&
	    PROC_KIND(file->f_inode->i_ino) == PROC_PIDDIR) {
		if (filldir(ctx, "task", 4, file->f_pos, PROC_INO(pid, PROC_TASKDIR), DT_DIR))
			return 0;
		file->f_pos++;
	}
	return 0;
}

/* /proc/PID/task: ".", "..", then a directory per thread, by tid (position PID_POS + tid). */
static int proc_task_readdir(struct file *file, void *ctx, filldir_t filldir)
{
	unsigned long ino = file->f_inode->i_ino;
	pid_t tgid = PROC_PID(ino), tid;

	for (; file->f_pos < 2; file->f_pos++)
		if (filldir(ctx, "..", file->f_pos + 1, file->f_pos,
			    file->f_pos ? proc_parent_ino(ino) : ino, DT_DIR))
			return 0;
	if (file->f_pos < PID_POS + 1)
		file->f_pos = PID_POS + 1;
	while ((tid = next_tid(tgid, file->f_pos - PID_POS - 1)) > 0) {
		char name[12];

		snprintf(name, sizeof(name), "%d", tid);
		if (filldir(ctx, name, strlen(name), PID_POS + tid, PROC_INO(tid, PROC_TIDDIR), DT_DIR))
			return 0;
		file->f_pos = PID_POS + tid + 1;
	}
	return 0;
}

/* /proc/sys and below: ".", "..", then the directory's table. */
static int proc_sys_readdir(struct file *file, void *ctx, filldir_t filldir)
{
	unsigned long ino = file->f_inode->i_ino;
	const struct proc_entry *table;
	unsigned int i, n = 0;
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
	return snprintf(buf, PATH_MAX, "%d", current->tgid);
}

static const struct inode_operations proc_self_iops = { .get_link = proc_self_get_link };

/* "mounts" -> "self/mounts", as on Linux, where mounts belong to a namespace. */
static int proc_mounts_get_link(struct inode *inode, char *buf)
{
	return snprintf(buf, PATH_MAX, "self/mounts");
}

static const struct inode_operations proc_mounts_iops = { .get_link = proc_mounts_get_link };

/*
 * /proc/PID/exe -> the program the process runs, by the path it was opened
 * under (" (deleted)" once unlinked), as Linux shows it. busybox re-runs
 * itself through /proc/self/exe. -ENOENT for a task without a program.
 */
static int proc_file_link(struct file *file, char *buf);

static int proc_exe_get_link(struct inode *inode, char *buf)
{
	struct task_struct *p = find_task_by_pid(PROC_PID(inode->i_ino));
	struct file *exe = p && p->mm ? p->mm->exe_file : NULL;

	if (!exe || !exe->f_dir || !exe->f_name)
		return -ENOENT;
	return proc_file_link(exe, buf);
}

static const struct inode_operations proc_exe_iops = { .get_link = proc_exe_get_link };

/* /proc/PID/fd: ".", "..", then a link per open fd, in fd order (position 2 + fd). */
static int proc_fd_readdir(struct file *file, void *ctx, filldir_t filldir)
{
	pid_t pid = PROC_PID(file->f_inode->i_ino);
	int fd;

	for (; file->f_pos < 2; file->f_pos++) {
		if (filldir(ctx, "..", file->f_pos + 1, file->f_pos,
			    file->f_pos ? proc_parent_ino(file->f_inode->i_ino) : file->f_inode->i_ino,
			    DT_DIR))
			return 0;
	}
	for (fd = file->f_pos - 2; fd < NR_OPEN_DEFAULT; fd++) {
		struct file *f = proc_fget(pid, fd);
		char name[12];

		if (!f)
			continue;
		fput(f);
		snprintf(name, sizeof(name), "%d", fd);
		if (filldir(ctx, name, strlen(name), 2 + fd, PROC_FD_INO(pid, fd), DT_LNK))
			return 0;
		file->f_pos = 2 + fd + 1;
	}
	file->f_pos = 2 + NR_OPEN_DEFAULT;
	return 0;
}

/*
 * What a link to an open file says, as Linux's d_path for /proc/PID/fd
 * and exe: the path it was opened by (" (deleted)" once unlinked), or
 * "pipe:[INO]" for a pipe, "anon_inode:[file]" for anything without a
 * name. Its length, or -ENAMETOOLONG, -ENOMEM.
 */
static int proc_file_link(struct file *file, char *buf)
{
	struct inode *inode = file->f_inode;
	char *tmp, *dir;
	int err = 0, len;

	if (!file->f_dir || !file->f_name)
		return snprintf(buf, PATH_MAX, S_ISFIFO(inode->i_mode) ? "pipe:[%lu]" : "anon_inode:[file]",
				inode->i_ino);
	tmp = kmalloc(PATH_MAX);
	if (!tmp)
		return -ENOMEM;
	dir = d_path(file->f_dir, tmp, &err);
	if (dir) {
		len = snprintf(buf, PATH_MAX, "%s%s%s%s", dir, strcmp(dir, "/") ? "/" : "",
			       file->f_name, inode->i_nlink ? "" : " (deleted)");
		err = len < PATH_MAX ? len : -ENAMETOOLONG;
	}
	kfree(tmp);
	return err;
}

/* /proc/PID/fd/N -> what fd N of the process has open; -ENOENT once it is closed. */
static int proc_fd_get_link(struct inode *inode, char *buf)
{
	struct file *file = proc_fget(PROC_PID(inode->i_ino), PROC_FD_NR(inode->i_ino));
	int len;

	if (!file)
		return -ENOENT;
	len = proc_file_link(file, buf);
	fput(file);
	return len;
}

static const struct inode_operations proc_fd_iops = { .get_link = proc_fd_get_link };

static const struct file_operations proc_sys_fops = { .readdir = proc_sys_readdir };
static const struct file_operations proc_fd_fops = { .readdir = proc_fd_readdir };
static const struct file_operations proc_root_fops = { .readdir = proc_root_readdir };
static const struct file_operations proc_pid_fops = { .readdir = proc_pid_readdir };
static const struct file_operations proc_task_fops = { .readdir = proc_task_readdir };

/* ---- the superblock ---- */

static struct inode *proc_alloc_inode(struct super_block *sb)
{
	return kzalloc(sizeof(struct inode));
}

static void proc_destroy_inode(struct inode *inode)
{
	kfree(inode);
}

/*
 * A process's directory and files belong to its effective user and group,
 * as on Linux (ps and top take the owner of /proc/PID for the user).
 */
static void proc_pid_owner(struct inode *inode)
{
	struct task_struct *p = find_task_by_pid(PROC_PID(inode->i_ino));

	if (p) {
		inode->i_uid = p->euid;
		inode->i_gid = p->egid;
	}
}

static int proc_read_inode(struct inode *inode)
{
	int kind = PROC_KIND(inode->i_ino);

	inode->i_nlink = 1;
	inode->i_atime = inode->i_mtime = inode->i_ctime = current_time();
	if (PROC_PID(inode->i_ino))
		proc_pid_owner(inode);
	if (kind == PROC_ROOT || kind == PROC_PIDDIR) {
		inode->i_mode = S_IFDIR | 0555;
		inode->i_nlink = 2;
		inode->i_op = &proc_dir_iops;
		inode->i_fop = kind == PROC_ROOT ? &proc_root_fops : &proc_pid_fops;
	} else if (kind == PROC_TASKDIR || kind == PROC_TIDDIR) {
		inode->i_mode = S_IFDIR | 0555;
		inode->i_nlink = 2;
		inode->i_op = &proc_dir_iops;
		inode->i_fop = kind == PROC_TASKDIR ? &proc_task_fops : &proc_pid_fops;
	} else if (kind == PROC_SYS || kind == PROC_SYS_VM || kind == PROC_SYS_KERNEL) {
		inode->i_mode = S_IFDIR | 0555;
		inode->i_nlink = 2;
		inode->i_op = &proc_dir_iops;
		inode->i_fop = &proc_sys_fops;
	} else if (kind == PROC_SELF) {
		inode->i_mode = S_IFLNK | 0777;
		inode->i_op = &proc_self_iops;
	} else if (kind == PROC_MOUNTS_LINK) {
		inode->i_mode = S_IFLNK | 0777;
		inode->i_op = &proc_mounts_iops;
	} else if (kind == PROC_EXE) {
		inode->i_mode = S_IFLNK | 0777;
		inode->i_op = &proc_exe_iops;
	} else if (kind == PROC_FDDIR) {
		inode->i_mode = S_IFDIR | 0500;
		inode->i_nlink = 2;
		inode->i_op = &proc_dir_iops;
		inode->i_fop = &proc_fd_fops;
	} else if (kind == PROC_FD) {
		inode->i_mode = S_IFLNK | 0700;
		inode->i_op = &proc_fd_iops;
	} else if (kind == PROC_DROP_CACHES) {
		inode->i_mode = S_IFREG | 0200;
		inode->i_fop = &drop_caches_fops;
	} else if (kind == PROC_PAGEMAP) {
		inode->i_mode = S_IFREG | 0400;
		inode->i_fop = &proc_pagemap_operations;
	} else if (kind >= PROC_MAX_MAP_COUNT && kind <= PROC_RANDOMIZE_VA_SPACE) {
		inode->i_mode = S_IFREG | 0644;
		inode->i_fop = &int_sysctl_fops;
	} else if (proc_show(inode->i_ino)) {
		inode->i_mode = S_IFREG | (proc_store(inode->i_ino) ? 0644 : 0444);
		inode->i_fop = &proc_file_fops;
	} else {
		return -ENOENT;
	}
	return 0;
}

/* The process a /proc/PID/... inode belongs to (0: none, a machine-wide file). */
pid_t proc_inode_pid(struct inode *inode)
{
	return PROC_PID(inode->i_ino);
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
	proc_sb = sb;
	return sb;
}
