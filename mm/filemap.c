/*
 * The page cache: file data in page frames, shared by read(), write() and
 * every mapping of the file.
 *
 * Each inode's address_space indexes its cached pages by page offset in a
 * radix tree (page_tree) and also lists them (page_list, through
 * page->cache_list) for the walks writeback and truncate make. Every cached
 * page is also on reclaim's LRU lists (mm/vmscan.c), from which a clean
 * unmapped page can be dropped, and a dirty one written back first. A cached page holds one
 * reference for the cache; find_get_page adds one for its caller, and PTEs
 * mapping the page hold theirs, so a page truncated away while still mapped
 * lives on until the last mapper lets go.
 *
 * Life of a page:
 *   read_cache_page / filemap_fault: lookup, else alloc_page + insert +
 *	a_ops->readpage (the file system fills it; holes read as zeros).
 *   write(): prepare_write lets the filesystem allocate blocks (ENOSPC
 *	now, not at writeback), the bytes are copied in, the page is dirty.
 *   A store through a MAP_SHARED mapping: the fault path calls
 *	set_page_dirty(page).
 *   Writeback (fsync, msync, munmap, exit, sync, the last iput):
 *	filemap_write_range -> a_ops->writepage for each dirty page.
 *   truncate_inode_pages: pages past the new end leave the cache.
 *
 * The kernel is not preemptive and the ramdisk never sleeps, so no page is
 * ever seen half-read: PG_locked is not needed here.
 */
#include <asm/page.h>
#include <asm/uaccess.h>
#include <fs/fcntl.h>
#include <fs/fs.h>
#include <kernel/printk.h>
#include <kernel/resource.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <lib/string.h>
#include <mm/memory.h>
#include <mm/page.h>
#include <mm/swap.h>
#include <uapi/errno.h>

unsigned long nr_pagecache_pages;

/*
 * The cached page of mapping at index (in pages), with a reference taken
 * for the caller, uptodate or not; NULL if it is not cached.
 */
struct page *find_get_page(struct address_space *mapping, unsigned long index)
{
	struct page *page = radix_tree_lookup(&mapping->page_tree, index);

	if (page)
		get_page(page);
	return page;
}

/*
 * Insert page, a fresh frame the caller holds a reference on, into mapping
 * at index. The cache takes a reference of its own, and the page joins the
 * inactive list; it starts neither uptodate nor dirty, so the caller fills
 * it next. Returns 0, -EEXIST if index is already cached, or -ENOMEM.
 */
int add_to_page_cache(struct page *page, struct address_space *mapping, unsigned long index)
{
	unsigned int noreclaim = memalloc_noreclaim_save();	/* reclaim edits this tree */
	int err = radix_tree_insert(&mapping->page_tree, index, page);

	memalloc_noreclaim_restore(noreclaim);

	if (err)
		return err;
	get_page(page);
	page->mapping = mapping;
	page->index = index;
	page->private = 0;
	ClearPageDirty(page);
	ClearPageFlag(page, PG_uptodate);
	list_add_tail(&page->cache_list, &mapping->page_list);
	mapping->nrpages++;
	nr_pagecache_pages++;
	if (!PageLRU(page))
		lru_cache_add(page);
	return 0;
}

/*
 * Take page out of its page cache (it must be in one) and drop the
 * cache's reference; its dirty state is forgotten. Whoever still holds a
 * reference (a mapping, a reader) keeps the frame alive until put_page.
 */
void remove_from_page_cache(struct page *page)
{
	struct address_space *mapping = page->mapping;

	VM_BUG_ON(!mapping);
	radix_tree_delete(&mapping->page_tree, page->index);
	list_del_init(&page->cache_list);
	page->mapping = NULL;
	ClearPageDirty(page);
	mapping->nrpages--;
	nr_pagecache_pages--;
	put_page(page);
}

/* A new page inserted at index, with the caller's reference; NULL or *err. */
static struct page *add_new_page(struct address_space *mapping, unsigned long index, int *err)
{
	struct page *page = alloc_page();

	if (!page) {
		*err = -ENOMEM;
		return NULL;
	}
	*err = add_to_page_cache(page, mapping, index);
	if (*err) {
		put_page(page);
		return NULL;
	}
	return page;
}

