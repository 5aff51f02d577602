/* procfs (fs/procfs.c): /proc/meminfo, /proc/vmstat, /proc/PID/{maps,stat,cmdline}. */
#ifndef FS_PROCFS_H
#define FS_PROCFS_H

#include <fs/fs.h>

struct task_struct;

/* A procfs superblock to mount on /proc, or NULL. */
struct super_block *proc_mount(void);

#endif
