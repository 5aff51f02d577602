/*
 * The CPU side of tasks: what switch_to changes when another task gets the
 * CPU (kernel stack, TSS esp0, page directory, TLS descriptors, x87 state),
 * how a new task's kernel stack is laid out so that its first switch lands
 * in user mode, and set_thread_area (the TLS slots, GDT entries 6-8).
 */
#include <asm/desc.h>
#include <asm/fpu.h>
#include <asm/ldt.h>
#include <asm/page.h>
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/segment.h>
#include <asm/uaccess.h>
#include <kernel/init.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <lib/string.h>
#include <mm/mm_types.h>
#include <uapi/errno.h>

asmlinkage struct task_struct *switch_context(unsigned long *prev_esp, unsigned long next_esp,
				   struct task_struct *prev);
extern char ret_from_fork[], ret_from_kernel_thread[];

/* The state a new program starts with, taken at boot after fninit. */
static u8 init_fpu_state[FPU_STATE_SIZE] __aligned(16);
bool cpu_has_fxsr;
static u32 mxcsr_mask = 0xffbf;	/* MXCSR bits fxrstor accepts */

#define X86_CR0_MP	(1UL << 1)
#define X86_CR0_EM	(1UL << 2)
#define X86_CR0_TS	(1UL << 3)
#define X86_CR0_NE	(1UL << 5)
#define X86_CR4_OSFXSR	(1UL << 9)
#define X86_CR4_OSXMMEXCPT (1UL << 10)
#define CPUID_FXSR	(1U << 24)
#define CPUID_SSE	(1U << 25)
#define MXCSR_DEFAULT	0x1f80
#define FXSAVE_MXCSR	24	/* offsets in an fxsave image */
#define FXSAVE_MXCSR_MASK 28

/* Store the live x87/SSE state in state (16-byte aligned, FPU_STATE_SIZE); it stays live. */
void fpu_save(u8 *state)
{
	if (cpu_has_fxsr) {
		__asm__ __volatile__("fxsave %0" : "=m"(*(u8 (*)[512])state));
		return;
	}
	/* fnsave also re-initialises the FPU: load the state straight back. */
	__asm__ __volatile__("fnsave %0" : "=m"(*(u8 (*)[108])state));
	__asm__ __volatile__("frstor %0" : : "m"(*(const u8 (*)[108])state));
}

/* Load state (from fpu_save, or a sanitized fxsave image) into the registers. */
void fpu_restore(const u8 *state)
{
	if (cpu_has_fxsr)
		__asm__ __volatile__("fxrstor %0" : : "m"(*(const u8 (*)[512])state));
	else
		__asm__ __volatile__("frstor %0" : : "m"(*(const u8 (*)[108])state));
}

/* Make the live state a fresh one: as after fninit, default MXCSR, zero SSE registers. */
void fpu_init_state(void)
{
	fpu_restore(init_fpu_state);
}

/* Clear the MXCSR bits this CPU does not have in an fxsave image (fxrstor #GPs on them). */
void fpu_sanitize_fxsave(u8 *fxsave)
{
	*(u32 *)(fxsave + FXSAVE_MXCSR) &= mxcsr_mask;
}

/*
 * x87 errors raise #MF (vector 16, hence SIGFPE) rather than the legacy
 * IRQ 13; SSE is enabled when the CPU has it, with its exceptions as #XM
 * (SIGFPE too); every FPU instruction runs natively (no EM/TS traps: the
 * state is switched eagerly in switch_to).
 */
