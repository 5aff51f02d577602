/*
 * Swap areas: where anonymous pages go when memory is short.
 *
 * A swap area is a block device formatted by mkswap (util-linux): its
 * first page is Linux's swap header - "SWAPSPACE2" in the last ten bytes,
 * the version (1), the last usable page and a list of bad pages - and
 * every other page is a slot that can hold one page. swapon reads the
 * header and makes the slots usable; each area gets a number (its type,
 * 0 .. MAX_SWAPFILES - 1), and a slot is named by swp_entry(type, offset).
 *
 * swap_map[offset] counts the users of a slot: every page-table entry
 * that holds the slot's swap entry, plus one while the page is in the swap
 * cache (mm/swap_state.c). get_swap_page hands out a free slot with count
 * 1 (the cache's); try_to_unmap adds one per entry it replaces
 * (swap_duplicate), fork one per entry it copies; do_swap_page, munmap
 * and exit take theirs back (swap_free). At 0 the slot is free again.
 * Slot 0 (the header) and bad pages carry SWAP_MAP_BAD and are never used.
 *
 * swapoff must give every slot back: try_to_unuse reads each page in
 * (through the swap cache), puts it back into every page table that holds
 * its entry, and takes it out of the swap cache.
 *
 * The kernel is non-preemptive on one CPU and the disk is polled, so no
 * lock is needed: nothing here sleeps with a slot half-accounted.
 */
#include <asm/tlbflush.h>
#include <fs/blkdev.h>
#include <fs/fcntl.h>
#include <fs/fs.h>
#include <fs/namei.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <lib/string.h>
#include <mm/memory.h>
#include <mm/mm.h>
#include <mm/page.h>
#include <mm/rmap.h>
#include <mm/slab.h>
#include <mm/swap.h>
#include <mm/swapops.h>
#include <uapi/errno.h>

/* swapon's flags (Linux's include/linux/swap.h). */
#define SWAP_FLAG_PREFER	0x8000	/* the priority below is given */
#define SWAP_FLAG_PRIO_MASK	0x7fff
#define SWAP_FLAG_DISCARD	0x10000	/* ignored: the disk has no discard */
#define SWAP_FLAGS_VALID	(SWAP_FLAG_PRIO_MASK | SWAP_FLAG_PREFER | SWAP_FLAG_DISCARD | \
				 0x20000 | 0x40000)

#define SWAP_MAP_MAX	0x7ffe	/* most users a slot can count */
#define SWAP_MAP_BAD	0x7fff	/* the header, or a bad page: never handed out */

/* The swap header, page 0 of the area, as mkswap writes it (version 1). */
union swap_header {
	struct {
		char reserved[PAGE_SIZE - 10];
		char magic[10];			/* "SWAPSPACE2" */
	} magic;
	struct {
		char bootbits[1024];		/* room for a disk label, boot code */
		u32 version;			/* 1 */
		u32 last_page;			/* the last usable page */
		u32 nr_badpages;
		unsigned char sws_uuid[16];
		unsigned char sws_volume[16];	/* mkswap -L */
		u32 padding[117];
		u32 badpages[1];		/* nr_badpages of them */
	} info;
};
#define MAX_SWAP_BADPAGES \
	((PAGE_SIZE - 10 - __builtin_offsetof(union swap_header, info.badpages)) / sizeof(u32))

/* swap_info_struct.flags */
#define SWP_USED	0x01	/* the entry describes an area */
#define SWP_WRITEOK	0x02	/* slots may be handed out (not being swapped off) */

/* One swap area (Linux's swap_info_struct). */
struct swap_info_struct {
	unsigned int flags;		/* SWP_* */
	int prio;			/* higher is used first */
	struct block_device *bdev;	/* where the slots are */
	char *name;			/* the path given to swapon (kmalloc), for /proc/swaps */
	unsigned short *swap_map;	/* users of each slot (see above) */
	unsigned int map_order;		/* swap_map is 2^map_order frames */
	unsigned long max;		/* slots 0 .. max - 1 (0 is the header) */
	unsigned long pages;		/* usable slots: max - 1 - bad pages */
	unsigned long inuse_pages;	/* slots with a user */
	unsigned long lowest_bit;	/* no free slot below, */
	unsigned long highest_bit;	/* nor above */
	unsigned long cluster_next;	/* where the next search starts */
};

