/* What the thread tests share: clone's flags (Linux's values) and a stack for a child. */
#ifndef THREAD_UTIL_H
#define THREAD_UTIL_H

#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define CLONE_VM		0x00000100
#define CLONE_FS		0x00000200
#define CLONE_FILES		0x00000400
#define CLONE_SIGHAND		0x00000800
#define CLONE_PIDFD		0x00001000
#define CLONE_VFORK		0x00004000
#define CLONE_PARENT		0x00008000
#define CLONE_THREAD		0x00010000
#define CLONE_NEWNS		0x00020000
#define CLONE_SYSVSEM		0x00040000
#define CLONE_SETTLS		0x00080000
#define CLONE_PARENT_SETTID	0x00100000
#define CLONE_CHILD_CLEARTID	0x00200000
#define CLONE_DETACHED		0x00400000
#define CLONE_CHILD_SETTID	0x01000000

/* What a thread shares with its creator: pthread_create's set, without TLS. */
#define THREAD_FLAGS	(CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | \
			 CLONE_SYSVSEM)

#define FUTEX_WAIT	0
#define FUTEX_WAKE	1
#define __WCLONE	0x80000000
#define __WALL		0x40000000

#define STACK_SIZE	(64 * 1024)

/* The top of a fresh stack for a clone child (never freed: the tests are short). */
static inline void *new_stack(void)
{
	char *s = mmap(NULL, STACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
		       -1, 0);

	return s == MAP_FAILED ? NULL : s + STACK_SIZE;
}

/* futex(2) on a word, no timeout. */
static inline long futex(volatile int *uaddr, int op, int val)
{
	return syscall(__NR_futex, uaddr, op, val, 0, 0, 0);
}

#endif
