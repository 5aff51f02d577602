/*
 * mlock(2), munlock(2), mlockall(2), munlockall(2): VM_LOCKED.
 *
 * Without swap nothing is ever paged out, so what locking changes here is
 * when pages arrive: a locked range is faulted in completely at once
 * (make_pages_present), the way the book describes, instead of page by page
 * on first touch. MAP_LOCKED and MAP_POPULATE take the same path from
 * do_mmap_pgoff. The flag itself is kept exactly, splitting and merging
 * VMAs like mprotect does, so /proc/PID/maps and munlock behave as in Linux.
 */
#include <asm/pgtable.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <mm/mm.h>
#include <uapi/errno.h>
#include <uapi/mman.h>

/*
 * Give [start, end) of vma the flags newflags (VM_LOCKED set or clear),
 * merging with a neighbour or splitting vma as needed (vma_modify_flags),
 * and count the change in locked_vm. *prev is the VMA before the range on
 * entry and the VMA that ends at end on return.
 */
static int mlock_fixup(struct vm_area_struct *vma, struct vm_area_struct **prev,
		       unsigned long start, unsigned long end, unsigned long newflags)
{
	struct mm_struct *mm = vma->vm_mm;
	long nr_pages = (end - start) >> PAGE_SHIFT;
	int err;

	if (newflags == vma->vm_flags) {
		*prev = vma;
		return 0;
	}
	err = vma_modify_flags(vma, prev, start, end, newflags);
	if (err)
		return err;
	mm->locked_vm += (newflags & VM_LOCKED) ? nr_pages : -nr_pages;
	if (newflags & VM_LOCKED)
		return make_pages_present(mm, start, end);
	return 0;
}

/* Set (on) or clear VM_LOCKED on [start, end); -ENOMEM if part of it is unmapped. */
static int do_mlock(unsigned long start, unsigned long end, bool on)
{
	struct vm_area_struct *vma, *prev;
	unsigned long nstart;

	vma = find_vma_prev(current->mm, start, &prev);
	if (!vma || vma->vm_start > start)
		return -ENOMEM;
	if (start > vma->vm_start)
		prev = vma;
	for (nstart = start;;) {
		unsigned long newflags = (vma->vm_flags & ~VM_LOCKED) | (on ? VM_LOCKED : 0);
		unsigned long tmp = min(end, vma->vm_end);
		int err = mlock_fixup(vma, &prev, nstart, tmp, newflags);

		if (err)
			return err;
		/* A merge may have swallowed what follows: continue after prev. */
		nstart = max(tmp, prev->vm_end);
		if (nstart >= end)
			return 0;
		vma = prev->vm_next;
		if (!vma || vma->vm_start != nstart)
			return -ENOMEM;
	}
}

/* The page range [start & PAGE_MASK, PAGE_ALIGN(start + len)); false on wrap. */
static bool mlock_range(unsigned long *start, unsigned long *end, unsigned long len)
{
	unsigned long s = *start & PAGE_MASK;
	unsigned long e = PAGE_ALIGN(*start + len);

	if (*start + len < *start || e < s)
		return false;
	*start = s;
	*end = e;
	return true;
}

/*
 * RLIMIT_MEMLOCK for an unprivileged caller about to lock `pages` more
 * pages: 0, -EPERM with a limit of 0, -ENOMEM past it. Root is not limited
 * (Linux: CAP_IPC_LOCK).
 */
static int mlock_limit(unsigned long pages)
{
	unsigned long lim = rlimit(RLIMIT_MEMLOCK);

	if (current->euid == 0 || lim == RLIM_INFINITY)
		return 0;
	if (!lim)
		return -EPERM;
	return ((current->mm->locked_vm + pages) << PAGE_SHIFT) > lim ? -ENOMEM : 0;
}

/*
 * May mm get len more bytes of mapping with vm_flags? Only VM_LOCKED ones
 * (mlockall's MCL_FUTURE, MAP_LOCKED) count, against RLIMIT_MEMLOCK for an
 * unprivileged caller (Linux's mlock_future_check, 3.x): 0 or -EAGAIN.
 */
int mlock_future_check(struct mm_struct *mm, unsigned long vm_flags, unsigned long len)
{
	unsigned long lim = rlimit(RLIMIT_MEMLOCK);

	if (!(vm_flags & VM_LOCKED) || current->euid == 0 || lim == RLIM_INFINITY)
		return 0;
	return mm->locked_vm + (len >> PAGE_SHIFT) > (lim >> PAGE_SHIFT) ? -EAGAIN : 0;
}

/*
 * mlock(start, len): lock and fault in every page of the range; -ENOMEM if
 * unmapped or past RLIMIT_MEMLOCK, -EPERM if that limit is 0 (unprivileged).
 */
SYSCALL_DEFINE2(mlock, unsigned long, start, size_t, len)
{
	unsigned long end;
	int err;

	if (!mlock_range(&start, &end, len))
		return -EINVAL;
	if (start == end)
		return 0;
	err = mlock_limit((end - start) >> PAGE_SHIFT);
	return err ? err : do_mlock(start, end, true);
}

/* munlock(start, len): clear the lock; the pages stay resident. */
SYSCALL_DEFINE2(munlock, unsigned long, start, size_t, len)
{
	unsigned long end;

	if (!mlock_range(&start, &end, len))
		return -EINVAL;
	if (start == end)
		return 0;
	return do_mlock(start, end, false);
}

/* Lock or unlock every VMA of the current address space. */
static int do_mlockall(bool on)
{
	struct vm_area_struct *vma, *prev = NULL;

	for (vma = current->mm->mmap; vma; vma = prev->vm_next) {
		unsigned long newflags = (vma->vm_flags & ~VM_LOCKED) | (on ? VM_LOCKED : 0);
		int err = mlock_fixup(vma, &prev, vma->vm_start, vma->vm_end, newflags);

		if (err)
			return err;
	}
	return 0;
}

/*
 * mlockall(flags): MCL_CURRENT locks what is mapped now; MCL_FUTURE makes
 * later mappings locked too (mm->def_flags). No flag, or an unknown one,
 * is -EINVAL.
 */
SYSCALL_DEFINE1(mlockall, int, flags)
{
	if (!flags || (flags & ~(MCL_CURRENT | MCL_FUTURE)))
		return -EINVAL;
	if (current->euid != 0 && !rlimit(RLIMIT_MEMLOCK))
		return -EPERM;
	if ((flags & MCL_CURRENT) && mlock_limit(current->mm->total_vm - current->mm->locked_vm))
		return -ENOMEM;
	current->mm->def_flags &= ~VM_LOCKED;
	if (flags & MCL_FUTURE)
		current->mm->def_flags |= VM_LOCKED;
	if (flags & MCL_CURRENT)
		return do_mlockall(true);
	return 0;
}

/* munlockall(): clear VM_LOCKED everywhere, now and for later mappings. */
SYSCALL_DEFINE0(munlockall)
{
	current->mm->def_flags &= ~VM_LOCKED;
	return do_mlockall(false);
}