static struct swap_info_struct swap_info[MAX_SWAPFILES];
static int least_priority;
long nr_swap_pages;
long total_swap_pages;

/* The area and the map word of entry, or NULL if entry names no slot of a live area. */
static unsigned short *swap_slot(swp_entry_t entry, struct swap_info_struct **sip)
{
	struct swap_info_struct *si;
	unsigned int type = swp_type(entry);

	if (!entry.val || type >= MAX_SWAPFILES)
		return NULL;
	si = &swap_info[type];
	if (!(si->flags & SWP_USED) || swp_offset(entry) >= si->max)
		return NULL;
	if (sip)
		*sip = si;
	return &si->swap_map[swp_offset(entry)];
}

/* The slot of entry, which must be in use; a bad one is a corrupt page table: panic. */
static unsigned short *swap_slot_used(swp_entry_t entry, struct swap_info_struct **sip,
				      const char *who)
{
	unsigned short *slot = swap_slot(entry, sip);

	if (!slot || !*slot || *slot == SWAP_MAP_BAD)
		panic("%s: bad swap entry %08lx (type %u offset %lu, count %d)", who, entry.val,
		      swp_type(entry), swp_offset(entry), slot ? *slot : -1);
	return slot;
}

/* ---- slots ---------------------------------------------------------------- */

/* A free slot of si at or after cluster_next (wrapping once), or 0. */
static unsigned long scan_swap_map(struct swap_info_struct *si)
{
	unsigned long offset, n;

	if (si->inuse_pages >= si->pages)
		return 0;
	offset = si->cluster_next;
	for (n = 0; n <= si->highest_bit; n++, offset++) {
		if (offset > si->highest_bit || offset < si->lowest_bit)
			offset = si->lowest_bit;
		if (si->swap_map[offset])
			continue;
		si->swap_map[offset] = 1;
		si->inuse_pages++;
		si->cluster_next = offset + 1;
		return offset;
	}
	return 0;
}

/*
 * A free slot for a page that is about to enter the swap cache, from the
 * area of highest priority that has one, with count 1 (the cache's).
 * Returns its entry, or entry.val 0 when every area is full (or none).
 */
swp_entry_t get_swap_page(void)
{
	struct swap_info_struct *best = NULL;
	swp_entry_t entry = { 0 };
	unsigned long offset;
	int type;

	for (type = 0; type < MAX_SWAPFILES; type++) {
		struct swap_info_struct *si = &swap_info[type];

		if ((si->flags & SWP_WRITEOK) && si->inuse_pages < si->pages &&
		    (!best || si->prio > best->prio))
			best = si;
	}
	if (!best || !(offset = scan_swap_map(best)))
		return entry;
	nr_swap_pages--;
	return swp_entry(best - swap_info, offset);
}

/*
 * One more user of entry's slot: a page-table entry that now holds it
 * (try_to_unmap, fork), or the swap cache (read_swap_cache_async). Returns
 * 1, or 0 for an entry that names no slot in use (the count is then left
 * alone). A count at SWAP_MAP_MAX stays there for ever, as in Linux 2.6.
 */
int swap_duplicate(swp_entry_t entry)
{
	unsigned short *slot = swap_slot(entry, NULL);

	if (!slot || !*slot || *slot == SWAP_MAP_BAD)
		return 0;
	if (*slot < SWAP_MAP_MAX)
		(*slot)++;
	return 1;
}

/*
 * A user of entry's slot is gone (its page-table entry was cleared or
 * faulted back, or the page left the swap cache). The last one frees the
 * slot. An entry not in use is a corrupt page table: panic.
 */
