/*
 * Host stand-ins for what fs/ needs from the rest of the kernel: the
 * current task, user copies (user memory is simply the test's memory),
 * jiffies, wait queues, and a block device backed by an image file that
 * mke2fs made (loaded into memory, written back by fs_host_save).
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <kernel/resource.h>
#include <kernel/signal.h>
#include "pmem_host.h"
#include "fs_host.h"
#include <asm/uaccess.h>
#include <fs/blkdev.h>
#include <fs/coredump.h>
#include <fs/mount.h>
#include <fs/shmem_fs.h>
#include <fs/tty.h>
#include <kernel/sched.h>
#include <kernel/time.h>

static struct sighand_struct sighand0 = { .count = 1 };
static struct signal_struct signal0 = { .count = 1, .live = 1 };
static struct task_struct task0 = { .pid = 1, .tgid = 1, .group_leader = &task0,
				    .thread_group = LIST_HEAD_INIT(task0.thread_group),
				    .sighand = &sighand0, .signal = &signal0,
				    .comm = "init", .pgrp = 1 };
struct task_struct *current = &task0;
LIST_HEAD(task_list);

struct task_struct *find_task_by_pid(pid_t pid)
{
	return pid == task0.pid ? &task0 : NULL;
}
volatile unsigned long jiffies;

/* kernel/time.c is not linked into host tests: a fixed wall clock for file times. */
time64_t ktime_get_real_seconds(void)
{
	return 1700000000 + jiffies;
}

/*
 * kernel/sched.c, fork.c and time.c are not linked into host tests: the
 * counters /proc/stat, uptime and loadavg print stay at boot's values.
 */
struct kernel_stat kstat;
int nr_tasks = 1;
int max_threads = 1000;
unsigned long total_forks = 1;
pid_t last_pid = 1;
unsigned long nr_running(void) { return 1; }
unsigned long nr_uninterruptible(void) { return 0; }
unsigned long long nr_context_switches(void) { return 0; }

void ktime_get_ts64(struct timespec64 *ts)
{
	ts->tv_sec = jiffies / 100;
	ts->tv_nsec = jiffies % 100 * 10000000;
}

void getboottime64(struct timespec64 *ts)
{
	ts->tv_sec = 1700000000;
	ts->tv_nsec = 0;
}

void get_avenrun(unsigned long *loads, unsigned long offset, int shift)
{
	loads[0] = loads[1] = loads[2] = offset << shift;
}

/* The host tests' "user" buffers lie anywhere in the host process: no limit. */
unsigned long addr_limit = ~0UL;

unsigned long copy_from_user(void *to, const void *ufrom, unsigned long n)
{
	memcpy(to, ufrom, n);
	return 0;
}

unsigned long copy_to_user(void *uto, const void *from, unsigned long n)
{
	memcpy(uto, from, n);
	return 0;
}

unsigned long clear_user(void *uto, unsigned long n)
{
	memset(uto, 0, n);
	return 0;
}

long strncpy_from_user(char *dst, const char *usrc, long n)
{
	long len = strnlen(usrc, n);

	if (len == n)
		return -36;	/* ENAMETOOLONG */
	memcpy(dst, usrc, len + 1);
	return len;
}

void init_waitqueue_head(struct wait_queue_head *q) { INIT_LIST_HEAD(&q->task_list); }
int sleep_on(struct wait_queue_head *q) { return -4; }
void wake_up(struct wait_queue_head *q) { }

static int file_bdev_read(struct block_device *bdev, u64 pos, void *buf, size_t len)
{
	memcpy(buf, (char *)bdev->private + pos, len);
	return 0;
}

static int file_bdev_write(struct block_device *bdev, u64 pos, const void *buf, size_t len)
{
	memcpy((char *)bdev->private + pos, buf, len);
	return 0;
}

static const struct block_device_operations file_bdev_ops = {
	.read = file_bdev_read,
	.write = file_bdev_write,
};

struct block_device *fs_host_load(const char *path)
{
	struct block_device *bdev = calloc(1, sizeof(*bdev));
	FILE *f = fopen(path, "rb");
	long size;

	if (!f || !bdev)
		return NULL;
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	rewind(f);
	bdev->private = malloc(size);
	if (fread(bdev->private, 1, size, f) != (size_t)size) {
		fclose(f);
		return NULL;
	}
	fclose(f);
	bdev->name = "ram0";
	bdev->dev = 0x100;
	bdev->size = size;
	bdev->ops = &file_bdev_ops;
	return bdev;
}

int fs_host_save(struct block_device *bdev, const char *path)
{
	FILE *f = fopen(path, "wb");
	size_t n;

	if (!f)
		return -1;
	n = fwrite(bdev->private, 1, bdev->size, f);
	fclose(f);
	return n == bdev->size ? 0 : -1;
}

void fs_host_set_task(struct files_struct *files, struct fs_struct *fs)
{
	if (list_empty(&task_list))
		list_add(&task0.tasks, &task_list);
	current->files = files;
	current->fs = fs;
}

/* drivers/tty.c and drivers/random.c are not linked into host tests. */
const struct file_operations tty_fops;
const struct file_operations random_fops;

/* kernel/fork.c, fs/namespace.c and mm/shmem.c are not linked either. */
int pid_max = PID_MAX_DEFAULT;

struct vfsmount *next_mount(struct vfsmount *prev)
{
	return NULL;
}

int shmem_zero_setup(struct vm_area_struct *vma)
{
	return -ENODEV;
}

/* fs/proc_task_mmu.c needs page tables: the host tests have none. */
const struct file_operations proc_pagemap_operations;

/* fs/coredump.c is not linked either; procfs shows its settings. */
char core_pattern[CORENAME_MAX_SIZE] = "core";
unsigned int core_uses_pid;

/* mm/memory.c is not linked into host tests: nothing is mapped there. */
void unmap_mapping_range(struct address_space *mapping, loff_t holebegin, loff_t holelen,
			 int even_cows)
{
}

/* The host tests map nothing, so there is never a mapping to clean. */
bool page_mkclean(struct page *page)
{
	return false;
}

/* No page tables on the host (procfs's smaps walks them): nothing is ever mapped. */
pte_t *pte_lookup(struct mm_struct *mm, unsigned long addr)
{
	return NULL;
}

struct page *vm_normal_page(pte_t pte)
{
	return NULL;
}

/* kernel/resource.c is not linked into host tests: the limits a new system starts with. */
unsigned long rlimit(unsigned int res)
{
	if (res == RLIMIT_STACK)
		return 8UL << 20;
	if (res == RLIMIT_NOFILE)
		return NR_OPEN_DEFAULT;
	return RLIM_INFINITY;
}

/* kernel/signal.c is not linked: with the limits above no signal is ever sent here. */
int send_sig_info(int sig, const struct kernel_siginfo *info, struct task_struct *p)
{
	fprintf(stderr, "fs_host: unexpected signal %d\n", sig);
	abort();
}

/* mm/mmap.c, mm/util.c and arch/x86/mm/mmap.c are not linked: the settings procfs shows. */
int sysctl_max_map_count = 65530, sysctl_legacy_va_layout, randomize_va_space;
int sysctl_overcommit_memory, sysctl_overcommit_ratio = 50;
unsigned long vm_committed_as, mmap_min_addr = 4096;

unsigned long vm_commit_limit(void)
{
	return 0;
}
