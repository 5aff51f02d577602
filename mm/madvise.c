/*
 * madvise(2): hints about how a range will be used. The only advice that
 * changes anything here is MADV_DONTNEED, which throws the pages away: the
 * next touch of an anonymous page reads zeros, the next touch of a private
 * file page reads the file again (any private copy is lost). The others
 * are accepted and ignored, which Linux allows: they are hints.
 */
#include <asm/pgtable.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <mm/mm.h>
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

/* Apply behavior to the part [start, end) of one VMA. */
static int madvise_vma(struct vm_area_struct *vma, unsigned long start,
		       unsigned long end, int behavior)
{
	if (behavior == MADV_DONTNEED)
		return madvise_dontneed(vma, start, end);
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