void swap_free(swp_entry_t entry)
{
	struct swap_info_struct *si;
	unsigned short *slot = swap_slot_used(entry, &si, "swap_free");
	unsigned long offset = swp_offset(entry);

	if (*slot == SWAP_MAP_MAX || --*slot)
		return;
	si->inuse_pages--;
	if (offset < si->lowest_bit)
		si->lowest_bit = offset;
	if (offset > si->highest_bit)
		si->highest_bit = offset;
	if (si->flags & SWP_WRITEOK)
		nr_swap_pages++;
}

/* Users of entry's slot (page-table entries and the swap cache); 0 for none or a bad entry. */
int swap_count(swp_entry_t entry)
{
	unsigned short *slot = swap_slot(entry, NULL);

	return slot && *slot != SWAP_MAP_BAD ? *slot : 0;
}

/* Does entry name a slot in use? (validate_mm's check of a swap entry in a page table.) */
bool swap_entry_valid(swp_entry_t entry)
{
	return swap_count(entry) > 0;
}

/*
 * A page-table entry holding entry is cleared (munmap, exit): the slot
 * loses that user; if then only the swap cache holds it and nobody maps
 * or holds the cached page, that page leaves the cache (and memory) too,
 * since no one can ever ask for it again.
 */
void free_swap_and_cache(swp_entry_t entry)
{
	struct page *page;

	swap_free(entry);
	if (swap_count(entry) != 1)
		return;
	page = lookup_swap_cache(entry);
	if (!page)
		return;
	/* Held by the cache and by our lookup: nobody else. */
	if (!page_mapped(page) && page_count(page) == 2)
		delete_from_swap_cache(page);
	put_page(page);
}

/*
 * May the one mapper of an anonymous page write to it in place? Only if it
 * is the only one who can see the frame: one entry maps it, and no other
 * page-table entry holds its swap slot (a fork child whose copy is still
 * out on swap shares the data through the slot). Linux 2.6's test.
 */
bool can_share_swap_page(struct page *page)
{
	int count = page_mapcount(page);

	if (count <= 1 && PageSwapCache(page)) {
		swp_entry_t entry = { page->private };

		count += swap_count(entry) - 1;	/* the cache's own count is not a user */
	}
	return count == 1;
}

/*
 * If page is in the swap cache and its slot is used by nobody but the
 * cache, and nobody but the cache and the caller holds the page, take it
 * out of the cache and free the slot: the page is now only in memory
 * (dirty, so reclaim writes it out again). Returns 1 if it did.
 */
int remove_exclusive_swap_page(struct page *page)
{
	swp_entry_t entry = { page->private };

	if (!PageSwapCache(page) || page_count(page) != 2 || swap_count(entry) != 1)
		return 0;
	delete_from_swap_cache(page);
	SetPageDirty(page);
	return 1;
}

/* Read (write false) or write the page at buf from or to entry's slot. 0 or -EIO. */
int swap_bdev_rw(swp_entry_t entry, void *buf, bool write)
{
	struct swap_info_struct *si;
	u64 pos;

	swap_slot_used(entry, &si, "swap_bdev_rw");
	pos = (u64)swp_offset(entry) << PAGE_SHIFT;
	return write ? bdev_write(si->bdev, pos, buf, PAGE_SIZE) :
		       bdev_read(si->bdev, pos, buf, PAGE_SIZE);
}

/* ---- swapon ---------------------------------------------------------------- */

/* The block device behind the swap file path, or an error: a swap area must be a block device. */
static struct block_device *swap_bdev(const char __user *specialfile, int *err)
{
	struct block_device *bdev = NULL;
	struct inode *inode;

	*err = user_path_at(AT_FDCWD, specialfile, LOOKUP_FOLLOW, &inode);
	if (*err)
		return NULL;
	if (!S_ISBLK(inode->i_mode))
		*err = -EINVAL;		/* swap files are not supported */
	else if (!(bdev = bdget(inode->i_rdev)))
		*err = -ENXIO;
	iput(inode);
	return bdev;
}

