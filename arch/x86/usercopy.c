/*
 * Copies between kernel and user memory. Each helper checks the range with
 * access_ok (a user range never reaches the kernel's quarter) and then does
 * the access with instructions listed in the exception table (__ex_table):
 * if one faults and the page-fault handler cannot make the page present,
 * fixup_exception resumes at the entry's fixup label and the helper reports
 * how much it could not copy. So a bad user pointer costs -EFAULT, never an
 * oops.
 *
 * The bulk moves four bytes an instruction ("rep movsl", "rep stosl"); under
 * QEMU's -icount every iteration of a rep instruction counts, so a 4 KiB
 * read() copies in 1,024 steps instead of 4,096. A rep instruction that
 * faults leaves ECX = the iterations not yet done, and the copy is done in
 * three steps (bytes up to a 4-byte boundary of the USER address, words,
 * the last 0-3 bytes), so the count of bytes not copied stays exact: an
 * aligned user word never straddles a page, so the fault comes exactly at
 * the first byte that cannot be reached. Copies under 16 bytes go byte by
 * byte.
 */
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/uaccess.h>
#include <kernel/init.h>
#include <kernel/sched.h>
#include <lib/string.h>
#include <uapi/errno.h>

/* The running task's user-copy limit (asm/uaccess.h); switch_to keeps it per task. */
unsigned long addr_limit = TASK_SIZE;

/* An __ex_table entry: a fault at `insn` resumes at `fixup`. */
#define EX_ENTRY(insn, fixup)			\
	".section __ex_table, \"a\"\n"		\
	"	.balign 4\n"			\
	"	.long " #insn ", " #fixup "\n"	\
	".previous\n"

/* rep movsb of n bytes, advancing *to and *from; returns the bytes not copied. */
static inline unsigned long movsb_user(char **to, const char **from, unsigned long n)
{
	__asm__ __volatile__("1:	rep movsb\n2:\n" EX_ENTRY(1b, 2b)
			     : "+c"(n), "+D"(*to), "+S"(*from) : : "memory");
	return n;
}

/* rep movsl of n words, advancing *to and *from; returns the words not copied. */
static inline unsigned long movsl_user(char **to, const char **from, unsigned long n)
{
	__asm__ __volatile__("1:	rep movsl\n2:\n" EX_ENTRY(1b, 2b)
			     : "+c"(n), "+D"(*to), "+S"(*from) : : "memory");
	return n;
}

/*
 * Copy n bytes from `from` to `to`, one of which is the user address `user`;
 * returns the bytes not copied.
 */
static inline __attribute__((always_inline)) unsigned long
__copy_user(void *to, const void *from, unsigned long n, unsigned long user)
{
	unsigned long head = -user & 3, words, left;
	const char *s = from;
	char *d = to;

	if (n < 16)
		return movsb_user(&d, &s, n);
	left = movsb_user(&d, &s, head);
	if (left)
		return left + (n - head);
	n -= head;
	words = movsl_user(&d, &s, n / 4);
	if (words)
		return words * 4 + n % 4;
	return movsb_user(&d, &s, n % 4);
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
	left = __copy_user(to, (const void *)ufrom, n, (unsigned long)ufrom);
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
	return __copy_user((void *)uto, from, n, (unsigned long)uto);
}

/* rep stosb/stosl of n zero bytes/words at *to, advancing it; returns those not done. */
static inline unsigned long stosb_user(char **to, unsigned long n)
{
	__asm__ __volatile__("1:	rep stosb\n2:\n" EX_ENTRY(1b, 2b)
			     : "+c"(n), "+D"(*to) : "a"(0) : "memory");
	return n;
}

static inline unsigned long stosl_user(char **to, unsigned long n)
{
	__asm__ __volatile__("1:	rep stosl\n2:\n" EX_ENTRY(1b, 2b)
			     : "+c"(n), "+D"(*to) : "a"(0) : "memory");
	return n;
}

/* Zero n user bytes; the number NOT zeroed (0 on success), as copy_to_user. */
unsigned long clear_user(void __user *uto, unsigned long n)
{
	char *d = (char *)uto;
	unsigned long head = -(unsigned long)uto & 3, left;

	if (!access_ok(uto, n))
		return n;
	if (n < 16)
		return stosb_user(&d, n);
	left = stosb_user(&d, head);
	if (left)
		return left + (n - head);
	n -= head;
	left = stosl_user(&d, n / 4);
	if (left)
		return left * 4 + n % 4;
	return stosb_user(&d, n % 4);
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
