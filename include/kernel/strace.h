/* The strace= system-call log (kernel/strace.c). */
#ifndef KERNEL_STRACE_H
#define KERNEL_STRACE_H

struct pt_regs;

extern char strace_comm[16];

/* ---- kernel/strace.c ---- */
void trace_syscall(unsigned long nr, const struct pt_regs *regs, long ret);

#endif
