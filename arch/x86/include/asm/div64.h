/*
 * 64-by-32-bit division without libgcc (Linux: asm/div64.h). The kernel
 * links no libgcc, so C's 64-bit "/" and "%" are not available; i386's
 * divl divides the 64-bit edx:eax by a 32-bit divisor, but faults (#DE)
 * when the quotient does not fit in 32 bits. So divide in two steps: the
 * high word first, then (its remainder : the low word), whose quotient
 * always fits because that remainder is below the divisor.
 */
#ifndef ASM_DIV64_H
#define ASM_DIV64_H

#include <kernel/types.h>

static inline u32 __div64_32(u64 *n, u32 base)
{
	u32 high = (u32)(*n >> 32), low = (u32)*n, rem = high % base, q_low;

	__asm__("divl %2" : "=a"(q_low), "+d"(rem) : "rm"(base), "0"(low));
	*n = ((u64)(high / base) << 32) | q_low;
	return rem;
}

/*
 * do_div(n, base): n (a u64 lvalue) becomes n / base; the value is the
 * remainder n % base (a u32). base must not be 0.
 */
#define do_div(n, base)	__div64_32(&(n), (base))

#endif
