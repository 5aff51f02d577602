/*
 * mremap: resize a mapping, moving it if it cannot grow where it is.
 *
 * Shrinking is an munmap of the tail. Growing first tries in place: if
 * [addr, addr + old_len) ends its VMA and the space after it is free, the
 * VMA is simply extended (vma_adjust). Otherwise, with MREMAP_MAYMOVE, a
 * new VMA is made at a free address (copy_vma, which may merge it with a
 * neighbour there), the page-table entries are moved to it
 * (move_page_tables, mm/memory.c) so the pages keep their contents without
 * copying, and the old range is unmapped. MREMAP_FIXED chooses the
 * destination and unmaps whatever was there first.
 */
#include <fs/fs.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <mm/mm.h>
#include <mm/rmap.h>
#include <uapi/errno.h>
#include <uapi/mman.h>

/*
 * A VMA of len bytes at addr with vma's flags, file and pgoff: a neighbour
 * extended by vma_merge, or a new VMA. *vmap is updated if the merge
 * swallowed the source VMA. NULL when out of memory.
 */
static struct vm_area_struct *copy_vma(struct vm_area_struct **vmap, unsigned long addr,
				       unsigned long len, unsigned long pgoff)
{
	struct vm_area_struct *vma = *vmap, *new_vma, *prev;
	struct mm_struct *mm = vma->vm_mm;
	unsigned long vma_start = vma->vm_start;
	struct rb_node **rb_link, *rb_parent;

	find_vma_prepare(mm, addr, &prev, &rb_link, &rb_parent);
	new_vma = vma_merge(mm, prev, addr, addr + len, vma->vm_flags, vma->anon_vma,
			    vma->vm_file, pgoff);
	if (new_vma) {
		/* The neighbour will hold the moved pages: it must be on their reverse map. */
		anon_vma_import(new_vma, vma);
		if (vma_start >= new_vma->vm_start && vma_start < new_vma->vm_end)
			*vmap = new_vma;
		return new_vma;
	}
	if (!may_add_vma(mm))
		return NULL;
	new_vma = vm_area_alloc(mm);
	if (!new_vma)
		return NULL;
	*new_vma = *vma;
	INIT_LIST_HEAD(&new_vma->shared);
	RB_CLEAR_NODE(&new_vma->vm_rb);
	anon_vma_link(new_vma);	/* the moved pages keep their reverse map */
	new_vma->vm_start = addr;
	new_vma->vm_end = addr + len;
	new_vma->vm_pgoff = pgoff;
	if (new_vma->vm_file)
		get_file(new_vma->vm_file);
	if (new_vma->vm_ops && new_vma->vm_ops->open)
		new_vma->vm_ops->open(new_vma);
	vma_link(mm, new_vma, prev, rb_link, rb_parent);
	return new_vma;
}

/* Move [old_addr, +old_len) of vma to a VMA of new_len bytes at new_addr. */
static unsigned long move_vma(struct vm_area_struct *vma, unsigned long old_addr,
			      unsigned long old_len, unsigned long new_len,
			      unsigned long new_addr)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_area_struct *new_vma;
	unsigned long vm_flags = vma->vm_flags;
	unsigned long new_pgoff, moved;

	/* Up to three more VMAs: the new one and splits at both old edges. */
	if (mm->map_count >= sysctl_max_map_count - 3)
		return -ENOMEM;
	new_pgoff = vma->vm_pgoff + ((old_addr - vma->vm_start) >> PAGE_SHIFT);
	new_vma = copy_vma(&vma, new_addr, new_len, new_pgoff);
	if (!new_vma)
		return -ENOMEM;
	moved = move_page_tables(vma, old_addr, new_vma, new_addr, old_len);
	if (moved < old_len) {
		/* Out of page tables: put back what moved, drop the new range. */
		move_page_tables(new_vma, new_addr, vma, old_addr, moved);
		mm->total_vm += new_len >> PAGE_SHIFT;
		if (vm_flags & VM_ACCOUNT)	/* do_munmap gives back what was never charged */
			vm_acct_memory(new_len >> PAGE_SHIFT);
		do_munmap(mm, new_addr, new_len);
		return -ENOMEM;
	}
	/*
	 * do_munmap uncounts the old range; count the new one. Its commit
	 * charge is the old range's (and the growth's, charged before): add
	 * back what do_munmap is about to give back.
	 */
	mm->total_vm += new_len >> PAGE_SHIFT;
	if (vm_flags & VM_LOCKED)
		mm->locked_vm += new_len >> PAGE_SHIFT;
	if (vm_flags & VM_ACCOUNT)
		vm_acct_memory(old_len >> PAGE_SHIFT);
	do_munmap(mm, old_addr, old_len);
	if ((vm_flags & VM_LOCKED) && new_len > old_len)
		make_pages_present(mm, new_addr + old_len, new_addr + new_len);
	return new_addr;
}