/* The area on bdev, or NULL. */
static struct swap_info_struct *find_swap_area(struct block_device *bdev)
{
	int type;

	for (type = 0; type < MAX_SWAPFILES; type++)
		if ((swap_info[type].flags & SWP_USED) && swap_info[type].bdev == bdev)
			return &swap_info[type];
	return NULL;
}

/*
 * Check the header page mkswap wrote and size the area: the magic, version
 * 1, last_page within the device and the bad-page list. Sets si->max.
 * 0, or -EINVAL as Linux for anything else (an old-style "SWAP-SPACE" area
 * too).
 */
static int read_swap_header(struct swap_info_struct *si, union swap_header *h)
{
	unsigned long dev_pages = si->bdev->size >> PAGE_SHIFT;
	unsigned int i;

	if (bdev_read(si->bdev, 0, h, PAGE_SIZE))
		return -EIO;
	if (memcmp(h->magic.magic, "SWAPSPACE2", 10)) {
		printk(KERN_ERR "Unable to find swap-space signature\n");
		return -EINVAL;
	}
	if (h->info.version != 1) {
		printk(KERN_WARNING "Unable to handle swap header version %u\n", h->info.version);
		return -EINVAL;
	}
	if (h->info.nr_badpages > MAX_SWAP_BADPAGES)
		return -EINVAL;
	for (i = 0; i < h->info.nr_badpages; i++)
		if (!h->info.badpages[i] || h->info.badpages[i] > h->info.last_page)
			return -EINVAL;
	si->max = min((unsigned long)h->info.last_page + 1, dev_pages);
	return si->max > 1 ? 0 : -EINVAL;
}

/* Allocate and fill swap_map: the header and the bad pages unusable. 0 or -ENOMEM. */
static int setup_swap_map(struct swap_info_struct *si, const union swap_header *h)
{
	unsigned long size = si->max * sizeof(unsigned short), i, bad = 0;

	si->map_order = get_order(size);
	si->swap_map = (unsigned short *)__get_free_pages(si->map_order);
	if (!si->swap_map)
		return -ENOMEM;
	memset(si->swap_map, 0, size);
	si->swap_map[0] = SWAP_MAP_BAD;
	for (i = 0; i < h->info.nr_badpages; i++) {
		if (h->info.badpages[i] < si->max && !si->swap_map[h->info.badpages[i]]) {
			si->swap_map[h->info.badpages[i]] = SWAP_MAP_BAD;
			bad++;
		}
	}
	si->pages = si->max - 1 - bad;
	si->lowest_bit = 1;
	si->highest_bit = si->max - 1;
	si->cluster_next = 1;
	si->inuse_pages = 0;
	return si->pages ? 0 : -EINVAL;
}

/* Fill in the free area si from the device's header. 0 or -errno (si is then unused again). */
static int setup_swap_area(struct swap_info_struct *si, struct block_device *bdev,
			   const char __user *specialfile, int swap_flags)
{
	union swap_header *h = (union swap_header *)__get_free_page();
	int err;

	if (!h)
		return -ENOMEM;
	si->bdev = bdev;
	err = read_swap_header(si, h);
	if (!err)
		err = setup_swap_map(si, h);
	if (!err && !(si->name = getname(specialfile, &err)))
		free_pages((unsigned long)si->swap_map, si->map_order);
	free_page((unsigned long)h);
	if (err)
		return err;
	si->prio = (swap_flags & SWAP_FLAG_PREFER) ? (swap_flags & SWAP_FLAG_PRIO_MASK) :
						     --least_priority;
	return 0;
}

