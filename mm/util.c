/*
 * Commit accounting and overcommit (Linux's __vm_enough_memory, in
 * mm/mmap.c in 2.6 and mm/util.c today).
 *
 * Memory a process may write without the kernel being able to fall back
 * on a file is "committed": private writable mappings, the heap, the
 * stack. Such a VMA carries VM_ACCOUNT, and its pages were added to
 * vm_committed_as when it was created or grew; they leave it when it is
 * unmapped or shrinks. Whether a new charge is allowed depends on
 * vm.overcommit_memory:
 *	0 (heuristic, the default): refuse only a single request larger
 *	  than all of RAM (and swap) - an obvious overcommit;
 *	1 (always): never refuse;
 *	2 (strict): refuse when vm_committed_as would pass CommitLimit,
 *	  overcommit_ratio percent of RAM, plus the swap areas' size.
 * /proc/meminfo shows CommitLimit and Committed_AS.
 */
#include <mm/mm.h>
#include <mm/page.h>
#include <mm/swap.h>

int sysctl_overcommit_memory = OVERCOMMIT_GUESS;
int sysctl_overcommit_ratio = 50;	/* percent of RAM, Linux's default */
unsigned long vm_committed_as;		/* pages charged by all VM_ACCOUNT VMAs */

/* CommitLimit in pages: overcommit_ratio percent of RAM plus swap (Linux's vm_commit_limit). */
unsigned long vm_commit_limit(void)
{
	return totalram_pages * (unsigned long)sysctl_overcommit_ratio / 100 + total_swap_pages;
}

/*
 * Charge pages to the commit, if the overcommit mode allows (Linux's
 * __vm_enough_memory): 0 with the pages added to vm_committed_as, or
 * -ENOMEM with nothing charged. Undo with vm_unacct_memory.
 */
int __vm_enough_memory(unsigned long pages)
{
	vm_acct_memory(pages);
	if (sysctl_overcommit_memory == OVERCOMMIT_ALWAYS)
		return 0;
	if (sysctl_overcommit_memory == OVERCOMMIT_GUESS) {
		if (pages <= totalram_pages + total_swap_pages)
			return 0;
	} else if (vm_committed_as <= vm_commit_limit()) {
		return 0;
	}
	vm_unacct_memory(pages);
	return -ENOMEM;
}

/* Add pages to vm_committed_as unconditionally (fork, and __vm_enough_memory). */
void vm_acct_memory(unsigned long pages)
{
	vm_committed_as += pages;
}

/* Take pages charged before off vm_committed_as. */
void vm_unacct_memory(unsigned long pages)
{
	VM_BUG_ON(pages > vm_committed_as);
	vm_committed_as -= pages;
}
