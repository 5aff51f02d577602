/* Signals. Until user mode exists, a user-mode exception cannot happen. */
#include <asm/traps.h>

void do_user_exception(struct pt_regs *regs)
{
	die("user exception without processes", regs);
}

void prepare_exit_to_usermode(struct pt_regs *regs)
{
}
