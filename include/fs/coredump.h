/* Core dumps of processes killed by a signal (fs/coredump.c). */
#ifndef FS_COREDUMP_H
#define FS_COREDUMP_H

#include <kernel/types.h>

struct kernel_siginfo;

#define CORENAME_MAX_SIZE	128	/* core_pattern and the name it expands to, with the NUL */

/* ---- fs/coredump.c ---- */
extern char core_pattern[CORENAME_MAX_SIZE];	/* /proc/sys/kernel/core_pattern */
extern unsigned int core_uses_pid;		/* /proc/sys/kernel/core_uses_pid */
bool do_coredump(const struct kernel_siginfo *info);

#endif