/*
 * swapon(path, flags): make the block device at path, formatted by mkswap,
 * a swap area. flags: SWAP_FLAG_PREFER | priority (else each new area
 * gets the next lower negative priority, -1 first, as 2.6), discard bits
 * accepted and ignored. Returns 0; -EPERM without privilege, the lookup's
 * error, -EINVAL if path is not a block device or has no valid version-1
 * header (or flags are unknown), -ENXIO if no driver has it, -EBUSY if it
 * is already a swap area, -EPERM if all MAX_SWAPFILES areas are in use,
 * -ENOMEM.
 */
SYSCALL_DEFINE2(swapon, const char __user *, specialfile, int, swap_flags)
{
	struct swap_info_struct *si = NULL;
	struct block_device *bdev;
	int type, err;

	if (current->euid != 0)
		return -EPERM;
	if (swap_flags & ~SWAP_FLAGS_VALID)
		return -EINVAL;
	for (type = 0; type < MAX_SWAPFILES && !si; type++)
		if (!(swap_info[type].flags & SWP_USED))
			si = &swap_info[type];
	if (!si)
		return -EPERM;
	bdev = swap_bdev(specialfile, &err);
	if (!bdev)
		return err;
	if (find_swap_area(bdev))
		return -EBUSY;
	err = setup_swap_area(si, bdev, specialfile, swap_flags);
	if (err) {
		memset(si, 0, sizeof(*si));
		return err;
	}
	si->flags = SWP_USED | SWP_WRITEOK;
	nr_swap_pages += si->pages;
	total_swap_pages += si->pages;
	printk(KERN_INFO "Adding %luk swap on %s.  Priority:%d extents:1 across:%luk\n",
	       si->pages << (PAGE_SHIFT - 10), si->name, si->prio,
	       si->pages << (PAGE_SHIFT - 10));
	return 0;
}

/* ---- swapoff ----------------------------------------------------------------- */

/*
 * Put page, the swap cache's copy of entry, back where pte held entry, in
 * vma at addr: the entry becomes a mapping again (read-only: a write will
 * decide about copying, as after fork), and gives up its slot count.
 */
static void unuse_pte(struct vm_area_struct *vma, unsigned long addr, pte_t *pte,
		      swp_entry_t entry, struct page *page)
{
	get_page(page);
	page_add_anon_rmap(page, vma, addr);
	add_mm_rss(vma->vm_mm, page, 1);
	set_pte(pte, pte_wrprotect(pfn_pte(page_to_pfn(page), vma->vm_page_prot)));
	flush_tlb_page(vma, addr);
	swap_free(entry);
	vma->vm_mm->rss[MM_SWAPENTS]--;
}

/* The page of entry in memory: from the swap cache, or read in. NULL and *errp if not. */
static struct page *swapin_for_unuse(swp_entry_t entry, int *errp)
{
	struct page *page = lookup_swap_cache(entry);

	if (page)
		return page;
	return read_swap_cache_async(entry, errp);
}

/* Bring back every page of area type that vma's entries hold. 0 or -errno. */
static int unuse_vma(struct vm_area_struct *vma, unsigned int type)
{
	unsigned long addr;
	int err = 0;

	for (addr = vma->vm_start; addr < vma->vm_end && !err; addr += PAGE_SIZE) {
		pte_t *pte = pte_lookup(vma->vm_mm, addr);
		swp_entry_t entry;
		struct page *page;

		if (!pte) {
			addr = (addr | (PGDIR_SIZE - 1)) - PAGE_SIZE + 1;	/* no table: skip it */
			continue;
		}
		if (!is_swap_pte(*pte) || swp_type(entry = pte_to_swp_entry(*pte)) != type)
			continue;
		if (anon_vma_prepare(vma))
			return -ENOMEM;
		page = swapin_for_unuse(entry, &err);
		if (!page)
			break;
		unuse_pte(vma, addr, pte, entry, page);
		put_page(page);
	}
	return err;
}

