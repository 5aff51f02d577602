/* Resource limits (kernel/resource.c; Linux: linux/resource.h, sched/signal.h). */
#ifndef KERNEL_RESOURCE_H
#define KERNEL_RESOURCE_H

#include <uapi/resource.h>

struct rlimit {
	unsigned long rlim_cur;		/* the soft limit, what is enforced */
	unsigned long rlim_max;		/* the hard limit, the ceiling for rlim_cur */
};

/* ---- kernel/resource.c ---- */
extern struct rlimit init_rlimits[RLIM_NLIMITS];
void set_init_rlimit(unsigned int res, unsigned long value);
unsigned long rlimit(unsigned int res);

#endif
