/*
 * mprotect: change the permissions of a range of pages.
 *
 * The range may cover several VMAs and parts of VMAs. Each piece gets its
 * new flags through mprotect_fixup, which first tries to merge the piece
 * into a neighbour that already has those flags (vma_merge cases 4-8), and
 * otherwise splits the VMA so that the piece is a VMA of its own. Only then
 * are the page-table entries rewritten (change_protection, mm/memory.c).
 * A later mprotect back to the old flags merges the pieces again, so a
 * region does not fragment for ever.
 *
 * A permission is allowed only if the matching VM_MAY* flag is set: those
 * were fixed at mmap time from how the file was opened.
 */
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <mm/mm.h>
#include <uapi/errno.h>
#include <uapi/mman.h>

/*
 * Give [start, end), which lies inside vma, the flags newflags: merge it
 * into a neighbour that has them already, or split vma so that the range
 * is a VMA of its own; then set vm_page_prot and rewrite the PTEs. On
 * entry *pprev is the VMA before vma (or vma itself when start is inside
 * it); on success it is the VMA now covering the range, so the caller's
 * loop continues after it. A private range made writable for the first
 * time is charged to the commit (VM_ACCOUNT). Returns 0, or -ENOMEM when
 * the commit refuses or a split fails (out of memory or the map-count
 * limit). The caller has checked newflags
 * against VM_MAY*.
 */
int mprotect_fixup(struct vm_area_struct *vma, struct vm_area_struct **pprev,
		   unsigned long start, unsigned long end, unsigned long newflags)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long pgoff, charged = 0;
	int error;

	if (newflags == vma->vm_flags) {
		*pprev = vma;
		return 0;
	}
	/* Private memory becoming writable for the first time is charged now (as Linux). */
	if ((newflags & VM_WRITE) &&
	    !(vma->vm_flags & (VM_ACCOUNT | VM_WRITE | VM_SHARED | VM_NORESERVE))) {
		charged = (end - start) >> PAGE_SHIFT;
		if (__vm_enough_memory(charged))
			return -ENOMEM;
		newflags |= VM_ACCOUNT;
	}
	pgoff = vma->vm_pgoff + ((start - vma->vm_start) >> PAGE_SHIFT);
	*pprev = vma_merge(mm, *pprev, start, end, newflags, vma->anon_vma, vma->vm_file,
			   pgoff);
	if (*pprev) {
		vma = *pprev;
		goto success;
	}
	*pprev = vma;
	if (start != vma->vm_start) {
		error = split_vma(mm, vma, start, 1);	/* vma keeps the upper part */
		if (error)
			goto fail;
	}
	if (end != vma->vm_end) {
		error = split_vma(mm, vma, end, 0);	/* vma keeps the lower part */
		if (error)
			goto fail;
	}
success:
	vma->vm_flags = newflags;
	vma->vm_page_prot = vm_get_page_prot(newflags);
	change_protection(vma, start, end, vma->vm_page_prot);
	validate_mm(mm);
	return 0;
fail:
	if (charged)
		vm_unacct_memory(charged);
	return error;
}

/* Check the arguments; on success *pend is the page-aligned end. */
static long mprotect_check(unsigned long start, size_t len, unsigned long prot,
			   unsigned long *pend)
{
	if (start & ~PAGE_MASK)
		return -EINVAL;
	if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC | PROT_GROWSDOWN))
		return -EINVAL;
	*pend = start + PAGE_ALIGN(len);
	if (*pend < start || (len && *pend == start))
		return -ENOMEM;		/* wrapped around */
	return 0;
}

/*
 * mprotect(2) on current->mm: give [start, start + len), len rounded up to
 * pages, the protection prot (PROT_READ/WRITE/EXEC; PROT_GROWSDOWN extends
 * the range down to the start of the stack region it begins in). Returns
 * 0, -EINVAL (unaligned start, unknown prot bits, PROT_GROWSDOWN outside a
 * stack), -ENOMEM (a wrapping range, or a hole in it: the VMAs before the
 * hole were already changed, as in Linux) or -EACCES (a permission the
 * VMA's VM_MAY* flags forbid).
 */
long do_mprotect(unsigned long start, size_t len, unsigned long prot)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma, *prev;
	unsigned long end, nstart, tmp, vm_flags, newflags;
	long error;

	error = mprotect_check(start, len, prot, &end);
	if (error || !len)
		return error;
	vm_flags = (prot & PROT_READ ? VM_READ : 0) | (prot & PROT_WRITE ? VM_WRITE : 0) |
		   (prot & PROT_EXEC ? VM_EXEC : 0);
	vma = find_vma_prev(mm, start, &prev);
	if (!vma)
		return -ENOMEM;
	if (prot & PROT_GROWSDOWN) {
		/* Apply down to the start of the stack region. */
		if (vma->vm_start >= end)
			return -ENOMEM;
		if (!(vma->vm_flags & VM_GROWSDOWN))
			return -EINVAL;
		start = vma->vm_start;
	} else if (vma->vm_start > start) {
		return -ENOMEM;		/* start is in a hole */
	}
	if (start > vma->vm_start)
		prev = vma;
	for (nstart = start;;) {
		newflags = vm_flags | (vma->vm_flags & ~(VM_READ | VM_WRITE | VM_EXEC));
		/* Each VM_x needs its VM_MAYx, four bits higher. */
		if ((newflags & ~(newflags >> 4)) & (VM_READ | VM_WRITE | VM_EXEC))
			return -EACCES;
		tmp = min(vma->vm_end, end);
		error = mprotect_fixup(vma, &prev, nstart, tmp, newflags);
		if (error)
			return error;
		nstart = max(tmp, prev->vm_end);
		if (nstart >= end)
			return 0;
		vma = prev->vm_next;
		if (!vma || vma->vm_start != nstart)
			return -ENOMEM;	/* a hole inside the range */
	}
}

/* mprotect(start, len, prot): see do_mprotect. */
SYSCALL_DEFINE3(mprotect, unsigned long, start, size_t, len, unsigned long, prot)
{
	return do_mprotect(start, len, prot);
}
