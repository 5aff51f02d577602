/*
 * Waiting for children, with Linux's status encoding: exit code << 8 for a
 * normal exit, the terminating signal in the low 7 bits (0x80 if a core was
 * dumped), 0x7f in the low byte for a stopped child.
 */
#ifndef _SYS_WAIT_H
#define _SYS_WAIT_H

#include <sys/types.h>
#include <sys/resource.h>
#include <wait.h>	/* WNOHANG, WUNTRACED, WCONTINUED */


#define WEXITSTATUS(s)	(((s) & 0xff00) >> 8)
#define WTERMSIG(s)	((s) & 0x7f)
#define WSTOPSIG(s)	WEXITSTATUS(s)
#define WCOREDUMP(s)	((s) & 0x80)
#define WIFEXITED(s)	(WTERMSIG(s) == 0)
#define WIFSIGNALED(s)	(((signed char)(((s) & 0x7f) + 1) >> 1) > 0)
#define WIFSTOPPED(s)	(((s) & 0xff) == 0x7f)
#define WIFCONTINUED(s)	((s) == 0xffff)

pid_t wait(int *status);
pid_t waitpid(pid_t pid, int *status, int options);
pid_t wait4(pid_t pid, int *status, int options, struct rusage *ru);

#endif
