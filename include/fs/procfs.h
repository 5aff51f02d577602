/* procfs (fs/procfs.c): /proc/meminfo, /proc/vmstat, /proc/PID/{maps,stat,cmdline}. */
#ifndef FS_PROCFS_H
#define FS_PROCFS_H

#include <fs/fs.h>

struct task_struct;

/* A procfs superblock to mount on /proc, or NULL. */
struct super_block *proc_mount(void);

/*
 * What procfs needs from the rest of the kernel. fs/procfs.c has weak
 * stand-ins (only the current task is visible, counters stay 0); the real
 * definitions replace them at link time:
 *  - the fault path (arch/x86/mm/fault.c) counts every page fault in
 *    nr_pgfault and those that had to read from the disk in nr_pgmajfault;
 *  - kernel/ finds tasks by pid and walks them in pid order, and tells a
 *    task's name, state letter (R, S, Z...) and parent's pid.
 */
extern unsigned long nr_pgfault;
extern unsigned long nr_pgmajfault;
struct task_struct *find_task_by_pid(pid_t pid);
/* The smallest pid above `after` of a task in existence, or 0 if none. */
pid_t next_pid(pid_t after);
void task_proc_info(struct task_struct *p, char *comm, int len, char *state, pid_t *ppid);

#endif
