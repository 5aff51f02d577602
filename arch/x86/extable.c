/*
 * The exception table: pairs (instruction that may fault on a user address,
 * where to continue if it does), emitted by the user-copy helpers into
 * __ex_table. The page-fault handler looks the faulting EIP up here.
 */
#include <asm/uaccess.h>

extern const struct exception_table_entry __start_ex_table[], __stop_ex_table[];

/*
 * If the instruction at regs->eip is in the exception table, point eip at
 * its fixup and return true: the fault is handled. Called for kernel-mode
 * faults only.
 */
bool fixup_exception(struct pt_regs *regs)
{
	const struct exception_table_entry *e;

	for (e = __start_ex_table; e < __stop_ex_table; e++) {
		if (e->insn == regs->eip) {
			regs->eip = e->fixup;
			return true;
		}
	}
	return false;
}