/* Fill a cached page from the disk; on failure it leaves the cache. */
static int fill_page(struct address_space *mapping, struct file *file, struct page *page)
{
	int err = mapping->a_ops->readpage(file, page);

	if (err) {
		printk(KERN_ERR "page cache: readpage of page %lu of inode %lu failed: %d\n",
		       page->index, mapping->host->i_ino, err);
		if (page->mapping)
			remove_from_page_cache(page);
	}
	return err;
}

/*
 * The uptodate page of mapping at index, from the cache or read through
 * a_ops->readpage(file, page), with a reference for the caller in
 * *pagep. Returns 0 if it was cached, 1 if it had to be read (a major
 * fault), or -errno (-ENOMEM, or the filesystem's read error: then the
 * page is not left in the cache).
 */
int read_cache_page(struct address_space *mapping, unsigned long index,
		    struct file *file, struct page **pagep)
{
	struct page *page = find_get_page(mapping, index);
	int err;

	if (page && PageUptodate(page)) {
		*pagep = page;
		return 0;
	}
	if (!page && !(page = add_new_page(mapping, index, &err)))
		return err;
	err = fill_page(mapping, file, page);
	if (err) {
		put_page(page);
		return err;
	}
	*pagep = page;
	return 1;
}

/*
 * Mark a page-cache page dirty, so writeback writes it: a store through a
 * shared mapping (the fault path, msync, munmap). The whole page counts as
 * changed.
 */
void set_page_dirty(struct page *page)
{
	/* A store through a mapping may touch any block of the page. */
	page->private = 0;
	SetPageDirty(page);
}

/*
 * Write one dirty page-cache page through a_ops->writepage (writeback, and
 * reclaim's pageout); the part past the end of the file goes out as zeros.
 * The page is clean afterwards. 0 or the filesystem's error.
 */
int write_one_page(struct page *page)
{
	struct address_space *mapping = page->mapping;
	loff_t isize = mapping->host->i_size;
	loff_t start = (loff_t)page->index << PAGE_SHIFT;

	/*
	 * Write-protect the shared mappings first: a store after this
	 * writeback must fault and dirty the page again, or the next msync or
	 * sync would not know there is something to write.
	 */
	page_mkclean(page);
	ClearPageDirty(page);
	if (start >= isize)
		return 0;
	if (isize - start < (loff_t)PAGE_SIZE)
		memset((char *)page_address(page) + (isize - start), 0,
		       PAGE_SIZE - (isize - start));
	return mapping->a_ops->writepage(page);
}

/*
 * Write back the dirty pages of mapping with index in [first, last] through
 * a_ops->writepage, each write-protected in every shared mapping first
 * (page_mkclean) so later stores dirty it again. Returns 0 (also when the
 * mapping cannot write pages), or -EIO if a page failed; the others are
 * still written.
 */
int filemap_write_range(struct address_space *mapping, unsigned long first,
			unsigned long last)
{
	struct page *page;
	int err = 0, e;

	if (!mapping->a_ops || !mapping->a_ops->writepage)
		return 0;
	list_for_each_entry(page, &mapping->page_list, cache_list) {
		if (!PageDirty(page) || page->index < first || page->index > last)
			continue;
		e = write_one_page(page);
		if (e && !err)
			err = e;
	}
	return err ? -EIO : 0;
}

/*
 * Write back every dirty page of mapping (fsync, sync, the last iput): 0
 * or -EIO. The ramdisk completes each write at once, so there is
 * nothing to wait for.
 */
int filemap_write_and_wait(struct address_space *mapping)
{
	return filemap_write_range(mapping, 0, ~0UL);
}

/*
 * The file was cut to lstart bytes: unmap the pages wholly past it from
 * every mapping, private copies included (later accesses get SIGBUS),
 * drop them from the cache, and zero the part of the page holding lstart
 * that lies past it. Dirty data past lstart is discarded, not written.
 */
void truncate_inode_pages(struct address_space *mapping, loff_t lstart)
{
	unsigned long start = (lstart + PAGE_SIZE - 1) >> PAGE_SHIFT;
	unsigned int partial = lstart & (PAGE_SIZE - 1);
	struct page *page, *next;

	/* Mappings of the cut-off part go first: later accesses get SIGBUS. */
	if (!list_empty(&mapping->i_mmap))
		unmap_mapping_range(mapping, (loff_t)start << PAGE_SHIFT, 0, 1);
	list_for_each_entry_safe(page, next, &mapping->page_list, cache_list) {
		if (page->index >= start)
			remove_from_page_cache(page);
		else if (partial && page->index == (unsigned long)(lstart >> PAGE_SHIFT))
			memset((char *)page_address(page) + partial, 0, PAGE_SIZE - partial);
	}
}

