/*
 * Non-local jumps (user/lib/setjmp.S). sigsetjmp(env, 1) also saves the
 * signal mask, so a test can siglongjmp out of a SIGSEGV handler and keep
 * catching faults.
 */
#ifndef _SETJMP_H
#define _SETJMP_H

#include <signal.h>

struct __jmp_buf {
	unsigned long regs[6];	/* ebx, esi, edi, ebp, esp, eip */
	int mask_saved;
	sigset_t mask;
};
typedef struct __jmp_buf jmp_buf[1];
typedef struct __jmp_buf sigjmp_buf[1];

int setjmp(jmp_buf env) __attribute__((returns_twice));
int sigsetjmp(sigjmp_buf env, int savemask) __attribute__((returns_twice));
__attribute__((noreturn)) void longjmp(jmp_buf env, int val);
__attribute__((noreturn)) void siglongjmp(sigjmp_buf env, int val);

#endif
