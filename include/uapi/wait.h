/*
 * wait4/waitpid options, the Linux values (include/uapi/linux/wait.h).
 * Shared by the kernel (<uapi/wait.h>) and the user library (<sys/wait.h>).
 */
#ifndef UAPI_WAIT_H
#define UAPI_WAIT_H

#define WNOHANG		0x00000001	/* return 0 at once if no child has exited */
#define WUNTRACED	0x00000002	/* also report stopped children */
#define WCONTINUED	0x00000008	/* also report children resumed by SIGCONT */

#define __WNOTHREAD	0x20000000	/* only this thread's children */
#define __WALL		0x40000000	/* every child, whatever its exit signal */
#define __WCLONE	0x80000000	/* only children with a non-SIGCHLD exit signal */

#endif
