/*
 * The system-call table, indexed by Linux i386 number. Entries come from
 * SYSCALL_DEFINEn() next to each implementation (include/kernel/syscalls.h);
 * syscall_init collects them once at boot. Each entry is the arch wrapper
 * that unpacks the trap frame into the typed sys_*() call.
 */
#include <asm/syscall.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/strace.h>
#include <kernel/syscalls.h>
#include <uapi/errno.h>

static syscall_fn_t sys_call_table[NR_syscalls];
extern const struct syscall_entry __start_syscalls[], __stop_syscalls[];

/*
 * Fill sys_call_table[] from the .syscalls section. Called once at boot;
 * panics on a number out of range or defined twice (a build mistake).
 */
void syscall_init(void)
{
	const struct syscall_entry *e;

	for (e = __start_syscalls; e < __stop_syscalls; e++) {
		if (e->nr >= NR_syscalls || sys_call_table[e->nr])
			panic("syscall_init: bad or duplicate number %u (%s)", e->nr, e->name);
		sys_call_table[e->nr] = e->fn;
	}
}

/*
 * Run the system call whose number and arguments are in the trap frame
 * regs, and make its result (>= 0 or -errno) what the call returns to user
 * space; -ENOSYS for an unknown number. Called from the trap entry for
 * int $0x80, in the caller's task context, with interrupts on.
 */
void do_syscall(struct pt_regs *regs)
{
	unsigned long nr = syscall_get_nr(current, regs);
	long ret = -ENOSYS;

	/* eax is overwritten by the result: keep the number for a restart (Linux: orig_ax). */
	current->restart_nr = nr;
	if (nr < NR_syscalls && sys_call_table[nr])
		ret = sys_call_table[nr](regs);
	if (strace_comm[0])	/* the strace= log (kernel/strace.c) */
		trace_syscall(nr, regs, ret);
	syscall_set_return_value(current, regs, 0, ret);
}
