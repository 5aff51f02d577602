/*
 * The vDSO's data page ([vvar]): what the kernel publishes for the vDSO's
 * time calls to read without a system call. Included by the kernel
 * (arch/x86/vdso/vma.c writes it each tick) and by the vDSO itself
 * (arch/x86/vdso/vdso32/), so it uses plain C types only.
 */
#ifndef ASM_VVAR_H
#define ASM_VVAR_H

/*
 * Linux's struct vdso_data, cut down to a tick-based clock: the times
 * are those the clock_gettime system call returns until the next tick.
 * seq is odd while the kernel writes; a reader retries when it saw an odd
 * value or the value changed under it (a seqcount).
 */
struct vdso_data {
	volatile unsigned int seq;
	unsigned int pad;
	long long real_sec;		/* CLOCK_REALTIME */
	long long mono_sec;		/* CLOCK_MONOTONIC */
	unsigned int real_nsec;
	unsigned int mono_nsec;
};

#endif