static int fpu_init(void)
{
	unsigned long cr0 = read_cr0();
	u32 features = cpuid_edx(1);
	u32 mxcsr = MXCSR_DEFAULT;

	cr0 &= ~(X86_CR0_EM | X86_CR0_TS);
	cr0 |= X86_CR0_MP | X86_CR0_NE;
	__asm__ __volatile__("mov %0, %%cr0" : : "r"(cr0));
	if (features & CPUID_FXSR) {
		cpu_has_fxsr = true;
		write_cr4(read_cr4() | X86_CR4_OSFXSR |
			  ((features & CPUID_SSE) ? X86_CR4_OSXMMEXCPT : 0));
	}
	__asm__ __volatile__("fninit");
	if (cpu_has_fxsr && (features & CPUID_SSE))
		__asm__ __volatile__("ldmxcsr %0" : : "m"(mxcsr));
	fpu_save(init_fpu_state);
	if (cpu_has_fxsr && *(u32 *)(init_fpu_state + FXSAVE_MXCSR_MASK))
		mxcsr_mask = *(u32 *)(init_fpu_state + FXSAVE_MXCSR_MASK);
	return 0;
}
core_initcall(fpu_init);

/* Copy p's three TLS descriptors into GDT entries 6-8; they apply from the next segment load. */
void load_tls(struct task_struct *p)
{
	int i;

	for (i = 0; i < GDT_ENTRY_TLS_ENTRIES; i++) {
		gdt_table[GDT_ENTRY_TLS_MIN + i].a = p->thread.tls_array[i][0];
		gdt_table[GDT_ENTRY_TLS_MIN + i].b = p->thread.tls_array[i][1];
	}
}

/* Make mm's page directory (NULL: swapper_pg_dir) and LDT the live ones; flushes the TLB. */
void activate_mm(struct mm_struct *mm)
{
	write_cr3(__pa(mm ? mm->pgd : swapper_pg_dir));
	load_ldt(mm);
}

/*
 * Switch the CPU from prev to next: kernel stack (and TSS esp0), page
 * directory (unless both are threads of one address space), TLS
 * descriptors, the user-copy limit (addr_limit), FPU state. Called by schedule() with interrupts off.
 * Returns, on next's stack, the task that ran before it there, which is
 * whoever switched to next (for schedule_tail).
 */
struct task_struct *switch_to(struct task_struct *prev, struct task_struct *next)
{
	tss_set_kernel_stack(next->thread.esp0);
	/*
	 * CR3 always holds current's mm (swapper_pg_dir for none: idle, or a
	 * task past exit_mm). Threads of one mm keep the directory and the
	 * TLB entries, as Linux's switch_mm does when prev's mm is next's.
	 */
	if (prev->mm != next->mm)
		activate_mm(next->mm);
	load_tls(next);
	prev->thread.kernel_ds = addr_limit != TASK_SIZE;
	addr_limit = next->thread.kernel_ds ? KERNEL_DS.seg : TASK_SIZE;
	fpu_save(prev->thread.fpu_state);
	fpu_restore(next->thread.fpu_state);
	return switch_context(&prev->thread.esp, next->thread.esp, prev);
}

/*
 * Set up p's kernel stack so that its first switch_to lands in user mode
 * with the registers in *regs and eax 0 (a fork child; it inherits the
 * live FPU state; sp, if not 0, is its new user stack pointer, clone's), or, with regs NULL, calls fn() in kernel mode and then
 * returns to user mode with whatever fn left in task_pt_regs(p) (how init
 * starts; fresh FPU state).
 */
void copy_thread(struct task_struct *p, const struct pt_regs *regs, unsigned long sp,
		 void (*fn)(void))
{
	struct pt_regs *childregs = task_pt_regs(p);
	unsigned long *ksp = (unsigned long *)childregs;

	if (regs) {
		*childregs = *regs;
		childregs->eax = 0;		/* fork returns 0 in the child */
		if (sp)
			childregs->esp = sp;	/* clone's new stack */
		fpu_save(p->thread.fpu_state);	/* the parent's live FPU state */
	} else {
		memset(childregs, 0, sizeof(*childregs));
		memcpy(p->thread.fpu_state, init_fpu_state, sizeof(init_fpu_state));
	}
	/* The frame switch_context pops: eflags, edi, esi, ebx, ebp, return address. */
	*--ksp = (unsigned long)(fn ? ret_from_kernel_thread : ret_from_fork);
	*--ksp = 0;			/* ebp: ends backtraces */
	*--ksp = (unsigned long)fn;	/* ebx: the function for ret_from_kernel_thread */
	*--ksp = 0;			/* esi */
	*--ksp = 0;			/* edi */
	*--ksp = 0x2;			/* eflags: interrupts off until iret */
	p->thread.esp = (unsigned long)ksp;
	p->thread.esp0 = (unsigned long)p->stack + THREAD_SIZE;
}