/*
 * read() of a regular file through the page cache, so it sees the bytes a
 * shared mapping stored: up to n bytes from *pos, never past i_size, into
 * the user buffer ubuf; *pos advances. Returns the bytes copied (a short
 * count when a user page faults after some were), or -EFAULT if none
 * could be, or the read error of the first page.
 */
ssize_t generic_file_read(struct file *file, char *ubuf, size_t n, loff_t *pos)
{
	struct inode *inode = file->f_inode;
	size_t done = 0;

	while (done < n && *pos < inode->i_size) {
		unsigned int off = *pos & (PAGE_SIZE - 1);
		size_t chunk = min((size_t)(PAGE_SIZE - off), n - done), left;
		struct page *page;
		int err = read_cache_page(file->f_mapping, *pos >> PAGE_SHIFT, file, &page);

		if (err < 0)
			return done ? (ssize_t)done : err;
		if ((loff_t)chunk > inode->i_size - *pos)
			chunk = inode->i_size - *pos;
		left = copy_to_user(ubuf + done, (char *)page_address(page) + off, chunk);
		mark_page_accessed(page);
		put_page(page);
		/*
		 * As Linux: the bytes copied before a fault count, even within
		 * one page, so a buffer running into a bad page gives the
		 * exact short count; only a read that copied nothing is -EFAULT.
		 */
		done += chunk - left;
		*pos += chunk - left;
		if (left)
			return done ? (ssize_t)done : -EFAULT;
	}
	return done;
}

/*
 * The page at index, ready for a write of [off, off + len): uptodate unless
 * the write covers all of it or it lies wholly past the end of the file
 * (then it is simply zeroed). Referenced; NULL and *err on failure.
 */
static struct page *grab_write_page(struct file *file, unsigned long index,
				    unsigned int off, size_t len, int *err)
{
	struct address_space *mapping = file->f_mapping;
	struct page *page = find_get_page(mapping, index);

	if (page && PageUptodate(page))
		return page;
	if (!page && !(page = add_new_page(mapping, index, err)))
		return NULL;
	if ((off == 0 && len == PAGE_SIZE) ||
	    ((loff_t)index << PAGE_SHIFT) >= mapping->host->i_size) {
		memset(page_address(page), 0, PAGE_SIZE);
		SetPageUptodate(page);
	} else if ((*err = fill_page(mapping, file, page))) {
		put_page(page);
		return NULL;
	}
	return page;
}

/* Clip a write at pos of *n bytes to the file-size limits; 0 or -EFBIG. */
static int write_checks(struct file *file, loff_t pos, size_t *n)
{
	loff_t limit = file->f_inode->i_sb->s_maxbytes;
	unsigned long fsize = rlimit(RLIMIT_FSIZE);

	/* RLIMIT_FSIZE: no byte at or past it; one wholly past it is SIGXFSZ too. */
	if (fsize != RLIM_INFINITY && *n && pos >= (loff_t)fsize) {
		send_sig_info(SIGXFSZ, NULL, current);
		return -EFBIG;
	}
	if (fsize != RLIM_INFINITY && (loff_t)fsize < limit)
		limit = fsize;
	if (!(file->f_flags & O_LARGEFILE) && limit > MAX_NON_LFS)
		limit = MAX_NON_LFS;
	if (*n && pos >= limit)
		return -EFBIG;
	if ((loff_t)*n > limit - pos)
		*n = limit - pos;
	return 0;
}

/*
 * Copy chunk bytes of a write into the page at off: from the user buffer,
 * or (from_kernel) from a kernel one. Returns the bytes NOT copied.
 */
static size_t copy_into_page(struct page *page, unsigned int off, const char *src,
			     size_t chunk, bool from_kernel)
{
	char *to = (char *)page_address(page) + off;

	if (!from_kernel)
		return copy_from_user(to, src, chunk);
	memcpy(to, src, chunk);
	return 0;
}

