/*
 * /proc/PID/pagemap (Linux's fs/proc/task_mmu.c, Documentation's
 * admin-guide/mm/pagemap): the page tables of a process as a file, one
 * 64-bit entry per virtual page, entry N at byte 8 * N for the page at
 * address N * 4096. A student can watch demand paging with it: which
 * pages of a mapping have a frame, which frame, and whether the process
 * is its only mapper.
 *
 *   bit 63		present: a page-table entry maps a frame
 *   bit 62		swapped: bits 0-4 the swap area, 5-54 the slot
 *   bit 61		a file page or shared anonymous memory
 *   bit 56		mapped exclusively (by this one entry)
 *   bit 55		soft-dirty: set on every page of a VMA, as Linux sets
 *			it on new VMAs (there is no clear_refs to clear it)
 *   bits 0-54	the frame number, for root only (0 for others, as
 *			Linux since 4.2)
 *
 * Pages outside every VMA read as 0. Reads must be whole entries at
 * whole-entry offsets (EINVAL otherwise); the file ends at TASK_SIZE.
 */
#include <asm/pgtable.h>
#include <asm/uaccess.h>
#include <fs/fs.h>
#include <fs/procfs.h>
#include <kernel/sched.h>
#include <mm/memory.h>
#include <mm/mm.h>
#include <mm/mm_types.h>
#include <mm/page.h>
#include <mm/slab.h>
#include <mm/swapops.h>
#include <uapi/errno.h>
#include <uapi/fs.h>

#define PM_ENTRY_BYTES		8
#define PM_PFRAME_MASK		((1ULL << 55) - 1)
#define PM_SOFT_DIRTY		(1ULL << 55)
#define PM_MMAP_EXCLUSIVE	(1ULL << 56)
#define PM_FILE			(1ULL << 61)
#define PM_SWAP			(1ULL << 62)
#define PM_PRESENT		(1ULL << 63)
#define PM_CHUNK		512		/* entries built per copy to the user */

/* The entry for the page at addr of mm; show_pfn: the reader is root. */
static u64 pagemap_entry(struct mm_struct *mm, unsigned long addr, bool show_pfn)
{
	struct vm_area_struct *vma = find_vma(mm, addr);
	struct page *page;
	pte_t *pte;
	u64 entry;

	if (!vma || vma->vm_start > addr)
		return 0;
	entry = PM_SOFT_DIRTY;
	pte = pte_lookup(mm, addr);
	if (pte && is_swap_pte(*pte)) {
		swp_entry_t swp = pte_to_swp_entry(*pte);

		/* Linux's layout: the area in bits 0-4, the slot above. */
		return entry | PM_SWAP | (((u64)swp_offset(swp) << 5 | swp_type(swp)) & PM_PFRAME_MASK);
	}
	if (!pte || !pte_present(*pte))
		return entry;
	entry |= PM_PRESENT;
	if (show_pfn)
		entry |= pte_pfn(*pte) & PM_PFRAME_MASK;
	page = vm_normal_page(*pte);
	if (page && !PageAnon(page))
		entry |= PM_FILE;
	if (page && page_mapcount(page) == 1)
		entry |= PM_MMAP_EXCLUSIVE;
	return entry;
}

static struct task_struct *pagemap_task(struct file *file)
{
	return find_task_by_pid(proc_inode_pid(file->f_inode));
}

/* The owner of the process or root may read its page tables (Linux: ptrace's read mode). */
static int pagemap_open(struct inode *inode, struct file *file)
{
	struct task_struct *p = find_task_by_pid(proc_inode_pid(inode));

	if (!p)
		return -ENOENT;
	if (current->euid != 0 && current->euid != p->euid)
		return -EACCES;
	return 0;
}

static ssize_t pagemap_read(struct file *file, char __user *ubuf, size_t n, loff_t *pos)
{
	struct task_struct *p = pagemap_task(file);
	unsigned long vpn = *pos / PM_ENTRY_BYTES, end_vpn = TASK_SIZE >> PAGE_SHIFT;
	bool show_pfn = current->euid == 0;
	size_t done = 0;
	u64 *buf;

	if (!p || !p->mm)
		return p ? 0 : -ESRCH;
	if ((*pos % PM_ENTRY_BYTES) || (n % PM_ENTRY_BYTES))
		return -EINVAL;
	buf = kmalloc(PM_CHUNK * PM_ENTRY_BYTES);
	if (!buf)
		return -ENOMEM;
	while (done < n && vpn < end_vpn) {
		size_t k, count = min((size_t)PM_CHUNK, (n - done) / PM_ENTRY_BYTES);

		count = min(count, (size_t)(end_vpn - vpn));
		for (k = 0; k < count; k++)
			buf[k] = pagemap_entry(p->mm, (vpn + k) << PAGE_SHIFT, show_pfn);
		if (copy_to_user(ubuf + done, buf, count * PM_ENTRY_BYTES)) {
			kfree(buf);
			return done ? (ssize_t)done : -EFAULT;
		}
		done += count * PM_ENTRY_BYTES;
		vpn += count;
	}
	kfree(buf);
	*pos += done;
	return done;
}

/* Any offset may be sought to; reads check it is a whole entry's. */
static loff_t pagemap_llseek(struct file *file, loff_t off, int whence)
{
	loff_t pos = whence == SEEK_SET ? off : whence == SEEK_CUR ? file->f_pos + off : -1;

	if (pos < 0)
		return -EINVAL;
	file->f_pos = pos;
	return pos;
}

const struct file_operations proc_pagemap_operations = {
	.llseek = pagemap_llseek,
	.open = pagemap_open,
	.read = pagemap_read,
};
