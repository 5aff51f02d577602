/*
 * The 64-bit division helpers GCC calls on i386 for `u64 / u64` and
 * `u64 % u64` (libgcc's names). The kernel does not link libgcc, so code
 * that divides 64-bit values (vsprintf's %llu) needs them here. Plain
 * shift-and-subtract long division: 64 steps, no special cases.
 */
#include <kernel/types.h>

u64 __udivmoddi4(u64 n, u64 d, u64 *rem);
u64 __udivdi3(u64 n, u64 d);
u64 __umoddi3(u64 n, u64 d);

/* n / d, with n % d stored in *rem when rem is not NULL; d must not be 0. */
u64 __udivmoddi4(u64 n, u64 d, u64 *rem)
{
	u64 q = 0, r = 0;
	int i;

	for (i = 63; i >= 0; i--) {
		r = (r << 1) | ((n >> i) & 1);
		if (r >= d) {
			r -= d;
			q |= 1ULL << i;
		}
	}
	if (rem)
		*rem = r;
	return q;
}

u64 __udivdi3(u64 n, u64 d)
{
	return __udivmoddi4(n, d, NULL);
}

u64 __umoddi3(u64 n, u64 d)
{
	u64 r;

	__udivmoddi4(n, d, &r);
	return r;
}
