/*
 * madvise(2): hints about how a range will be used. Two change anything
 * here: MADV_DONTNEED throws the pages away (the next touch of an
 * anonymous page reads zeros, the next touch of a private file page reads
 * the file again: any private copy is lost), and MADV_PAGEOUT evicts
 * them as reclaim would (their contents come back on the next touch, from
 * swap or the file). The others are accepted and ignored, which Linux
 * allows: they are hints.
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
	case MADV_PAGEOUT:
		return true;
	}
	return false;
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
	return walk_vma_range(current->mm, start, end, madvise_vma, behavior);
}
