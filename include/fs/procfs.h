/*
 * procfs (fs/procfs.c): the machine's files (meminfo, vmstat, stat, uptime,
 * loadavg, mounts, filesystems, version, sys/vm/drop_caches) and each
 * process's (maps, stat, status, statm, comm, cmdline, mounts, exe); and
 * fs/proc_task_mmu.c, a process's pagemap.
 */
#ifndef FS_PROCFS_H
#define FS_PROCFS_H

#include <fs/fs.h>

struct task_struct;

/* ---- fs/procfs.c ---- */
struct super_block *proc_mount(void);
pid_t proc_inode_pid(struct inode *inode);

/* ---- fs/proc_task_mmu.c ---- */
extern const struct file_operations proc_pagemap_operations;	/* /proc/PID/pagemap */

#endif
