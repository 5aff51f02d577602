/*
 * System-call registration, in Linux's typed form. Each system call is
 * defined next to the code it belongs to:
 *
 *	SYSCALL_DEFINE2(munmap, unsigned long, addr, size_t, len)
 *	{
 *		return do_munmap(current->mm, addr, len);
 *	}
 *
 * declares and defines long sys_munmap(unsigned long addr, size_t len), and
 * registers it under the Linux i386 number __NR_munmap (include/uapi/
 * unistd_32.h). How the arguments come out of registers is the architecture's
 * business (asm/syscall_wrapper.h); generic code never reads a trap-frame
 * field, and the few calls that need the frame itself ask current_pt_regs().
 * The return value (>= 0, or -errno) goes back to user space.
 *
 * kernel/syscall.c builds sys_call_table[] from the .syscalls section at
 * boot; a number with no entry returns -ENOSYS.
 */
#ifndef KERNEL_SYSCALLS_H
#define KERNEL_SYSCALLS_H

#include <asm/ptrace.h>
#include <kernel/compiler.h>
#include <uapi/unistd_32.h>

typedef long (*syscall_fn_t)(const struct pt_regs *regs);

/* One entry of the .syscalls section: number, wrapper, name (for panics). */
struct syscall_entry {
	unsigned int nr;
	syscall_fn_t fn;
	const char *name;
};

#define __SYSCALL_ENTRY(number, name, wrapper)					static const struct syscall_entry __syscall_##name __used		__section(".syscalls") __aligned(4) = { number, wrapper, #name }

#include <asm/syscall_wrapper.h>

#define SYSCALL_DEFINE0(name)		__SYSCALL_DEFINEx(0, __NR_##name, name)
#define SYSCALL_DEFINE1(name, ...)	__SYSCALL_DEFINEx(1, __NR_##name, name, __VA_ARGS__)
#define SYSCALL_DEFINE2(name, ...)	__SYSCALL_DEFINEx(2, __NR_##name, name, __VA_ARGS__)
#define SYSCALL_DEFINE3(name, ...)	__SYSCALL_DEFINEx(3, __NR_##name, name, __VA_ARGS__)
#define SYSCALL_DEFINE4(name, ...)	__SYSCALL_DEFINEx(4, __NR_##name, name, __VA_ARGS__)
#define SYSCALL_DEFINE5(name, ...)	__SYSCALL_DEFINEx(5, __NR_##name, name, __VA_ARGS__)
#define SYSCALL_DEFINE6(name, ...)	__SYSCALL_DEFINEx(6, __NR_##name, name, __VA_ARGS__)

/*
 * Where Linux's function name differs from the ABI's name for the number
 * (its syscall_32.tbl says "90 i386 mmap sys_old_mmap"), the number the
 * function is registered under:
 */
#define __NR_old_mmap	__NR_mmap

void syscall_init(void);
void do_syscall(struct pt_regs *regs);

#endif
