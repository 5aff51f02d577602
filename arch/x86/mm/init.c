/*
 * The kernel's final page directory. boot/multiboot.asm maps the first
 * 896 MiB twice with 4 MiB pages, at 0 (so paging could be turned on) and
 * at PAGE_OFFSET, whatever the machine really has. paging_init trims that
 * to what the kernel may touch: exactly the usable RAM, at PAGE_OFFSET.
 */
#include <asm/multiboot.h>
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <kernel/init.h>
#include <kernel/printk.h>
#include <mm/page.h>

/*
 * paging_init - make swapper_pg_dir map usable RAM only, at PAGE_OFFSET
 * Clears the user half (the identity map: address 0 faults afterwards)
 * and the kernel entries past the last RAM frame, marks the rest global
 * (they are in every page directory and must survive CR3 reloads), turns
 * on CR4.PGE and reloads CR3. Runs once, after setup_arch and before
 * mem_init.
 */
void paging_init(void)
{
	unsigned long end_pfn = find_max_pfn(&boot_params);
	/* 4 MiB entries needed to cover RAM; a partly covered last one stays. */
	unsigned long kernel_pdes = (end_pfn + PTRS_PER_PTE - 1) / PTRS_PER_PTE;
	unsigned long i;

	for (i = 0; i < USER_PGD_PTRS; i++)
		pgd_clear(&swapper_pg_dir[i]);
	for (i = USER_PGD_PTRS; i < PTRS_PER_PGD; i++) {
		if (i - USER_PGD_PTRS < kernel_pdes && pgd_present(swapper_pg_dir[i]))
			set_pgd(&swapper_pg_dir[i], __pgd(pgd_val(swapper_pg_dir[i]) | _PAGE_GLOBAL));
		else
			pgd_clear(&swapper_pg_dir[i]);
	}
	/* Setting PGE flushes the whole TLB; the CR3 reload is for clarity. */
	write_cr4(read_cr4() | X86_CR4_PGE);
	write_cr3(__pa(swapper_pg_dir));
	printk(KERN_INFO "paging: %lu MiB of RAM mapped at 0x%lx with %lu global 4 MiB pages\n",
	       end_pfn >> (20 - PAGE_SHIFT), PAGE_OFFSET, kernel_pdes);
}

/* ---- boot self-test ---- */

/* Kernel entry i (0 = PAGE_OFFSET): a global 4 MiB page of frame i * 4 MiB, or empty past RAM. */
static bool kernel_pde_ok(unsigned long i, unsigned long kernel_pdes)
{
	const unsigned long want = _PAGE_PRESENT | _PAGE_PSE | _PAGE_GLOBAL;
	pgd_t e = swapper_pg_dir[USER_PGD_PTRS + i];

	if (i >= kernel_pdes)
		return pgd_none(e);
	return (pgd_val(e) & want) == want && (pgd_val(e) & PGDIR_MASK) == i * PGDIR_SIZE;
}

/* The final directory maps RAM only, globally; new directories share its kernel half. */
static int selftest_paging(void)
{
	unsigned long end_pfn = find_max_pfn(&boot_params), i;
	unsigned long kernel_pdes = (end_pfn + PTRS_PER_PTE - 1) / PTRS_PER_PTE;
	bool user_empty = true, kernel_ok = true, copied = true;
	pgd_t *pgd;
	int fails = 0;

	for (i = 0; i < USER_PGD_PTRS; i++)
		user_empty &= pgd_none(swapper_pg_dir[i]);
	for (i = 0; i < PTRS_PER_PGD - USER_PGD_PTRS; i++)
		kernel_ok &= kernel_pde_ok(i, kernel_pdes);
	fails += !selftest_check(user_empty, "no identity map: the user half of swapper_pg_dir is empty");
	fails += !selftest_check(kernel_ok, "the kernel half maps exactly the RAM, with global 4 MiB pages");
	fails += !selftest_check(read_cr4() & X86_CR4_PGE, "CR4.PGE is on");

	pgd = pgd_alloc();
	for (i = 0; pgd && i < PTRS_PER_PGD; i++)
		copied &= pgd_val(pgd[i]) == (i < USER_PGD_PTRS ? 0 : pgd_val(swapper_pg_dir[i]));
	fails += !selftest_check(pgd && copied, "pgd_alloc: empty user half, the kernel half of swapper_pg_dir");
	if (pgd) {
		switch_pgd(pgd);	/* the kernel keeps running on the copied half */
		switch_pgd(swapper_pg_dir);
		pgd_free(pgd);
	}
	return -fails;
}
selftest("paging", selftest_paging);
