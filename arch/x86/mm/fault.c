/* The page-fault handler (vector 14). So far: kernel faults are fixed up or oops. */
#include <asm/traps.h>
#include <asm/uaccess.h>

void do_page_fault(struct pt_regs *regs)
{
	if (!user_mode(regs) && fixup_exception(regs))
		return;
	die("page fault", regs);
}