/* The VMA holding [addr, addr+old_len) that may grow to new_len, or -errno. */
static long vma_to_resize(struct mm_struct *mm, unsigned long addr, unsigned long old_len,
			  unsigned long new_len, struct vm_area_struct **vmap)
{
	struct vm_area_struct *vma = find_vma(mm, addr);

	if (!vma || vma->vm_start > addr)
		return -EFAULT;
	if (old_len > vma->vm_end - addr)
		return -EFAULT;		/* the old range spans several VMAs */
	if (new_len > old_len && (vma->vm_flags & (VM_DONTEXPAND | VM_PFNMAP)))
		return -EFAULT;
	if (new_len > old_len && !may_expand_vm(mm, (new_len - old_len) >> PAGE_SHIFT))
		return -ENOMEM;		/* RLIMIT_AS */
	/* The growth of a charged VMA is charged now; the caller gives it back on failure. */
	if (new_len > old_len && (vma->vm_flags & VM_ACCOUNT) &&
	    __vm_enough_memory((new_len - old_len) >> PAGE_SHIFT))
		return -ENOMEM;
	*vmap = vma;
	return 0;
}

/* What vma_to_resize charged for growing vma from old_len to new_len. */
static unsigned long resize_charge(struct vm_area_struct *vma, unsigned long old_len,
				   unsigned long new_len)
{
	if (new_len <= old_len || !(vma->vm_flags & VM_ACCOUNT))
		return 0;
	return (new_len - old_len) >> PAGE_SHIFT;
}

/* move_vma, giving back the growth's charge if the move fails. */
static unsigned long move_vma_charged(struct vm_area_struct *vma, unsigned long old_addr,
				      unsigned long old_len, unsigned long new_len,
				      unsigned long new_addr)
{
	unsigned long charged = resize_charge(vma, old_len, new_len);
	unsigned long ret = move_vma(vma, old_addr, old_len, new_len, new_addr);

	if (IS_ERR_VALUE(ret) && charged)
		vm_unacct_memory(charged);
	return ret;
}

/* Is the space just after vma free for delta more bytes? */
static bool vma_expandable(struct vm_area_struct *vma, unsigned long delta)
{
	unsigned long end = vma->vm_end + delta;

	if (end < vma->vm_end || end > TASK_SIZE)
		return false;
	return !vma->vm_next || vma->vm_next->vm_start >= end;
}

/* MREMAP_FIXED: the caller names the destination, which is cleared first. */
static unsigned long mremap_to(struct mm_struct *mm, unsigned long addr,
			       unsigned long old_len, unsigned long new_addr,
			       unsigned long new_len)
{
	struct vm_area_struct *vma;
	long ret;

	if (new_addr & ~PAGE_MASK)
		return -EINVAL;
	if (new_len > TASK_SIZE || new_addr > TASK_SIZE - new_len)
		return -EINVAL;
	if (addr + old_len > new_addr && new_addr + new_len > addr)
		return -EINVAL;		/* old and new overlap */
	ret = do_munmap(mm, new_addr, new_len);
	if (ret)
		return ret;
	if (old_len >= new_len) {
		ret = do_munmap(mm, addr + new_len, old_len - new_len);
		if (ret && old_len != new_len)
			return ret;
		old_len = new_len;
	}
	ret = vma_to_resize(mm, addr, old_len, new_len, &vma);
	if (ret)
		return ret;
	return move_vma_charged(vma, addr, old_len, new_len, new_addr);
}

