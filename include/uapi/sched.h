/* clone(2)'s flags (Linux: include/uapi/linux/sched.h). Shared by the kernel and user/lib. */
#ifndef UAPI_SCHED_H
#define UAPI_SCHED_H

#define CSIGNAL			0x000000ff	/* the signal sent to the parent at exit */
#define CLONE_VM		0x00000100
#define CLONE_FS		0x00000200
#define CLONE_FILES		0x00000400
#define CLONE_SIGHAND		0x00000800
#define CLONE_PIDFD		0x00001000
#define CLONE_PTRACE		0x00002000
#define CLONE_VFORK		0x00004000
#define CLONE_PARENT		0x00008000
#define CLONE_THREAD		0x00010000
#define CLONE_NEWNS		0x00020000
#define CLONE_SYSVSEM		0x00040000
#define CLONE_SETTLS		0x00080000
#define CLONE_PARENT_SETTID	0x00100000	/* write the child's tid into the parent */
#define CLONE_CHILD_CLEARTID	0x00200000	/* zero it in the child at exit */
#define CLONE_DETACHED		0x00400000
#define CLONE_UNTRACED		0x00800000
#define CLONE_CHILD_SETTID	0x01000000	/* write the child's tid into the child */
#define CLONE_IO		0x80000000	/* share the I/O context (nothing to share here) */

#endif
