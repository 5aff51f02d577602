/*
 * msync(2): make the file see what a shared mapping holds.
 *
 * A store through a MAP_SHARED mapping lands in the page-cache page itself,
 * so read() sees it at once; what msync adds is telling the page cache
 * which pages changed. The hardware recorded that in the dirty bit of each
 * page-table entry: we move the bit to the page (set_page_dirty), clear it
 * in the entry so the next store sets it again, and for MS_SYNC have the
 * filesystem write the file's dirty pages (f_op->fsync) before returning.
 * MS_ASYNC only marks the pages; writeback happens at fsync, munmap or exit.
 * MS_INVALIDATE has nothing to do on a kernel with one coherent page cache,
 * except refusing locked pages, as Linux does.
 */
#include <asm/pgtable.h>
#include <asm/tlbflush.h>
#include <fs/fs.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <mm/memory.h>
#include <mm/mm.h>
#include <mm/page.h>
#include <uapi/errno.h>
#include <uapi/mman.h>

/* Move the dirty bits of [start, end) in a shared file VMA to the pages. */
static void msync_dirty_ptes(struct vm_area_struct *vma, unsigned long start,
			     unsigned long end)
{
	unsigned long addr;
	bool cleaned = false;

	for (addr = start; addr < end; addr += PAGE_SIZE) {
		pte_t *pte = pte_lookup(vma->vm_mm, addr);
		struct page *page;

		if (!pte || !pte_present(*pte) || !pte_dirty(*pte))
			continue;
		page = vm_normal_page(*pte);
		if (!page || !page->mapping)
			continue;
		set_pte(pte, pte_mkclean(*pte));
		set_page_dirty(page);
		cleaned = true;
	}
	/* A cached entry with D set would let the next store skip setting it. */
	if (cleaned)
		flush_tlb_range(vma, start, end);
}

/* msync the part [start, end) of one VMA. */
static int msync_vma(struct vm_area_struct *vma, unsigned long start,
		     unsigned long end, int flags)
{
	struct file *file = vma->vm_file;

	if ((flags & MS_INVALIDATE) && (vma->vm_flags & VM_LOCKED))
		return -EBUSY;
	if (!file || !(vma->vm_flags & VM_SHARED))
		return 0;
	msync_dirty_ptes(vma, start, end);
	if ((flags & MS_SYNC) && file->f_op && file->f_op->fsync)
		return file->f_op->fsync(file);
	return 0;
}

/*
 * msync(start, len, flags): -EINVAL for unknown flags, MS_SYNC together
 * with MS_ASYNC, or an unaligned start; -ENOMEM if part of the range is
 * unmapped (the mapped parts are still synced); -EBUSY for MS_INVALIDATE
 * of locked pages; an error from the filesystem's writeback.
 */
SYSCALL_DEFINE3(msync, unsigned long, start, size_t, len, int, flags)
{
	unsigned long end;

	if (flags & ~(MS_ASYNC | MS_INVALIDATE | MS_SYNC))
		return -EINVAL;
	if ((flags & MS_ASYNC) && (flags & MS_SYNC))
		return -EINVAL;
	if (start & ~PAGE_MASK)
		return -EINVAL;
	len = PAGE_ALIGN(len);
	end = start + len;
	if (end < start)
		return -ENOMEM;
	if (end == start)
		return 0;
	return walk_vma_range(current->mm, start, end, msync_vma, flags);
}
