/*
 * The i386 half of a core dump: the trap frame of the task that died, in
 * the order of the ABI's elf_gregset_t (Linux's user_regs_struct, the
 * order GDB expects in NT_PRSTATUS).
 */
#include <asm/elf.h>
#include <asm/ptrace.h>

/*
 * Copy the user registers of the trap frame regs into gregs (Linux's
 * ELF_CORE_COPY_REGS). orig_eax is -1: the frame does not keep the number
 * of an interrupted system call once eax holds its result.
 */
void elf_core_copy_regs(elf_gregset_t gregs, const struct pt_regs *regs)
{
	gregs[0] = regs->ebx;
	gregs[1] = regs->ecx;
	gregs[2] = regs->edx;
	gregs[3] = regs->esi;
	gregs[4] = regs->edi;
	gregs[5] = regs->ebp;
	gregs[6] = regs->eax;
	gregs[7] = regs->ds;
	gregs[8] = regs->es;
	gregs[9] = regs->fs;
	gregs[10] = regs->gs;
	gregs[11] = ~0u;
	gregs[12] = regs->eip;
	gregs[13] = regs->cs;
	gregs[14] = regs->eflags;
	gregs[15] = regs->esp;
	gregs[16] = regs->ss;
}
