/*
 * madvise(2): hints about how a range will be used. MADV_DONTNEED throws
 * the pages away: the next touch of an anonymous page reads zeros, the
 * next touch of a private file page reads the file again (any private
 * copy is lost). MADV_PAGEOUT evicts them as reclaim would (their
 * contents come back on the next touch, from swap or the file).
 * MADV_DONTFORK/DOFORK and MADV_DONTDUMP/DODUMP set or clear a VMA flag
 * (VM_DONTCOPY: fork leaves the range out of the child; VM_DONTDUMP: core
 * dumps leave it out), splitting and merging VMAs as mprotect does. The
 * read-ahead hints are accepted and ignored, which Linux allows: they are
 * hints.
 */
#include <asm/pgtable.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <mm/mm.h>
#include <mm/swap.h>
#include <uapi/errno.h>
#include <uapi/mman.h>

static bool madvise_behavior_valid(int behavior)
{
	switch (behavior) {
	case MADV_NORMAL:
	case MADV_RANDOM:
	case MADV_SEQUENTIAL:
	case MADV_WILLNEED:
	case MADV_DONTNEED:
	case MADV_DONTFORK:
	case MADV_DOFORK:
	case MADV_DONTDUMP:
	case MADV_DODUMP:
	case MADV_PAGEOUT:
		return true;
	}
	return false;
}

/* Does the advice set or clear a VMA flag (madvise_update_range)? */
static bool madvise_changes_flags(int behavior)
{
	return behavior == MADV_DONTFORK || behavior == MADV_DOFORK ||
	       behavior == MADV_DONTDUMP || behavior == MADV_DODUMP;
}

/* The VMA's flags under the advice, or -EINVAL where Linux refuses it (device memory). */
static long madvise_new_flags(struct vm_area_struct *vma, int behavior)
{
	unsigned long flags = vma->vm_flags;

	switch (behavior) {
	case MADV_DONTFORK:
		return flags | VM_DONTCOPY;
	case MADV_DOFORK:
		return (flags & VM_IO) ? -EINVAL : (long)(flags & ~VM_DONTCOPY);
	case MADV_DONTDUMP:
		return flags | VM_DONTDUMP;
	}
	return (flags & VM_SPECIAL) ? -EINVAL : (long)(flags & ~VM_DONTDUMP);	/* MADV_DODUMP */
}

/*
 * Apply flag advice to each VMA of [start, end) (Linux's madvise_update_vma
 * in its madvise loop): 0, the first error, or -ENOMEM after the mapped
 * parts were done if there was a hole, as for the other advice.
 */
static int madvise_update_range(struct mm_struct *mm, unsigned long start, unsigned long end,
				int behavior)
{
	struct vm_area_struct *prev, *vma = find_vma_prev(mm, start, &prev);
	int unmapped = 0;

	if (vma && start > vma->vm_start)
		prev = vma;
	for (;;) {
		long newflags;
		int err;

		if (!vma)
			return -ENOMEM;
		if (start < vma->vm_start) {
			unmapped = -ENOMEM;
			start = vma->vm_start;
			if (start >= end)
				return unmapped;
		}
		newflags = madvise_new_flags(vma, behavior);
		if (newflags < 0)
			return newflags;
		err = vma_modify_flags(vma, &prev, start, min(end, vma->vm_end), newflags);
		if (err)
			return err;
		/* A merge may have swallowed what follows: continue after prev. */
		start = prev->vm_end;
		if (start >= end)
			return unmapped;
		vma = prev->vm_next;
	}
}

/* Drop the pages of [start, end) in vma; locked pages may not be dropped (Linux: -EINVAL). */
static int madvise_dontneed(struct vm_area_struct *vma, unsigned long start,
			    unsigned long end)
{
	if (vma->vm_flags & VM_LOCKED)
		return -EINVAL;
	zap_page_range(vma, start, end);
	return 0;
}

/*
 * Reclaim the pages of [start, end) in vma now (Linux 5.4+): anonymous ones
 * go to swap if there is swap, file ones are written back if dirty and
 * dropped. Locked regions refuse (-EINVAL, as Linux).
 */
static int madvise_pageout(struct vm_area_struct *vma, unsigned long start,
			   unsigned long end)
{
	if (vma->vm_flags & (VM_LOCKED | VM_PFNMAP))
		return -EINVAL;
	reclaim_pages_range(vma, start, end);
	return 0;
}

/* Apply behavior to the part [start, end) of one VMA. */
static int madvise_vma(struct vm_area_struct *vma, unsigned long start,
		       unsigned long end, int behavior)
{
	if (behavior == MADV_DONTNEED)
		return madvise_dontneed(vma, start, end);
	if (behavior == MADV_PAGEOUT)
		return madvise_pageout(vma, start, end);
	return 0;
}

/*
 * madvise(start, len, advice): start page-aligned and advice known, else
 * -EINVAL; len rounds up to whole pages; 0 for an empty range; -ENOMEM if
 * part of the range is not mapped.
 */
SYSCALL_DEFINE3(madvise, unsigned long, start, size_t, len_in, int, behavior)
{
	unsigned long len, end;

	if (!madvise_behavior_valid(behavior))
		return -EINVAL;
	if (start & ~PAGE_MASK)
		return -EINVAL;
	len = PAGE_ALIGN(len_in);
	if (len_in && !len)
		return -EINVAL;		/* rounding wrapped */
	end = start + len;
	if (end < start)
		return -EINVAL;
	if (end == start)
		return 0;
	if (madvise_changes_flags(behavior))
		return madvise_update_range(current->mm, start, end, behavior);
	return walk_vma_range(current->mm, start, end, madvise_vma, behavior);
}
