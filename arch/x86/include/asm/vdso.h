/*
 * The vDSO (arch/x86/vdso/): a small shared object the kernel maps into
 * every program at exec, as Linux's [vdso] and [vvar] special mappings,
 * with __kernel_vsyscall (AT_SYSINFO) and time calls that need no trap.
 */
#ifndef ASM_VDSO_H
#define ASM_VDSO_H

struct mm_struct;

/* ---- arch/x86/vdso/vma.c ---- */
int arch_setup_additional_pages(struct mm_struct *mm, unsigned long *base);
void update_vsyscall(void);
unsigned long vdso_entry_offset(void);
unsigned long vdso_sysenter_return_offset(void);

/* The kernel's sysenter entry point (entry.asm). */
void sysenter_entry(void);

#endif
