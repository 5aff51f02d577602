/* Core dumps of processes killed by a signal (fs/coredump.c). */
#ifndef FS_COREDUMP_H
#define FS_COREDUMP_H

#include <kernel/types.h>

struct kernel_siginfo;

/* coredump_filter bits (Linux's MMF_DUMP_*): what kinds of VMA a dump holds. */
#define MMF_DUMP_ANON_PRIVATE	0x01
#define MMF_DUMP_ANON_SHARED	0x02
#define MMF_DUMP_MAPPED_PRIVATE	0x04
#define MMF_DUMP_MAPPED_SHARED	0x08
#define MMF_DUMP_ELF_HEADERS	0x10
#define MMF_DUMP_FILTER_MASK	0x1ff
#define MMF_DUMP_FILTER_DEFAULT	0x33	/* anonymous memory, ELF headers, private huge pages */

#define CORENAME_MAX_SIZE	128	/* core_pattern and the name it expands to, with the NUL */

/* ---- fs/coredump.c ---- */
extern char core_pattern[CORENAME_MAX_SIZE];	/* /proc/sys/kernel/core_pattern */
extern unsigned int core_uses_pid;		/* /proc/sys/kernel/core_uses_pid */
bool do_coredump(const struct kernel_siginfo *info);

#endif
