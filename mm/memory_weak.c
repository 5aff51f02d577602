/*
 * Placeholders for what the fault side calls in other subsystems that are
 * not linked into this kernel yet (signals, the user-copy helpers). Weak:
 * the real definitions replace them at link time. Delete this file once
 * every one of them has a real definition.
 */
#include <asm/uaccess.h>
#include <kernel/printk.h>

/* No signal delivery yet: a user fault nobody can resolve is fatal. */
__attribute__((weak)) int force_sig_fault(int sig, int si_code, unsigned long addr)
{
	panic("force_sig_fault: signal %d (code %d, address %08lx) without signal support",
	      sig, si_code, addr);
}

/* No user-copy helpers yet: every copy fails (the caller returns -EFAULT). */
__attribute__((weak)) unsigned long copy_to_user(void *uto, const void *from, unsigned long n)
{
	return n;
}
