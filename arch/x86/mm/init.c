/*
 * The kernel's final page directory. boot/multiboot.asm maps the first
 * 896 MiB twice with 4 MiB pages, at 0 (so paging could be turned on) and
 * at PAGE_OFFSET, whatever the machine really has. paging_init trims that
 * to what the kernel may touch: exactly the usable RAM, at PAGE_OFFSET.
 */
#include <asm/multiboot.h>
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <kernel/printk.h>
#include <mm/page.h>

/*
 * paging_init - make swapper_pg_dir map usable RAM only, at PAGE_OFFSET
 * Clears the user half (the identity map: address 0 faults afterwards)
 * and the kernel entries past the last RAM frame, marks the rest global
 * (they are in every page directory and must survive CR3 reloads), turns
 * on CR4.PGE and reloads CR3. Runs once, after setup_arch.
 */
void paging_init(void)
{
	unsigned long end_pfn = find_max_pfn(&boot_params);
	/* 4 MiB entries needed to cover RAM; a partly covered last one stays. */
	unsigned long kernel_pdes = (end_pfn + PTRS_PER_PTE - 1) / PTRS_PER_PTE;
	unsigned long i;

	for (i = 0; i < USER_PGD_PTRS; i++)
		swapper_pg_dir[i] = 0;
	for (i = USER_PGD_PTRS; i < PTRS_PER_PGD; i++) {
		if (i - USER_PGD_PTRS < kernel_pdes && pgd_present(swapper_pg_dir[i]))
			swapper_pg_dir[i] |= _PAGE_GLOBAL;
		else
			swapper_pg_dir[i] = 0;
	}
	/* Setting PGE flushes the whole TLB; the CR3 reload is for clarity. */
	write_cr4(read_cr4() | X86_CR4_PGE);
	write_cr3(__pa(swapper_pg_dir));
	printk(KERN_INFO "paging: %lu MiB of RAM mapped at 0x%lx with %lu global 4 MiB pages\n",
	       end_pfn >> (20 - PAGE_SHIFT), PAGE_OFFSET, kernel_pdes);
}
