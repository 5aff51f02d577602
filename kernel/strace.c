/*
 * A system-call log for one program, from the kernel: the boot parameter
 * strace=NAME prints, for every task whose name (comm) is NAME, each
 * system call's name, its first three arguments (raw, in hex) and the
 * result, like a terse strace(1):
 *
 *	[7 grep] mmap2(0x0, 0x2000, 0x3) = 1073967104
 *	[7 grep] openat(0xffffff9c, 0xbffffc2c, 0x88000) = 3
 *
 * A name is the program's file name from exec on (or prctl's), so
 * "strace=grep" follows every grep from its first call in the new
 * program. The names come from include/uapi/unistd_32.h (generated into
 * syscall_names.inc by the Makefile).
 */
#include <asm/syscall.h>
#include <kernel/init.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/strace.h>
#include <lib/string.h>
#include <uapi/unistd_32.h>

char strace_comm[16];	/* "strace=NAME"; empty: no log */

static const char *const syscall_names[NR_syscalls] = {
#include "syscall_names.inc"
};

static void set_strace(const char *value)
{
	strlcpy(strace_comm, value, sizeof(strace_comm));
}
__setup("strace", set_strace);

/*
 * Print one finished system call of current (number nr, frame regs,
 * result ret) if current is the program strace= names. do_syscall calls
 * it only while a name is set.
 */
void trace_syscall(unsigned long nr, const struct pt_regs *regs, long ret)
{
	unsigned long a[6];
	const char *name = nr < NR_syscalls ? syscall_names[nr] : NULL;

	if (strcmp(current->comm, strace_comm))
		return;
	syscall_get_arguments(current, regs, a);
	if (name)
		printk("[%d %s] %s(0x%lx, 0x%lx, 0x%lx) = %ld\n", current->pid, current->comm,
		       name, a[0], a[1], a[2], ret);
	else
		printk("[%d %s] syscall_%lu(0x%lx, 0x%lx, 0x%lx) = %ld\n", current->pid,
		       current->comm, nr, a[0], a[1], a[2], ret);
}
