/*
 * Copies between kernel and user memory. Each helper checks the range with
 * access_ok (a user range never reaches the kernel's quarter) and then does
 * the access with instructions listed in the exception table (__ex_table):
 * if one faults and the page-fault handler cannot make the page present,
 * fixup_exception resumes at the entry's fixup label and the helper reports
 * how much it could not copy. So a bad user pointer costs -EFAULT, never an
 * oops. "rep movsb" and "rep stosb" fault with ECX = the bytes not yet done,
 * which is exactly the count the helpers return.
 */
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/uaccess.h>
#include <kernel/init.h>
#include <kernel/sched.h>
#include <lib/string.h>
#include <uapi/errno.h>

/* Copy n bytes with a fault-tolerant rep movsb; returns the bytes not copied. */
static unsigned long __copy_user(void *to, const void *from, unsigned long n)
{
	unsigned long d0, d1;

	__asm__ __volatile__(
		"1:	rep movsb\n"
		"2:\n"
		".section __ex_table, \"a\"\n"
		"	.balign 4\n"
		"	.long 1b, 2b\n"
		".previous\n"
		: "+c"(n), "=&D"(d0), "=&S"(d1)
		: "1"(to), "2"(from)
		: "memory");
	return n;
}

/*
 * Copy n bytes from user space to the kernel buffer to. Returns the number
 * of bytes NOT copied (0 on success); a bad user address, or one above
 * TASK_SIZE, ends the copy early through the exception table, never with
 * an oops, and the part of `to` that could not be filled is zeroed. May
 * sleep (a page fault brings the page in).
 */
unsigned long copy_from_user(void *to, const void __user *ufrom, unsigned long n)
{
	unsigned long left;

	if (!access_ok(ufrom, n)) {
		memset(to, 0, n);
		return n;
	}
	left = __copy_user(to, ufrom, n);
	/* Like Linux: the kernel buffer never keeps stale bytes past a fault. */
	if (left)
		memset((char *)to + (n - left), 0, left);
	return left;
}

/* Copy n bytes from the kernel to user space; the bytes NOT copied, as copy_from_user. */
unsigned long copy_to_user(void __user *uto, const void *from, unsigned long n)
{
	if (!access_ok(uto, n))
		return n;
	return __copy_user(uto, from, n);
}

/* Zero n user bytes; the number NOT zeroed (0 on success), as copy_to_user. */
unsigned long clear_user(void __user *uto, unsigned long n)
{
	unsigned long d0;

	if (!access_ok(uto, n))
		return n;
	__asm__ __volatile__(
		"1:	rep stosb\n"
		"2:\n"
		".section __ex_table, \"a\"\n"
		"	.balign 4\n"
		"	.long 1b, 2b\n"
		".previous\n"
		: "+c"(n), "=&D"(d0)
		: "a"(0), "1"(uto)
		: "memory");
	return n;
}

/* One byte from user space: 0 and the byte in *val, or -EFAULT. */
static inline int get_user_u8(u8 *val, const u8 *uaddr)
{
	int err = 0;
	u32 v;

	__asm__ __volatile__(
		"1:	movzbl %2, %1\n"
		"2:\n"
		".section .text.fixup, \"ax\"\n"
		"3:	movl %3, %0\n"
		"	xorl %1, %1\n"
		"	jmp 2b\n"
		".previous\n"
		".section __ex_table, \"a\"\n"
		"	.balign 4\n"
		"	.long 1b, 3b\n"
		".previous\n"
		: "+r"(err), "=&r"(v)
		: "m"(*uaddr), "i"(-EFAULT));
	*val = (u8)v;
	return err;
}

/*
 * Copy a NUL-terminated user string of at most n bytes, NUL included, to
 * dst. Returns its length (without the NUL), -EFAULT, or -ENAMETOOLONG
 * when no NUL was found within n bytes (or n <= 0).
 */
long strncpy_from_user(char *dst, const char __user *usrc, long n)
{
	unsigned long addr = (unsigned long)usrc;
	long i;

	if (n <= 0)
		return -ENAMETOOLONG;
	for (i = 0; i < n; i++) {
		u8 c;

		if (addr + i >= TASK_SIZE || get_user_u8(&c, (const u8 *)usrc + i))
			return -EFAULT;
		dst[i] = c;
		if (!c)
			return i;
	}
	return -ENAMETOOLONG;
}

/*
 * Boot self-test: bad pointers give failure counts, never an oops. A kernel
 * address fails access_ok; user address 0x1000 is unmapped once the boot
 * identity map is gone (the boot task has no mm).
 */
static int usercopy_selftest(void)
{
	char buf[16] = "xxxxxxxxxxxxxxx";
	void *unmapped = (void *)0x1000;
	void *kernel = (void *)0xC0100000;
	pgd_t *pgd = __va(read_cr3() & PAGE_MASK);

	selftest_check(copy_from_user(buf, kernel, 4) == 4,
		       "copy_from_user refuses a kernel address");
	selftest_check(copy_to_user((void *)(TASK_SIZE - 2), buf, 4) == 4,
		       "copy_to_user refuses a range crossing TASK_SIZE");
	selftest_check(strncpy_from_user(buf, kernel, 16) == -EFAULT,
		       "strncpy_from_user from a kernel address is -EFAULT");
	/* Until paging_init drops the boot identity map, low addresses are mapped. */
	if (pgd_present(pgd[0]))
		return 0;
	selftest_check(copy_from_user(buf, unmapped, 8) == 8,
		       "copy_from_user from an unmapped user page copies nothing");
	selftest_check(buf[0] == 0 && buf[7] == 0,
		       "copy_from_user zeroes the part it could not copy");
	selftest_check(copy_to_user(unmapped, buf, 8) == 8,
		       "copy_to_user to an unmapped user page copies nothing");
	selftest_check(clear_user(unmapped, 100) == 100,
		       "clear_user of an unmapped page clears nothing");
	selftest_check(strncpy_from_user(buf, unmapped, 16) == -EFAULT,
		       "strncpy_from_user from an unmapped page is -EFAULT");
	return 0;
}
selftest("usercopy", usercopy_selftest);
