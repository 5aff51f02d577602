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

/*
 * The highest address + 1 the user-copy helpers accept: TASK_SIZE, or all
 * of memory inside set_fs(KERNEL_DS), where the kernel hands its own
 * buffer to code written for a user one (sendfile passes kernel pages to
 * a file's read and write) - Linux 2.6's addr_limit. It belongs to the
 * running task: switch_to saves and restores it (thread.kernel_ds).
 */
extern unsigned long addr_limit;

typedef struct { unsigned long seg; } mm_segment_t;
#define KERNEL_DS	((mm_segment_t){ ~0UL })
#define USER_DS		((mm_segment_t){ TASK_SIZE })

static inline mm_segment_t get_fs(void) { return (mm_segment_t){ addr_limit }; }
static inline void set_fs(mm_segment_t fs) { addr_limit = fs.seg; }

/* True if [addr, addr + size) lies wholly below addr_limit (no wrap). */
static inline bool access_ok(const void *addr, unsigned long size)
{
	unsigned long a = (unsigned long)addr;
	return size <= addr_limit && a <= addr_limit - size;
}

/* ---- arch/x86/usercopy.c: each returns the bytes NOT done (0 on success) ---- */
unsigned long copy_from_user(void *to, const void __user *ufrom, unsigned long n);
unsigned long copy_to_user(void __user *uto, const void *from, unsigned long n);
unsigned long clear_user(void __user *uto, unsigned long n);
long strncpy_from_user(char *dst, const char __user *usrc, long n);	/* length, or -errno */

/* One entry of the exception table: a faulting instruction and where to resume. */
struct exception_table_entry {
	unsigned long insn, fixup;
};

/* ---- arch/x86/extable.c ---- */
bool fixup_exception(struct pt_regs *regs);

#endif