/*
 * The registers a new program starts with (exec, once the new mm is in
 * place): user code and data segments, eip = new_ip, esp = new_sp,
 * interrupts on, every other register 0 (Linux's ELF_PLAT_INIT zeroes them
 * too, so nothing of the old program shows through). regs is the frame
 * the task returns to user mode with.
 */
void start_thread(struct pt_regs *regs, unsigned long new_ip, unsigned long new_sp)
{
	memset(regs, 0, offsetof(struct pt_regs, trapno));
	regs->ds = regs->es = __USER_DS;
	regs->fs = regs->gs = 0;
	regs->eip = new_ip;
	regs->cs = __USER_CS;
	regs->eflags = X86_EFLAGS_IF | 0x2;	/* bit 1 is always set */
	regs->esp = new_sp;
	regs->ss = __USER_DS;
}

/* exec: reset current's per-thread CPU state for a new program (TLS slots cleared, fresh FPU). */
void flush_thread(void)
{
	memset(current->thread.tls_array, 0, sizeof(current->thread.tls_array));
	load_tls(current);
	fpu_init_state();
}

static int find_free_tls(struct task_struct *p)
{
	int i;

	for (i = 0; i < GDT_ENTRY_TLS_ENTRIES; i++)
		if (!p->thread.tls_array[i][0] && !p->thread.tls_array[i][1])
			return GDT_ENTRY_TLS_MIN + i;
	return -ESRCH;
}

/*
 * Fill p's TLS slot from the user_desc at u_info. entry_number -1 picks a
 * free slot and writes its number back, when can_allocate (set_thread_area;
 * clone's CLONE_SETTLS may not). The GDT itself is reloaded by the caller
 * for current, by switch_to for any other task. Returns 0, -EFAULT,
 * -EINVAL (no such slot, a descriptor Linux refuses) or -ESRCH (no free
 * slot). Linux's do_set_thread_area.
 */
static int do_set_thread_area(struct task_struct *p, struct user_desc __user *u_info,
			      bool can_allocate)
{
	struct user_desc u;
	int idx;

	if (copy_from_user(&u, u_info, sizeof(u)))
		return -EFAULT;
	idx = (int)u.entry_number;
	if (idx == -1 && can_allocate) {
		idx = find_free_tls(p);
		if (idx < 0)
			return idx;
		if (copy_to_user(&u_info->entry_number, &idx, sizeof(idx)))
			return -EFAULT;
	}
	if (idx < GDT_ENTRY_TLS_MIN || idx >= GDT_ENTRY_TLS_MIN + GDT_ENTRY_TLS_ENTRIES)
		return -EINVAL;
	idx -= GDT_ENTRY_TLS_MIN;
	if (user_desc_empty(&u)) {
		p->thread.tls_array[idx][0] = 0;
		p->thread.tls_array[idx][1] = 0;
	} else {
		/* Only 32-bit data or code segments, as Linux allows. */
		if (!u.seg_32bit || u.contents == 3)
			return -EINVAL;
		fill_desc(p->thread.tls_array[idx], &u);
	}
	return 0;
}

/* set_thread_area(u_info): fill a TLS slot; entry_number -1 picks a free one and says which. */
SYSCALL_DEFINE1(set_thread_area, struct user_desc __user *, u_info)
{
	int err = do_set_thread_area(current, u_info, true);

	if (!err)
		load_tls(current);
	return err;
}

/*
 * CLONE_SETTLS: new task p (not yet run) starts with the TLS descriptor
 * of the struct user_desc at user address tls in its slot (entry_number
 * must name one); its other slots are current's. 0 or -errno, as
 * set_thread_area. Linux does this in copy_thread.
 */
int copy_thread_tls(struct task_struct *p, unsigned long tls)
{
	return do_set_thread_area(p, (struct user_desc __user *)tls, false);
}