/*
 * mremap(2) on current->mm: resize the mapping [addr, addr + old_len) to
 * new_len bytes (both rounded up to pages). Shrinking unmaps the tail;
 * growing extends the VMA in place when the space after it is free, else
 * moves it if flags has MREMAP_MAYMOVE; MREMAP_FIXED (with MAYMOVE) moves
 * it to new_addr, unmapping what was there. Pages keep their contents.
 * Returns the (new) address, or -EINVAL (bad flags, an unaligned address,
 * a zero length, old and new overlapping), -EFAULT (the old range is not
 * within one VMA, or that VMA may not grow), or -ENOMEM (no room in place
 * without MAYMOVE, nowhere to move to, the map-count limit).
 */
unsigned long do_mremap(unsigned long addr, unsigned long old_len,
			unsigned long new_len, unsigned long flags,
			unsigned long new_addr)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	unsigned long pgoff;
	long ret;

	if (flags & ~(MREMAP_FIXED | MREMAP_MAYMOVE))
		return -EINVAL;
	if ((flags & MREMAP_FIXED) && !(flags & MREMAP_MAYMOVE))
		return -EINVAL;
	if (addr & ~PAGE_MASK)
		return -EINVAL;
	old_len = PAGE_ALIGN(old_len);
	new_len = PAGE_ALIGN(new_len);
	if (!new_len || !old_len)
		return -EINVAL;
	if (flags & MREMAP_FIXED)
		return mremap_to(mm, addr, old_len, new_addr, new_len);
	if (old_len >= new_len) {
		ret = do_munmap(mm, addr + new_len, old_len - new_len);
		if (ret && old_len != new_len)
			return ret;
		return addr;
	}
	ret = vma_to_resize(mm, addr, old_len, new_len, &vma);
	if (ret)
		return ret;
	if (old_len == vma->vm_end - addr && vma_expandable(vma, new_len - old_len)) {
		unsigned long grow = (new_len - old_len) >> PAGE_SHIFT;

		vma_adjust(vma, vma->vm_start, addr + new_len, vma->vm_pgoff, NULL);
		mm->total_vm += grow;
		if (vma->vm_flags & VM_LOCKED) {
			mm->locked_vm += grow;
			make_pages_present(mm, addr + old_len, addr + new_len);
		}
		validate_mm(mm);
		return addr;
	}
	if (!(flags & MREMAP_MAYMOVE))
		goto unacct;
	pgoff = vma->vm_pgoff + ((addr - vma->vm_start) >> PAGE_SHIFT);
	new_addr = get_unmapped_area(vma->vm_file, 0, new_len, pgoff,
				     (vma->vm_flags & VM_MAYSHARE) ? MAP_SHARED : MAP_PRIVATE);
	if (IS_ERR_VALUE(new_addr))
		goto unacct;
	return move_vma_charged(vma, addr, old_len, new_len, new_addr);
unacct:
	if (resize_charge(vma, old_len, new_len))
		vm_unacct_memory(resize_charge(vma, old_len, new_len));
	return -ENOMEM;
}

/* mremap(addr, old_len, new_len, flags, new_addr): see do_mremap. */
SYSCALL_DEFINE5(mremap, unsigned long, addr, unsigned long, old_len, unsigned long, new_len,
		unsigned long, flags, unsigned long, new_addr)
{
	return do_mremap(addr, old_len, new_len, flags, new_addr);
}
