/* The CPU's cycle counter (Linux: asm/timex.h, asm/tsc.h). */
#ifndef ASM_TIMEX_H
#define ASM_TIMEX_H

#include <kernel/types.h>

typedef u64 cycles_t;

/*
 * The time-stamp counter: cycles since the CPU was reset (rdtsc). It
 * changes every call, which makes it a seed; under QEMU's TCG its rate is
 * not the CPU's, so it is no clock.
 */
static inline cycles_t get_cycles(void)
{
	u32 lo, hi;

	__asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
	return ((cycles_t)hi << 32) | lo;
}

#endif
