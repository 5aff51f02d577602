/* procfs (fs/procfs.c): /proc/meminfo, /proc/vmstat, /proc/PID/{maps,stat,cmdline}. */
#ifndef FS_PROCFS_H
#define FS_PROCFS_H

#include <fs/fs.h>

struct task_struct;

/* ---- fs/procfs.c ---- */
struct super_block *proc_mount(void);

#endif
