/* Resource limits (Linux: include/uapi/asm-generic/resource.h, linux/resource.h). */
#ifndef UAPI_RESOURCE_H
#define UAPI_RESOURCE_H

#define RLIMIT_CPU		0	/* CPU seconds: SIGXCPU at the soft, SIGKILL at the hard limit */
#define RLIMIT_FSIZE		1	/* largest file a write or truncate may make: SIGXFSZ, EFBIG */
#define RLIMIT_DATA		2	/* bytes of the heap and private writable mappings */
#define RLIMIT_STACK		3	/* bytes the stack may grow to */
#define RLIMIT_CORE		4	/* largest core dump; 0 (the default): none */
#define RLIMIT_RSS		5	/* not enforced by Linux either */
#define RLIMIT_NPROC		6	/* processes of one real uid */
#define RLIMIT_NOFILE		7	/* one more than the highest fd */
#define RLIMIT_MEMLOCK		8	/* bytes mlock may lock (unprivileged) */
#define RLIMIT_AS		9	/* bytes of address space */
#define RLIMIT_LOCKS		10
#define RLIMIT_SIGPENDING	11
#define RLIMIT_MSGQUEUE		12
#define RLIMIT_NICE		13
#define RLIMIT_RTPRIO		14
#define RLIMIT_RTTIME		15
#define RLIM_NLIMITS		16

#define RLIM_INFINITY		(~0UL)		/* ugetrlimit, setrlimit */
#define RLIM64_INFINITY		(~0ULL)		/* prlimit64 */

struct rlimit64 {
	unsigned long long rlim_cur;
	unsigned long long rlim_max;
};

#endif
