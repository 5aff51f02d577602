/* Resource limits (kernel/resource.c; Linux: linux/resource.h, sched/signal.h). */
#ifndef KERNEL_RESOURCE_H
#define KERNEL_RESOURCE_H

#include <uapi/resource.h>

struct rlimit {
	unsigned long rlim_cur;		/* the soft limit, what is enforced */
	unsigned long rlim_max;		/* the hard limit, the ceiling for rlim_cur */
};

/* ---- kernel/resource.c ---- */
extern const struct rlimit init_rlimits[RLIM_NLIMITS];
unsigned long rlimit(unsigned int res);

#endif