/*
 * Give back every slot of area type (Linux's try_to_unuse): every page
 * table of every process is walked, each entry of this area becomes a
 * mapping of its page again (read through the swap cache), and then the
 * pages leave the swap cache. Reclaim is held off meanwhile, so it cannot
 * send pages back out to the area being emptied. 0, or -ENOMEM when
 * memory runs out (the slots not done stay in use; the caller re-enables
 * the area).
 */
static int try_to_unuse(unsigned int type)
{
	struct swap_info_struct *si = &swap_info[type];
	unsigned int noreclaim = memalloc_noreclaim_save();
	struct task_struct *p;
	unsigned long offset;
	int err = 0;

	for_each_process(p) {
		struct vm_area_struct *vma;

		for (vma = p->mm ? p->mm->mmap : NULL; vma && !err; vma = vma->vm_next)
			err = unuse_vma(vma, type);
		if (err)
			break;
	}
	for (offset = 1; !err && offset < si->max; offset++) {
		swp_entry_t entry = swp_entry(type, offset);
		struct page *page;

		if (!si->swap_map[offset] || si->swap_map[offset] == SWAP_MAP_BAD)
			continue;
		page = lookup_swap_cache(entry);
		if (page) {
			SetPageDirty(page);	/* its only copy is in memory now */
			delete_from_swap_cache(page);
			put_page(page);
		}
		if (si->swap_map[offset])
			err = -EBUSY;	/* a user we did not find: cannot happen */
	}
	memalloc_noreclaim_restore(noreclaim);
	return err;
}

/*
 * swapoff(path): stop swapping to the area at path, reading everything in
 * it back into memory first. Returns 0; -EPERM without privilege, the
 * lookup's error, -EINVAL if path is not an active swap area, -ENOMEM if
 * memory is too short to hold what the area held (the area then stays in
 * use, as in Linux).
 */
SYSCALL_DEFINE1(swapoff, const char __user *, specialfile)
{
	struct swap_info_struct *si;
	struct block_device *bdev;
	long free;
	int err;

	if (current->euid != 0)
		return -EPERM;
	bdev = swap_bdev(specialfile, &err);
	if (!bdev)
		return err;
	si = find_swap_area(bdev);
	if (!si || !(si->flags & SWP_WRITEOK))
		return -EINVAL;
	free = si->pages - si->inuse_pages;
	si->flags &= ~SWP_WRITEOK;	/* no new slots from here on */
	nr_swap_pages -= free;
	total_swap_pages -= si->pages;
	err = try_to_unuse(si - swap_info);
	if (err) {
		si->flags |= SWP_WRITEOK;
		nr_swap_pages += si->pages - si->inuse_pages;
		total_swap_pages += si->pages;
		return err;
	}
	free_pages((unsigned long)si->swap_map, si->map_order);
	kfree(si->name);
	memset(si, 0, sizeof(*si));
	if (!total_swap_pages)
		least_priority = 0;
	return 0;
}

/* ---- /proc/swaps ---------------------------------------------------------- */

/*
 * Format /proc/swaps into buf, as Linux 2.6: a header line, then per area
 * its path, "partition", size and use in KiB, and priority. Returns the
 * length (cut at size - 1).
 */
int swaps_show(char *buf, int size)
{
	int type, len;

	len = snprintf(buf, size, "Filename\t\t\t\tType\t\tSize\tUsed\tPriority\n");
	for (type = 0; type < MAX_SWAPFILES && len < size; type++) {
		struct swap_info_struct *si = &swap_info[type];
		int n = (int)strlen(si->name ? si->name : "");

		if (!(si->flags & SWP_WRITEOK))
			continue;
		len += snprintf(buf + len, size - len, "%s", si->name);
		do	/* the name padded to 40 columns, at least one blank */
			len += snprintf(buf + len, size - len, " ");
		while (++n < 40 && len < size);
		len += snprintf(buf + len, size - len, "partition\t%lu\t%lu\t%d\n",
				si->pages << (PAGE_SHIFT - 10),
				si->inuse_pages << (PAGE_SHIFT - 10), si->prio);
	}
	return len < size ? len : size - 1;
}
