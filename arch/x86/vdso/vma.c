/*
 * Mapping the vDSO into a new program (Linux's arch/x86/entry/vdso/vma.c).
 */
#include <asm/vdso.h>
#include <mm/mm_types.h>

/*
 * exec: map the vDSO into mm and set *base to its ELF header (0: none).
 * Returns 0 or -errno.
 */
int arch_setup_additional_pages(struct mm_struct *mm, unsigned long *base)
{
	*base = 0;
	return 0;
}

/* Where __kernel_vsyscall is, from the start of the vDSO (AT_SYSINFO). */
unsigned long vdso_entry_offset(void)
{
	return 0;
}
