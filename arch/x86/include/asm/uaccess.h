/*
 * Access to user memory from the kernel. A user pointer is only trusted
 * after access_ok() (below TASK_SIZE) and only dereferenced inside these
 * helpers: if the access faults, the page-fault handler finds the faulting
 * instruction in the exception table (__ex_table) and resumes at its fixup,
 * which makes the helper report failure. So a bad pointer from user space
 * gives -EFAULT, never a kernel crash.
 */
#ifndef ASM_UACCESS_H
#define ASM_UACCESS_H

#include <asm/page.h>
#include <asm/ptrace.h>
#include <kernel/compiler.h>
#include <kernel/types.h>

/* True if [addr, addr + size) lies wholly below TASK_SIZE (no wrap). */
static inline bool access_ok(const void *addr, unsigned long size)
{
	unsigned long a = (unsigned long)addr;
	return size <= TASK_SIZE && a <= TASK_SIZE - size;
}

/*
 * Copy n bytes between a user and a kernel buffer; return the number of
 * bytes NOT copied (0 on success). A bad user address, or one above
 * TASK_SIZE, ends the copy early through the exception table, never with
 * an oops. copy_from_user zeroes the part of `to` it could not fill.
 */
unsigned long copy_from_user(void *to, const void __user *ufrom, unsigned long n);
unsigned long copy_to_user(void __user *uto, const void *from, unsigned long n);
/* Zero n user bytes; the number NOT zeroed (0 on success), as copy_to_user. */
unsigned long clear_user(void __user *uto, unsigned long n);
/*
 * Copy a NUL-terminated string of at most n bytes including the NUL.
 * Returns its length (without the NUL), -EFAULT, or -ENAMETOOLONG when no
 * NUL was found within n bytes.
 */
long strncpy_from_user(char *dst, const char __user *usrc, long n);

/* One entry of the exception table: a faulting instruction and where to resume. */
struct exception_table_entry {
	unsigned long insn, fixup;
};
/* If regs->eip is in the table, point it at the fixup and return true. */
bool fixup_exception(struct pt_regs *regs);

#endif