/* generic_file_write and kernel_write: n bytes from src at *pos. */
static ssize_t do_file_write(struct file *file, const char *src, size_t n, loff_t *pos,
			     bool from_kernel)
{
	struct inode *inode = file->f_inode;
	size_t done = 0;
	int err;

	if (file->f_flags & O_APPEND)
		*pos = inode->i_size;
	if ((err = write_checks(file, *pos, &n)))
		return err;
	while (done < n) {
		unsigned int off = *pos & (PAGE_SIZE - 1);
		size_t chunk = min((size_t)(PAGE_SIZE - off), n - done), left;
		struct page *page = grab_write_page(file, *pos >> PAGE_SHIFT, off, chunk, &err);

		if (!page)
			break;
		err = inode->i_mapping->a_ops->prepare_write(page, off, off + chunk);
		if (err) {
			put_page(page);
			/* A page added past the end for this write goes again (Linux's write_failed). */
			truncate_inode_pages(inode->i_mapping, inode->i_size);
			break;
		}
		left = copy_into_page(page, off, src + done, chunk, from_kernel);
		SetPageDirty(page);
		put_page(page);
		done += chunk - left;
		*pos += chunk - left;
		if (*pos > inode->i_size)
			inode->i_size = *pos;
		if (left) {
			err = -EFAULT;
			break;
		}
	}
	if (done) {
		inode->i_mtime = inode->i_ctime = current_time();
		mark_inode_dirty(inode);
	}
	return done ? (ssize_t)done : err;
}

/*
 * write() of a regular file through the page cache, so shared mappings see
 * the bytes at once: n bytes from the user buffer ubuf at *pos (at the end
 * for O_APPEND), clipped to the file-size limit; *pos advances, i_size
 * grows, and the filesystem allocates blocks as it goes (prepare_write),
 * so ENOSPC shows now. The pages become dirty; writeback comes later.
 * Returns the bytes copied (a short count if something failed after some
 * were), or -EFBIG, -ENOSPC, -ENOMEM, -EFAULT...
 */
ssize_t generic_file_write(struct file *file, const char *ubuf, size_t n, loff_t *pos)
{
	return do_file_write(file, ubuf, n, pos, false);
}

/*
 * The same write from the kernel buffer buf at byte pos, for the kernel's
 * own files (core dumps); -EINVAL unless the file is a regular file in the
 * page cache. Returns the bytes written or -errno. (Linux 2.6's argument
 * order, as kernel_read's.)
 */
ssize_t kernel_write(struct file *file, const void *buf, size_t n, loff_t pos)
{
	struct address_space *mapping = file->f_mapping;

	if (!S_ISREG(file->f_inode->i_mode) || !mapping->a_ops || !mapping->a_ops->prepare_write)
		return -EINVAL;
	return do_file_write(file, buf, n, &pos, true);
}

#if __has_include(<mm/mm_types.h>)
#include <mm/mm_types.h>

/*
 * vma->vm_ops->fault of file mappings: the page of the file at vmf->pgoff,
 * referenced in vmf->page. VM_FAULT_MAJOR when it had to be read from the
 * disk, VM_FAULT_SIGBUS for a page wholly past the end of the file (the
 * tail of the last page reads as zeros), VM_FAULT_OOM without memory.
 */
int filemap_fault(struct vm_area_struct *vma, struct vm_fault *vmf)
{
	struct file *file = vma->vm_file;
	struct inode *inode = file->f_mapping->host;
	unsigned long size = (inode->i_size + PAGE_SIZE - 1) >> PAGE_SHIFT;
	struct page *page;
	int ret;

	if (vmf->pgoff >= size)
		return VM_FAULT_SIGBUS;
	ret = read_cache_page(file->f_mapping, vmf->pgoff, file, &page);
	if (ret < 0)
		return ret == -ENOMEM ? VM_FAULT_OOM : VM_FAULT_SIGBUS;
	vmf->page = page;
	return ret ? VM_FAULT_MAJOR : 0;
}

const struct vm_operations_struct generic_file_vm_ops = {
	.fault = filemap_fault,
};

/*
 * f_op->mmap of files kept in the page cache: their pages come in through
 * filemap_fault (vma->vm_ops = &generic_file_vm_ops). 0, or -ENOEXEC if
 * the filesystem cannot read pages.
 */
int generic_file_mmap(struct file *file, struct vm_area_struct *vma)
{
	if (!file->f_mapping->a_ops || !file->f_mapping->a_ops->readpage)
		return -ENOEXEC;
	vma->vm_ops = &generic_file_vm_ops;
	return 0;
}
#else
/* Without the VMA types (mm not merged yet) files cannot be mapped. */
int generic_file_mmap(struct file *file, struct vm_area_struct *vma)
{
	return -ENODEV;
}
#endif
