/*
 * mincore(2): which pages of a range are resident. This is how a program
 * (and our tests) can watch demand paging: a page of a fresh mapping is
 * not resident until it is first touched.
 *
 * As in Linux, a page counts as resident when this process maps a frame
 * for it (including the shared zero page and PROT_NONE pages), or, for a
 * file mapping, when the file's page is in the page cache even if this
 * process has not touched it yet.
 */
#include <asm/pgtable.h>
#include <asm/uaccess.h>
#include <fs/fs.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <mm/memory.h>
#include <mm/mm.h>
#include <mm/page.h>
#include <mm/swap.h>
#include <mm/swapops.h>
#include <uapi/errno.h>

/* Is the file page behind addr in the page cache? (Linux's mincore_page) */
static unsigned char mincore_file_page(struct vm_area_struct *vma, unsigned long addr)
{
	unsigned long pgoff = ((addr - vma->vm_start) >> PAGE_SHIFT) + vma->vm_pgoff;
	struct page *page;

	if (!vma->vm_file)
		return 0;
	page = find_get_page(vma->vm_file->f_mapping, pgoff);
	if (!page)
		return 0;
	put_page(page);
	return 1;
}

/* Is the page at addr, inside vma, resident? */
static unsigned char mincore_page(struct vm_area_struct *vma, unsigned long addr)
{
	pte_t *pte = pte_lookup(vma->vm_mm, addr);

	if (pte && pte_present(*pte))
		return 1;
	if (pte && is_swap_pte(*pte)) {
		/* Out on swap: resident only if still (or again) in the swap cache. */
		struct page *page = lookup_swap_cache(pte_to_swp_entry(*pte));

		if (page)
			put_page(page);
		return page != NULL;
	}
	return mincore_file_page(vma, addr);
}

/*
 * Fill vec with one byte per page of [start, start + pages pages), all in
 * one VMA; returns how many pages it covered. Bit 0 of each byte: resident.
 */
static unsigned long mincore_vma(struct vm_area_struct *vma, unsigned long start,
				 unsigned long pages, unsigned char *vec)
{
	unsigned long n = min(pages, (vma->vm_end - start) >> PAGE_SHIFT);
	unsigned long i;

	for (i = 0; i < n; i++)
		vec[i] = mincore_page(vma, start + (i << PAGE_SHIFT));
	return n;
}

/* One chunk: at most `pages` pages from start into vec; pages done, or -ENOMEM. */
static long do_mincore(unsigned long start, unsigned long pages, unsigned char *vec)
{
	struct vm_area_struct *vma = find_vma(current->mm, start);

	if (!vma || start < vma->vm_start)
		return -ENOMEM;
	return mincore_vma(vma, start, pages, vec);
}

/*
 * mincore(start, len, vec): start must be page-aligned (-EINVAL); the
 * range must lie below TASK_SIZE and be wholly mapped (-ENOMEM); vec gets
 * (len + PAGE_SIZE - 1) / PAGE_SIZE bytes (-EFAULT if it cannot).
 */
SYSCALL_DEFINE3(mincore, unsigned long, start, size_t, len, unsigned char __user *, vec)
{
	unsigned char buf[64];
	unsigned long pages;

	if (start & ~PAGE_MASK)
		return -EINVAL;
	if (!access_ok((void *)start, len))
		return -ENOMEM;
	pages = (len >> PAGE_SHIFT) + ((len & ~PAGE_MASK) != 0);
	if (!access_ok(vec, pages))
		return -EFAULT;
	while (pages) {
		long done = do_mincore(start, min(pages, sizeof(buf)), buf);

		if (done < 0)
			return done;
		if (copy_to_user(vec, buf, done))
			return -EFAULT;
		pages -= done;
		vec += done;
		start += done << PAGE_SHIFT;
	}
	return 0;
}
