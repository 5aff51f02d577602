/*
 * Regions of an address space: the VMA list and tree, mmap, munmap, brk.
 *
 * An address space is a set of non-overlapping regions (vm_area_struct),
 * each page-aligned, each with one set of permissions and one backing
 * object. They are kept twice, as in Linux:
 *
 *   mm->mmap   a list sorted by address (vm_next/vm_prev), for walks;
 *   mm->mm_rb  a red-black tree keyed by vm_start, for find_vma in O(log n),
 *              with mm->mmap_cache, the last hit, tried first.
 *
 * Every tree node also holds rb_subtree_gap, the largest free gap below
 * any VMA of its subtree (the gap below a VMA runs from its predecessor's
 * vm_end to its vm_start). This is Linux 3.8's augmentation: the search
 * for the lowest gap that fits a new mapping descends into the left
 * subtree whenever that subtree has a big enough gap, so it is O(log n)
 * however many regions exist. The 2.6 algorithm - a linear walk from
 * free_area_cache remembering cached_hole_size - is kept as
 * "mmap_search=linear" because `make bench` compares the two.
 *
 * Keeping the gaps right is the price: whenever a VMA's vm_start changes,
 * its own gap changes; whenever its vm_end changes, its successor's gap
 * changes; and each change must be propagated to the root (vma_gap_update)
 * before the tree is restructured, because a rotation assumes correct
 * values in the nodes it moves.
 *
 * The operations, from the top:
 *   do_mmap_pgoff  checks the request, picks an address (get_unmapped_area),
 *                  clears what was there (MAP_FIXED), then extends a
 *                  neighbour (vma_merge) or links a new VMA (mmap_region);
 *   do_munmap      splits the VMAs at the edges (split_vma), detaches the
 *                  ones inside, zaps their pages and page tables, frees them;
 *   vma_merge      decides which of the eight merge cases applies and does
 *                  it with vma_adjust, which moves boundaries and removes
 *                  swallowed VMAs.
 * Page tables are never touched here: zap_page_range, free_pgtables,
 * copy_page_range and make_pages_present belong to mm/memory.c.
 *
 * No locks: the kernel is non-preemptible on one CPU and none of these
 * functions sleeps with the list and tree half changed.
 */
#include <asm/mmu_context.h>
#include <asm/uaccess.h>
#include <fs/coredump.h>
#include <fs/fs.h>
#include <kernel/init.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/signal.h>
#include <kernel/syscalls.h>
#include <lib/string.h>
#include <mm/memory.h>
#include <mm/mm.h>
#include <mm/rmap.h>
#include <mm/swap.h>
#include <mm/swapops.h>
#include <mm/slab.h>
#include <uapi/errno.h>
#include <uapi/mman.h>

int sysctl_max_map_count = DEFAULT_MAX_MAP_COUNT;
int sysctl_legacy_va_layout;
unsigned long mmap_min_addr = PAGE_SIZE;
bool mmap_search_linear;
bool debug_vm;

/* "mmap_search=linear" selects 2.6's walk, "mmap_search=tree" (default) the gap tree. */
static void mmap_search_setup(const char *value)
{
	mmap_search_linear = !strcmp(value, "linear");
}
__setup("mmap_search", mmap_search_setup);

/* "sysctl.vm.legacy_va_layout=1": the legacy layout for every program (Linux 5.8+'s sysctl.*). */
static void legacy_va_layout_setup(const char *value)
{
	sysctl_legacy_va_layout = strcmp(value, "0") != 0;
}
__setup("sysctl.vm.legacy_va_layout", legacy_va_layout_setup);

static void debug_vm_setup(const char *value)
{
	debug_vm = strcmp(value, "0") != 0;
}
__setup("debug_vm", debug_vm_setup);

/*
 * Index: VM_READ|VM_WRITE|VM_EXEC|VM_SHARED. A private writable region
 * starts read-only in the page tables, so the first store faults and the
 * fault side copies the page (copy on write). i386 cannot forbid execution
 * or allow writing without reading, so exec and write imply read.
 */
static const pgprot_t protection_map[16] = {
	/* private */
	PAGE_NONE, PAGE_READONLY, PAGE_READONLY, PAGE_READONLY,
	PAGE_READONLY, PAGE_READONLY, PAGE_READONLY, PAGE_READONLY,
	/* shared */
	PAGE_NONE, PAGE_READONLY, PAGE_SHARED, PAGE_SHARED,
	PAGE_READONLY, PAGE_READONLY, PAGE_SHARED, PAGE_SHARED,
};

/*
 * The page-table protection for a VMA with these vm_flags, from
 * protection_map: only VM_READ, VM_WRITE, VM_EXEC and VM_SHARED count.
 */
pgprot_t vm_get_page_prot(unsigned long vm_flags)
{
	return protection_map[vm_flags & (VM_READ | VM_WRITE | VM_EXEC | VM_SHARED)];
}

/* ---- allocation ---------------------------------------------------------- */

static struct kmem_cache *vm_area_cachep;
static struct kmem_cache *mm_cachep;

/*
 * A zeroed VMA belonging to mm, not linked anywhere (empty i_mmap link,
 * cleared tree node), from the VMA cache, which is created at the first
 * call; NULL when out of memory. Free it with vm_area_free. Linux 4.18+
 * name (2.6 allocates from vm_area_cachep at each site).
 */
struct vm_area_struct *vm_area_alloc(struct mm_struct *mm)
{
	struct vm_area_struct *vma;

	if (!vm_area_cachep)
		vm_area_cachep = kmem_cache_create("vm_area_struct",
						   sizeof(struct vm_area_struct), 0, NULL);
	vma = vm_area_cachep ? kmem_cache_zalloc(vm_area_cachep) : NULL;
	if (vma) {
		vma->vm_mm = mm;
		INIT_LIST_HEAD(&vma->shared);
		INIT_LIST_HEAD(&vma->anon_vma_node);
		RB_CLEAR_NODE(&vma->vm_rb);
	}
	return vma;
}

/*
 * Give back a VMA from vm_area_alloc. The caller has taken it off the
 * list, the tree and its file's i_mmap, and dropped its file reference.
 * Linux 4.18+ name.
 */
void vm_area_free(struct vm_area_struct *vma)
{
#ifdef CONFIG_DEBUG_VM
	/* Poison, so a use after free reads absurd bounds and trips a check. */
	memset(vma, 0x6b, sizeof(*vma));
#endif
	kmem_cache_free(vm_area_cachep, vma);
}

/*
 * A fresh address space: its own page directory (the kernel half shared),
 * no VMAs, the legacy layout (mmap_base TASK_UNMAPPED_BASE) until exec
 * picks one, one user (mm_users 1). NULL when out of memory. Drop it with
 * mmput.
 */
struct mm_struct *mm_alloc(void)
{
	struct mm_struct *mm;

	if (!mm_cachep)
		mm_cachep = kmem_cache_create("mm_struct", sizeof(struct mm_struct), 0, NULL);
	mm = mm_cachep ? kmem_cache_zalloc(mm_cachep) : NULL;
	if (!mm)
		return NULL;
	/* fork's and exec's new mm keep the caller's core-dump filter, as Linux's. */
	mm->coredump_filter = current && current->mm ? current->mm->coredump_filter :
			      MMF_DUMP_FILTER_DEFAULT;
	mm->pgd = pgd_alloc();
	if (!mm->pgd) {
		kmem_cache_free(mm_cachep, mm);
		return NULL;
	}
	mm->mm_rb = RB_ROOT;
	/* The legacy layout until exec picks one (arch_pick_mmap_layout). */
	mm->mmap_base = TASK_UNMAPPED_BASE;
	mm->free_area_cache = mm->mmap_base;
	mm->get_unmapped_area = arch_get_unmapped_area;
	mm->unmap_area = arch_unmap_area;
	mm->mm_users = 1;
	mm->mm_count = 1;		/* the users' one reference */
	return mm;
}

/*
 * Make file (or nothing, NULL) the program mm runs, for /proc/PID/exe and
 * ETXTBSY: takes a reference on file and denies writers of it, and gives
 * back the previous file's reference and write denial. Returns 0, or
 * -ETXTBSY if file is open for writing (then mm keeps its old file).
 */
int set_mm_exe_file(struct mm_struct *mm, struct file *file)
{
	if (file) {
		int err = deny_write_access(file);

		if (err)
			return err;
		get_file(file);
	}
	if (mm->exe_file) {
		allow_write_access(mm->exe_file);
		fput(mm->exe_file);
	}
	mm->exe_file = file;
	return 0;
}

/*
 * Drop one user of mm. The last one tears it down completely: exe_file
 * released, every VMA, page and page table gone (exit_mmap), and the
 * users' reference to the struct dropped (mmdrop: the page directory and
 * the mm go with the last reference). The caller must not be running on
 * mm's page directory when it goes (exit switches away first).
 */
void mmput(struct mm_struct *mm)
{
	VM_BUG_ON(mm->mm_users <= 0);
	if (--mm->mm_users)
		return;
	set_mm_exe_file(mm, NULL);
	exit_mmap(mm);
	mmdrop(mm);
}

/* Take a reference to the struct mm (not to its mappings: see mmput). Linux 4.11 name. */
void mmgrab(struct mm_struct *mm)
{
	mm->mm_count++;
}

/*
 * Drop a reference to the struct mm; the last frees its page directory
 * and the struct. Once its users are gone the mm has no mappings left.
 */
void mmdrop(struct mm_struct *mm)
{
	VM_BUG_ON(mm->mm_count <= 0);
	if (--mm->mm_count)
		return;
	destroy_context(mm);
	pgd_free(mm->pgd);
	kmem_cache_free(mm_cachep, mm);
}

/* ---- the gap augmentation ------------------------------------------------ */

/* Free bytes between the previous VMA (or address 0) and vma. */
static inline unsigned long vma_gap_below(const struct vm_area_struct *vma)
{
	return vma->vm_start - (vma->vm_prev ? vma->vm_prev->vm_end : 0);
}

/* The value rb_subtree_gap must hold for vma, from its children's (Linux 3.8+). */
static unsigned long vma_compute_subtree_gap(struct vm_area_struct *vma)
{
	unsigned long gap = vma_gap_below(vma);
	struct vm_area_struct *child;

	if (vma->vm_rb.rb_left) {
		child = rb_entry(vma->vm_rb.rb_left, struct vm_area_struct, vm_rb);
		gap = max(gap, child->rb_subtree_gap);
	}
	if (vma->vm_rb.rb_right) {
		child = rb_entry(vma->vm_rb.rb_right, struct vm_area_struct, vm_rb);
		gap = max(gap, child->rb_subtree_gap);
	}
	return gap;
}

RB_DECLARE_CALLBACKS(static, vma_gap_callbacks, struct vm_area_struct, vm_rb,
		     unsigned long, rb_subtree_gap, vma_compute_subtree_gap);

/*
 * vma's own gap changed (its vm_start or its predecessor's vm_end moved).
 * Every other node holds the value computed from its children's stored
 * values, so the walk up may stop at the first node whose value does not
 * change: nothing above it can change either. Linux 3.8+.
 */
static void vma_gap_update(struct vm_area_struct *vma)
{
	struct rb_node *rb = &vma->vm_rb;

	while (rb) {
		struct vm_area_struct *v = rb_entry(rb, struct vm_area_struct, vm_rb);
		unsigned long gap = vma_compute_subtree_gap(v);

		if (gap == v->rb_subtree_gap)
			break;
		v->rb_subtree_gap = gap;
		rb = rb_parent(rb);
	}
}

/* After vma's vm_end moved or it became the last: fix what sits above it. */
static void vma_gap_update_next(struct mm_struct *mm, struct vm_area_struct *vma)
{
	if (vma->vm_next)
		vma_gap_update(vma->vm_next);
	else
		mm->highest_vm_end = vma->vm_end;
}

/* ---- lookup -------------------------------------------------------------- */

/*
 * The first VMA with addr < vm_end: the one containing addr, or else the
 * lowest one above it; NULL if no VMA ends above addr. So the result need
 * not contain addr: callers check vm_start <= addr themselves (a fault
 * just below a stack wants exactly this VMA). Tries mm->mmap_cache, the
 * last hit, before the O(log n) tree walk, and remembers the result.
 */
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma = mm->mmap_cache;
	struct rb_node *rb;

	if (vma && vma->vm_start <= addr && addr < vma->vm_end)
		return vma;
	vma = NULL;
	rb = mm->mm_rb.rb_node;
	while (rb) {
		struct vm_area_struct *tmp = rb_entry(rb, struct vm_area_struct, vm_rb);

		if (tmp->vm_end > addr) {
			vma = tmp;		/* a candidate; a lower one may exist */
			if (tmp->vm_start <= addr)
				break;
			rb = rb->rb_left;
		} else {
			rb = rb->rb_right;
		}
	}
	if (vma)
		mm->mmap_cache = vma;
	return vma;
}

/*
 * Call fn(vma, from, to, arg) for the part [from, to) of each VMA inside
 * [start, end), in address order, stopping at the first error fn returns
 * (which is then the result). Holes are skipped but remembered: if there
 * was one, the result is -ENOMEM, after the mapped parts were done, as
 * madvise and msync report it in Linux. 0 when the range was all mapped.
 * fn must not add or remove VMAs. Our helper: Linux open-codes this loop
 * in each of those system calls.
 */
int walk_vma_range(struct mm_struct *mm, unsigned long start, unsigned long end,
		   int (*fn)(struct vm_area_struct *vma, unsigned long from,
			     unsigned long to, int arg), int arg)
{
	struct vm_area_struct *vma = find_vma(mm, start);
	int unmapped_error = 0;

	for (; vma && vma->vm_start < end; vma = vma->vm_next) {
		int err;

		if (start < vma->vm_start)
			unmapped_error = -ENOMEM;
		err = fn(vma, max(start, vma->vm_start), min(end, vma->vm_end), arg);
		if (err)
			return err;
		start = vma->vm_end;
		if (start >= end)
			return unmapped_error;
	}
	return -ENOMEM;		/* the range runs past the last VMA or into a hole */
}

/*
 * As find_vma, and *pprev = the VMA just before the result; when there is
 * no result, the last VMA of mm (NULL if mm has none). So *pprev is always
 * the last VMA that ends at or below addr, or NULL.
 */
struct vm_area_struct *find_vma_prev(struct mm_struct *mm, unsigned long addr,
				     struct vm_area_struct **pprev)
{
	struct vm_area_struct *vma = find_vma(mm, addr);
	struct rb_node *last;

	if (vma) {
		*pprev = vma->vm_prev;
	} else {
		last = rb_last(&mm->mm_rb);
		*pprev = last ? rb_entry(last, struct vm_area_struct, vm_rb) : NULL;
	}
	return vma;
}

/*
 * Where a new VMA starting at addr would go: *pprev = its list predecessor
 * (NULL: it would be first), *rb_link and *rb_parent = the empty tree slot
 * for it (for rb_link_node). Returns what find_vma would: the VMA
 * containing addr or the next one above, or NULL. The slot is valid only
 * if nothing overlaps the new VMA and the tree does not change before it
 * is used.
 */
struct vm_area_struct *find_vma_prepare(struct mm_struct *mm, unsigned long addr,
					struct vm_area_struct **pprev,
					struct rb_node ***rb_link,
					struct rb_node **rb_parent)
{
	struct rb_node **link = &mm->mm_rb.rb_node, *parent = NULL, *prev = NULL;
	struct vm_area_struct *vma = NULL;

	while (*link) {
		struct vm_area_struct *tmp;

		parent = *link;
		tmp = rb_entry(parent, struct vm_area_struct, vm_rb);
		if (tmp->vm_end > addr) {
			vma = tmp;
			if (tmp->vm_start <= addr)
				break;
			link = &parent->rb_left;
		} else {
			prev = parent;		/* the last VMA ending at or below addr */
			link = &parent->rb_right;
		}
	}
	*pprev = prev ? rb_entry(prev, struct vm_area_struct, vm_rb) : NULL;
	*rb_link = link;
	*rb_parent = parent;
	return vma;
}

/* ---- linking and unlinking ----------------------------------------------- */

static void __vma_link_list(struct mm_struct *mm, struct vm_area_struct *vma,
			    struct vm_area_struct *prev)
{
	struct vm_area_struct *next;

	vma->vm_prev = prev;
	if (prev) {
		next = prev->vm_next;
		prev->vm_next = vma;
	} else {
		next = mm->mmap;
		mm->mmap = vma;
	}
	vma->vm_next = next;
	if (next)
		next->vm_prev = vma;
}

/*
 * Insert vma into mm's tree at the slot find_vma_prepare gave, fixing the
 * subtree gaps: its successor's gap shrank, its own gap is new. vma must
 * already be on the list (the gaps are computed from vm_prev and vm_next);
 * no counter changes.
 */
void __vma_link_rb(struct mm_struct *mm, struct vm_area_struct *vma,
		   struct rb_node **rb_link, struct rb_node *rb_parent)
{
	/* The successor's gap shrank; fix it before the tree is rebalanced. */
	vma_gap_update_next(mm, vma);
	rb_link_node(&vma->vm_rb, rb_parent, rb_link);
	vma->rb_subtree_gap = 0;
	rb_insert_augmented(&vma->vm_rb, &mm->mm_rb, &vma_gap_callbacks);
}

/*
 * Insert vma into mm's list after prev (NULL: first) and into the tree at
 * the slot find_vma_prepare gave. Neither map_count nor the file's i_mmap
 * is touched: the caller does that, or uses vma_link.
 */
void __vma_link(struct mm_struct *mm, struct vm_area_struct *vma,
		struct vm_area_struct *prev, struct rb_node **rb_link,
		struct rb_node *rb_parent)
{
	__vma_link_list(mm, vma, prev);
	__vma_link_rb(mm, vma, rb_link, rb_parent);
}

/*
 * Put vma on its file's i_mmap list, where truncate and writeback find
 * every mapping of the file; nothing for an anonymous VMA. (2.6 names
 * this __vma_link_file.)
 */
void vma_link_file(struct vm_area_struct *vma)
{
	if (vma->vm_file && vma->vm_file->f_mapping)
		list_add_tail(&vma->shared, &vma->vm_file->f_mapping->i_mmap);
}

/* Take vma off its file's i_mmap list. */
static void vma_unlink_file(struct vm_area_struct *vma)
{
	if (vma->vm_file && !list_empty(&vma->shared))
		list_del_init(&vma->shared);
}

/*
 * A complete insertion of a new VMA: __vma_link, then its file's i_mmap
 * and map_count. The slot comes from find_vma_prepare; the caller has
 * checked the map-count limit (may_add_vma) and counts total_vm itself.
 */
void vma_link(struct mm_struct *mm, struct vm_area_struct *vma,
	      struct vm_area_struct *prev, struct rb_node **rb_link,
	      struct rb_node *rb_parent)
{
	__vma_link(mm, vma, prev, rb_link, rb_parent);
	vma_link_file(vma);
	mm->map_count++;
}

/* Link vma (not overlapping anything) where it belongs; map_count too. */
static void __insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct vm_area_struct *prev, *next;
	struct rb_node **rb_link, *rb_parent;

	next = find_vma_prepare(mm, vma->vm_start, &prev, &rb_link, &rb_parent);
	BUG_ON(next && next->vm_start < vma->vm_end);
	__vma_link(mm, vma, prev, rb_link, rb_parent);
	mm->map_count++;
}

/*
 * Link a VMA the caller built into mm (Linux: exec's first stack; here
 * the boot self-test of mm/memory.c), counting it in map_count and
 * total_vm; an anonymous
 * VMA gets vm_pgoff = vm_start >> PAGE_SHIFT; a VM_ACCOUNT one is charged
 * to the commit. Returns 0, or -ENOMEM if it overlaps a VMA, mm is at the
 * map-count limit or the commit refuses (then nothing changed and the
 * caller still owns vma).
 */
int insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct vm_area_struct *prev, *next;
	struct rb_node **rb_link, *rb_parent;

	/* Anonymous regions get the pgoff that makes merging rules uniform. */
	if (!vma->vm_file)
		vma->vm_pgoff = vma->vm_start >> PAGE_SHIFT;
	next = find_vma_prepare(mm, vma->vm_start, &prev, &rb_link, &rb_parent);
	if (next && next->vm_start < vma->vm_end)
		return -ENOMEM;
	if (!may_add_vma(mm))
		return -ENOMEM;
	if ((vma->vm_flags & VM_ACCOUNT) && __vm_enough_memory(vma_pages(vma)))
		return -ENOMEM;
	vma->vm_mm = mm;
	vma_link(mm, vma, prev, rb_link, rb_parent);
	mm->total_vm += vma_pages(vma);
	validate_mm(mm);
	return 0;
}

/*
 * Take vma, whose list predecessor is prev, off mm's list and tree, fixing
 * the gaps, highest_vm_end and mmap_cache. map_count, the file's i_mmap
 * and the page tables are the caller's business.
 */
void __vma_unlink(struct mm_struct *mm, struct vm_area_struct *vma,
		  struct vm_area_struct *prev)
{
	struct vm_area_struct *next = vma->vm_next;

	VM_BUG_ON(vma->vm_prev != prev);
	/* List first, then the successor's (now larger) gap, then the tree. */
	if (prev)
		prev->vm_next = next;
	else
		mm->mmap = next;
	if (next) {
		next->vm_prev = prev;
		vma_gap_update(next);
	}
	rb_erase_augmented(&vma->vm_rb, &mm->mm_rb, &vma_gap_callbacks);
	if (!next)
		mm->highest_vm_end = prev ? prev->vm_end : 0;
	if (mm->mmap_cache == vma)
		mm->mmap_cache = prev;
}

/* ---- adjusting, merging, splitting --------------------------------------- */

/*
 * A VMA swallowed by a merge: it maps nothing of its own any more. Its
 * pages now belong to prev, which joins its anon_vma if it had none.
 */
static void vma_drop_merged(struct mm_struct *mm, struct vm_area_struct *gone,
			    struct vm_area_struct *prev)
{
	__vma_unlink(mm, gone, prev);
	anon_vma_import(prev, gone);
	anon_vma_unlink(gone);
	vma_unlink_file(gone);
	if (gone->vm_file)
		fput(gone->vm_file);
	mm->map_count--;
	vm_area_free(gone);
}

/*
 * Make vma cover [start, end) with file offset pgoff (in pages), and
 * link insert (may be NULL: split_vma's other half) next to it. Growing
 * vma over its successors is how merges happen: a successor the new end
 * covers completely is freed, one it covers in part loses its head (case
 * 5); shrinking vma's end hands its tail to the successor that starts
 * where vma ended (case 4). Gaps, list and tree stay consistent; page
 * tables are not touched, and the caller accounts total_vm.
 */
void vma_adjust(struct vm_area_struct *vma, unsigned long start,
		unsigned long end, unsigned long pgoff,
		struct vm_area_struct *insert)
{
	struct mm_struct *mm = vma->vm_mm;
	struct vm_area_struct *next = vma->vm_next;

	if (!insert) {
		/* Cases 1, 6, 7, 8: whole successors now lie inside vma. */
		while (next && end >= next->vm_end) {
			struct vm_area_struct *gone = next;

			next = next->vm_next;
			vma_drop_merged(mm, gone, vma);
		}
		if (next && end > next->vm_start) {
			/* Case 5: vma takes the head of next. */
			anon_vma_import(vma, next);
			next->vm_pgoff += (end - next->vm_start) >> PAGE_SHIFT;
			next->vm_start = end;
		} else if (next && end < vma->vm_end && next->vm_start == vma->vm_end) {
			/* Case 4: next takes the tail of vma. */
			anon_vma_import(next, vma);
			next->vm_pgoff -= (vma->vm_end - end) >> PAGE_SHIFT;
			next->vm_start = end;
		}
	}
	vma->vm_start = start;
	vma->vm_end = end;
	vma->vm_pgoff = pgoff;
	vma_gap_update(vma);
	vma_gap_update_next(mm, vma);
	if (insert) {
		__insert_vm_struct(mm, insert);
		vma_link_file(insert);
	}
}

/* Same object, same flags, and nothing that must hear about each VMA. */
static bool is_mergeable_vma(struct vm_area_struct *vma, struct file *file,
			     unsigned long vm_flags)
{
	if (vma->vm_flags != vm_flags || vma->vm_file != file)
		return false;
	return !(vma->vm_ops && vma->vm_ops->close);
}

/*
 * May anonymous pages of two anon_vmas end up in one VMA? Only if they are
 * the same, or one side has none yet: one VMA has one reverse map.
 * (Linux's is_mergeable_anon_vma.)
 */
static bool is_mergeable_anon_vma(struct anon_vma *anon_vma1, struct anon_vma *anon_vma2)
{
	return !anon_vma1 || !anon_vma2 || anon_vma1 == anon_vma2;
}

/* May a range ending at file page vm_pgoff join vma from below? */
static bool can_vma_merge_before(struct vm_area_struct *vma, unsigned long vm_flags,
				 struct anon_vma *anon_vma, struct file *file,
				 unsigned long vm_pgoff)
{
	return is_mergeable_vma(vma, file, vm_flags) &&
	       is_mergeable_anon_vma(anon_vma, vma->anon_vma) && vma->vm_pgoff == vm_pgoff;
}

/* May a range starting at file page vm_pgoff join vma from above? */
static bool can_vma_merge_after(struct vm_area_struct *vma, unsigned long vm_flags,
				struct anon_vma *anon_vma, struct file *file,
				unsigned long vm_pgoff)
{
	return is_mergeable_vma(vma, file, vm_flags) &&
	       is_mergeable_anon_vma(anon_vma, vma->anon_vma) &&
	       vma->vm_pgoff + vma_pages(vma) == vm_pgoff;
}

/*
 * [addr, end) of mm, lying just after prev in the list (prev NULL: at the
 * start), is about to get vm_flags, file and pgoff (file offset of addr,
 * in pages); anon_vma is the reverse map its anonymous pages are on (NULL
 * for a new range). If it can join prev and/or the next VMA - same flags,
 * same file, contiguous offsets, no ->close, anon_vmas that agree (equal,
 * or NULL on one side; for a merge of all three, prev's and next's too) -
 * do it with vma_adjust and return
 * the VMA that now covers it; otherwise NULL, and nothing changed. Never
 * for VM_SPECIAL. The caller has cleared [addr, end) of other mappings,
 * or (mprotect, mlock) it is all or one end of one VMA; page tables and
 * counters are the caller's.
 *
 * The eight cases of Linux's comment. A is [addr, end), about to get the
 * new flags; P = prev, N = next, X = the one after N. Where A overlaps
 * existing VMAs (mprotect) it is exactly one VMA or a part at one end.
 *
 *     AAAA             AAAA                AAAA          AAAA
 *    PPPPPPNNNNNN    PPPPPPNNNNNN    PPPPPPNNNNNN    PPPPNNNNXXXX
 *    cannot merge    might become    might become    might become
 *                    PPNNNNNNNNNN    PPPPPPPPPPNN    PPPPPPPPPPPP 6 or
 *    mmap, brk or    case 4 below    case 5 below    PPPPPPPPXXXX 7 or
 *    mremap move:                                    PPPPNNNNNNNN 8
 *        AAAA
 *    PPPP    NNNN    PPPPPPPPPPPP    PPPPPPPPNNNN    PPPPNNNNNNNN
 *    might become    case 1 below    case 2 below    case 3 below
 */
struct vm_area_struct *vma_merge(struct mm_struct *mm, struct vm_area_struct *prev,
				 unsigned long addr, unsigned long end,
				 unsigned long vm_flags, struct anon_vma *anon_vma,
				 struct file *file, unsigned long pgoff)
{
	unsigned long pglen = (end - addr) >> PAGE_SHIFT;
	struct vm_area_struct *area, *next;

	if (vm_flags & VM_SPECIAL)
		return NULL;
	next = prev ? prev->vm_next : mm->mmap;
	area = next;
	if (next && next->vm_end == end)	/* cases 6, 7, 8: A is all of N */
		next = next->vm_next;

	if (prev && prev->vm_end == addr &&
	    can_vma_merge_after(prev, vm_flags, anon_vma, file, pgoff)) {
		if (next && end == next->vm_start &&
		    can_vma_merge_before(next, vm_flags, anon_vma, file, pgoff + pglen) &&
		    is_mergeable_anon_vma(prev->anon_vma, next->anon_vma))
			vma_adjust(prev, prev->vm_start, next->vm_end,
				   prev->vm_pgoff, NULL);	/* cases 1, 6 */
		else
			vma_adjust(prev, prev->vm_start, end,
				   prev->vm_pgoff, NULL);	/* cases 2, 5, 7 */
		return prev;
	}
	if (next && end == next->vm_start &&
	    can_vma_merge_before(next, vm_flags, anon_vma, file, pgoff + pglen)) {
		if (prev && addr < prev->vm_end)		/* case 4 */
			vma_adjust(prev, prev->vm_start, addr, prev->vm_pgoff, NULL);
		else						/* cases 3, 8 */
			vma_adjust(area, addr, next->vm_end, next->vm_pgoff - pglen, NULL);
		return area;
	}
	return NULL;
}

/*
 * split_vma without the map-count check: do_munmap may go one over the
 * limit for a moment, because it removes at least as many VMAs as it adds.
 */
static int __split_vma(struct mm_struct *mm, struct vm_area_struct *vma,
		       unsigned long addr, int new_below)
{
	struct vm_area_struct *new;

	VM_BUG_ON(addr <= vma->vm_start || addr >= vma->vm_end || (addr & ~PAGE_MASK));
	new = vm_area_alloc(mm);
	if (!new)
		return -ENOMEM;
	*new = *vma;
	INIT_LIST_HEAD(&new->shared);
	RB_CLEAR_NODE(&new->vm_rb);
	new->vm_next = new->vm_prev = NULL;
	anon_vma_link(new);	/* both halves may map the pages faulted so far */
	if (new_below) {
		new->vm_end = addr;
	} else {
		new->vm_start = addr;
		new->vm_pgoff += (addr - vma->vm_start) >> PAGE_SHIFT;
	}
	if (new->vm_file)
		get_file(new->vm_file);
	if (new->vm_ops && new->vm_ops->open)
		new->vm_ops->open(new);
	if (new_below)
		vma_adjust(vma, addr, vma->vm_end,
			   vma->vm_pgoff + ((addr - new->vm_start) >> PAGE_SHIFT), new);
	else
		vma_adjust(vma, vma->vm_start, addr, vma->vm_pgoff, new);
	return 0;
}

/*
 * Split vma in two at addr (page-aligned, strictly inside it): the new VMA
 * is the part below addr if new_below, else the part above; vma keeps the
 * other part. Both map what they mapped before (file reference and ->open
 * for the new one); page tables are not touched. Returns 0, or -ENOMEM
 * when out of memory or mm is at the map-count limit.
 */
int split_vma(struct mm_struct *mm, struct vm_area_struct *vma,
	      unsigned long addr, int new_below)
{
	if (mm->map_count >= sysctl_max_map_count)
		return -ENOMEM;
	return __split_vma(mm, vma, addr, new_below);
}

/*
 * Give [start, end), a part of vma, the flags newflags (Linux 6.7's
 * vma_modify_flags; mlock_fixup and madvise open-code it in 2.6): merged
 * into a neighbour when the flags now match it, else split off vma. *prev
 * is the VMA before start on entry (NULL if none) and the VMA that now
 * covers [start, end) on return. 0, or -ENOMEM from a split. The caller
 * keeps any accounting the flags imply.
 */
int vma_modify_flags(struct vm_area_struct *vma, struct vm_area_struct **prev,
		     unsigned long start, unsigned long end, unsigned long newflags)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long pgoff = vma->vm_pgoff + ((start - vma->vm_start) >> PAGE_SHIFT);
	struct vm_area_struct *merged;
	int err;

	if (newflags == vma->vm_flags) {
		*prev = vma;
		return 0;
	}
	merged = vma_merge(mm, *prev, start, end, newflags, vma->anon_vma, vma->vm_file, pgoff);
	if (merged) {
		*prev = merged;
		return 0;
	}
	if (start != vma->vm_start && (err = split_vma(mm, vma, start, 1)))
		return err;
	if (end != vma->vm_end && (err = split_vma(mm, vma, end, 0)))
		return err;
	vma->vm_flags = newflags;
	*prev = vma;
	return 0;
}

/* ---- finding free space -------------------------------------------------- */

static inline struct vm_area_struct *rb_vma(struct rb_node *rb)
{
	return rb ? rb_entry(rb, struct vm_area_struct, vm_rb) : NULL;
}

/*
 * Lowest gap_start with [gap_start, gap_start + len) free and inside
 * [low, high), using the subtree gaps: descend left while the left
 * subtree has a gap of len bytes somewhere, else try this VMA's own gap,
 * else go right; climbing back up resumes at the first ancestor we came
 * to from its left. O(log n). -ENOMEM if no gap fits. Linux 3.8+.
 */
static unsigned long unmapped_area(struct mm_struct *mm, unsigned long len,
				   unsigned long low, unsigned long high)
{
	unsigned long low_limit, high_limit, gap_start, gap_end;
	struct vm_area_struct *vma, *left, *right;
	struct rb_node *prev;

	if (len > high || high - len < low)
		return -ENOMEM;
	high_limit = high - len;	/* a gap may start at most here */
	low_limit = low + len;		/* and must end at least here */
	vma = rb_vma(mm->mm_rb.rb_node);
	if (!vma || vma->rb_subtree_gap < len)
		goto check_highest;
	for (;;) {
		gap_end = vma->vm_start;
		left = rb_vma(vma->vm_rb.rb_left);
		if (gap_end >= low_limit && left && left->rb_subtree_gap >= len) {
			vma = left;
			continue;
		}
		gap_start = vma->vm_prev ? vma->vm_prev->vm_end : 0;
check_current:
		if (gap_start > high_limit)
			return -ENOMEM;
		if (gap_end >= low_limit && gap_end - gap_start >= len)
			goto found;
		right = rb_vma(vma->vm_rb.rb_right);
		if (right && right->rb_subtree_gap >= len) {
			vma = right;
			continue;
		}
		/* Up to the first ancestor whose left subtree we were in. */
		for (;;) {
			prev = &vma->vm_rb;
			vma = rb_vma(rb_parent(prev));
			if (!vma)
				goto check_highest;
			if (prev == vma->vm_rb.rb_left) {
				gap_start = vma->vm_prev->vm_end;
				gap_end = vma->vm_start;
				goto check_current;
			}
		}
	}
check_highest:
	gap_start = mm->highest_vm_end;
	if (gap_start > high_limit)
		return -ENOMEM;
found:
	return max(gap_start, low);
}

/*
 * Highest gap_end - len with [gap_end - len, gap_end) free and inside
 * [low, high): the mirror of unmapped_area. First the space above the
 * last VMA; then, from the root, descend right while the right subtree
 * has a gap of len bytes, else try this VMA's own gap, else go left;
 * climbing back up resumes at the first ancestor we came to from its
 * right. O(log n). -ENOMEM if no gap fits. Linux 3.8+.
 */
static unsigned long unmapped_area_topdown(struct mm_struct *mm, unsigned long len,
					   unsigned long low, unsigned long high)
{
	unsigned long low_limit, high_limit, gap_start, gap_end;
	struct vm_area_struct *vma, *left, *right;
	struct rb_node *prev;

	if (len > high || high - len < low)
		return -ENOMEM;
	high_limit = high - len;	/* a gap must start at most here */
	low_limit = low + len;		/* and may end no lower than here */
	if (mm->highest_vm_end <= high_limit)
		return high - len;	/* nothing mapped between the last VMA and high */
	vma = rb_vma(mm->mm_rb.rb_node);
	if (!vma || vma->rb_subtree_gap < len)
		return -ENOMEM;
	for (;;) {
		gap_start = vma->vm_prev ? vma->vm_prev->vm_end : 0;
		right = rb_vma(vma->vm_rb.rb_right);
		if (gap_start <= high_limit && right && right->rb_subtree_gap >= len) {
			vma = right;
			continue;
		}
check_current:
		gap_end = vma->vm_start;
		if (gap_end < low_limit)
			return -ENOMEM;
		if (gap_start <= high_limit && gap_end - gap_start >= len)
			return min(gap_end, high) - len;
		left = rb_vma(vma->vm_rb.rb_left);
		if (left && left->rb_subtree_gap >= len) {
			vma = left;
			continue;
		}
		/* Up to the first ancestor whose right subtree we were in. */
		for (;;) {
			prev = &vma->vm_rb;
			vma = rb_vma(rb_parent(prev));
			if (!vma)
				return -ENOMEM;
			if (prev == vma->vm_rb.rb_right) {
				gap_start = vma->vm_prev ? vma->vm_prev->vm_end : 0;
				goto check_current;
			}
		}
	}
}

/*
 * 2.6's bottom-up search: walk the list from free_area_cache (or from
 * base when the request fits a hole we skipped before), take the first
 * hole that fits and remember where it ended. Not always the lowest fit
 * above base, and O(n) when the space is fragmented: the reference the
 * benchmark compares the gap tree against.
 */
static unsigned long linear_unmapped_area(struct mm_struct *mm, unsigned long len,
					  unsigned long base)
{
	unsigned long start_addr, addr;
	struct vm_area_struct *vma;

	if (len > mm->cached_hole_size) {
		start_addr = addr = mm->free_area_cache;
	} else {
		start_addr = addr = base;
		mm->cached_hole_size = 0;
	}
full_search:
	for (vma = find_vma(mm, addr); ; vma = vma->vm_next) {
		if (TASK_SIZE - len < addr) {
			if (start_addr != base) {
				/* Start again from the base: a hole may have opened. */
				start_addr = addr = base;
				mm->cached_hole_size = 0;
				goto full_search;
			}
			return -ENOMEM;
		}
		if (!vma || addr + len <= vma->vm_start) {
			mm->free_area_cache = addr + len;
			return addr;
		}
		if (addr + mm->cached_hole_size < vma->vm_start)
			mm->cached_hole_size = vma->vm_start - addr;
		addr = vma->vm_end;
	}
}

/*
 * 2.6's top-down search: try just below free_area_cache (where the last
 * mapping went), else walk down from mmap_base, VMA by VMA, taking the
 * first hole that fits above floor; cached_hole_size remembers the
 * largest hole passed, so a request that fits one restarts from the base.
 */
static unsigned long linear_unmapped_area_topdown(struct mm_struct *mm, unsigned long len,
						  unsigned long floor)
{
	struct vm_area_struct *vma;
	unsigned long addr;

	if (len <= mm->cached_hole_size) {
		mm->cached_hole_size = 0;
		mm->free_area_cache = mm->mmap_base;
	}
	addr = mm->free_area_cache;
	if (addr >= floor + len) {
		vma = find_vma(mm, addr - len);
		if (!vma || addr <= vma->vm_start)
			return mm->free_area_cache = addr - len;
	}
	if (mm->mmap_base < floor + len)
		return -ENOMEM;
	addr = mm->mmap_base - len;
	for (;;) {
		vma = find_vma(mm, addr);
		if (!vma || addr + len <= vma->vm_start)
			return mm->free_area_cache = addr;
		if (addr + mm->cached_hole_size < vma->vm_start)
			mm->cached_hole_size = vma->vm_start - addr;
		if (vma->vm_start < floor + len)
			return -ENOMEM;
		addr = vma->vm_start - len;
	}
}

/*
 * A hole opened at addr (the start of a removed VMA) in the bottom-up
 * layout: the linear search should look there again. Linux 2.6's hook.
 */
void arch_unmap_area(struct mm_struct *mm, unsigned long addr)
{
	if (addr >= mm->mmap_base && addr < mm->free_area_cache)
		mm->free_area_cache = addr;
}

/*
 * A hole opened below addr (the end of a removed VMA) in the top-down
 * layout: a hole higher than the cache moves it up, never above
 * mmap_base. Linux 2.6's hook.
 */
void arch_unmap_area_topdown(struct mm_struct *mm, unsigned long addr)
{
	if (addr > mm->free_area_cache)
		mm->free_area_cache = addr;
	if (mm->free_area_cache > mm->mmap_base)
		mm->free_area_cache = mm->mmap_base;
}

/* The hint addr, rounded up to a page, if [addr, addr + len) is free and allowed; else 0. */
static unsigned long free_hint(struct mm_struct *mm, unsigned long addr, unsigned long len)
{
	struct vm_area_struct *vma;

	if (!addr)
		return 0;
	addr = PAGE_ALIGN(addr);
	vma = find_vma(mm, addr);
	if (addr >= MMAP_MIN_ADDR && addr <= TASK_SIZE - len &&
	    (!vma || addr + len <= vma->vm_start))
		return addr;
	return 0;
}

/*
 * The legacy bottom-up layout's search (mm->get_unmapped_area under
 * ADDR_COMPAT_LAYOUT or vm.legacy_va_layout): a free hint as it is, else
 * the lowest fit at or above mmap_base (the gap tree, or 2.6's walk with
 * mmap_search=linear). Nothing below mmap_base, as in Linux: the program
 * and its heap lie there. Returns the address or -ENOMEM.
 */
unsigned long arch_get_unmapped_area(struct file *file, unsigned long addr,
				     unsigned long len, unsigned long pgoff,
				     unsigned long flags)
{
	struct mm_struct *mm = current->mm;
	unsigned long hint = free_hint(mm, addr, len);

	if (hint)
		return hint;
	if (mmap_search_linear)
		return linear_unmapped_area(mm, len, mm->mmap_base);
	return unmapped_area(mm, len, mm->mmap_base, TASK_SIZE);
}

/*
 * The lowest address the top-down search may hand out: MMAP_MIN_ADDR,
 * and never below the program's text (Linux goes down to mmap_min_addr
 * even there).
 */
static unsigned long topdown_floor(struct mm_struct *mm)
{
	return max(MMAP_MIN_ADDR, mm->start_code);
}

/*
 * The default top-down layout's search: a free hint as it is, else the
 * highest fit below mmap_base and above the program (the gap tree, or
 * 2.6's walk from free_area_cache with mmap_search=linear). When that is
 * full, as Linux: a bottom-up search from TASK_UNMAPPED_BASE, which can
 * use what lies above mmap_base. Returns the address or -ENOMEM.
 */
unsigned long arch_get_unmapped_area_topdown(struct file *file, unsigned long addr,
					     unsigned long len, unsigned long pgoff,
					     unsigned long flags)
{
	struct mm_struct *mm = current->mm;
	unsigned long hint = free_hint(mm, addr, len), found;

	if (hint)
		return hint;
	if (mmap_search_linear)
		found = linear_unmapped_area_topdown(mm, len, topdown_floor(mm));
	else
		found = unmapped_area_topdown(mm, len, topdown_floor(mm), mm->mmap_base);
	if (!IS_ERR_VALUE(found))
		return found;
	if (!mmap_search_linear)
		return unmapped_area(mm, len, TASK_UNMAPPED_BASE, TASK_SIZE);
	/* 2.6: the bottom-up walk, with its cache pointed at its own base and reset after. */
	mm->cached_hole_size = ~0UL;
	mm->free_area_cache = TASK_UNMAPPED_BASE;
	found = linear_unmapped_area(mm, len, TASK_UNMAPPED_BASE);
	mm->free_area_cache = mm->mmap_base;
	mm->cached_hole_size = ~0UL;
	return found;
}

/*
 * A free range of len bytes for a new mapping in current->mm. MAP_FIXED:
 * addr itself (-EINVAL if unaligned, -ENOMEM past TASK_SIZE; what is
 * there will be replaced; -EPERM below MMAP_MIN_ADDR unless root).
 * Otherwise the layout's search,
 * mm->get_unmapped_area (arch_get_unmapped_area_topdown by default,
 * arch_get_unmapped_area for the legacy layout), which honours a free
 * hint. Returns the address, or -ENOMEM when nothing fits (or len exceeds
 * TASK_SIZE). file and pgoff are unused (no cache colouring on i386).
 */
unsigned long get_unmapped_area(struct file *file, unsigned long addr,
				unsigned long len, unsigned long pgoff,
				unsigned long flags)
{
	struct mm_struct *mm = current->mm;

	if (len > TASK_SIZE)
		return -ENOMEM;
	if (flags & MAP_FIXED) {
		if (addr > TASK_SIZE - len)
			return -ENOMEM;
		if (addr & ~PAGE_MASK)
			return -EINVAL;
		/* Below mmap_min_addr only with privilege (Linux: CAP_SYS_RAWIO). */
		if (addr < MMAP_MIN_ADDR && current->euid != 0)
			return -EPERM;
		return addr;
	}
	return mm->get_unmapped_area(file, addr, len, pgoff, flags);
}

/* ---- mmap ---------------------------------------------------------------- */

static unsigned long calc_vm_prot_bits(unsigned long prot)
{
	return ((prot & PROT_READ) ? VM_READ : 0) |
	       ((prot & PROT_WRITE) ? VM_WRITE : 0) |
	       ((prot & PROT_EXEC) ? VM_EXEC : 0);
}

static unsigned long calc_vm_flag_bits(unsigned long flags)
{
	return ((flags & MAP_GROWSDOWN) ? VM_GROWSDOWN : 0) |
	       ((flags & MAP_DENYWRITE) ? VM_DENYWRITE : 0) |
	       ((flags & MAP_LOCKED) ? VM_LOCKED : 0) |
	       ((flags & MAP_NORESERVE) ? VM_NORESERVE : 0);
}

/*
 * Count a new range in total_vm/locked_vm and fault it in if asked. When
 * memory runs out on the way, the caller is killed, as the out-of-memory
 * killer ends Linux's populate of a task that took all memory.
 */
static void mmap_account(struct mm_struct *mm, unsigned long addr, unsigned long len,
			 unsigned long vm_flags, bool populate)
{
	mm->total_vm += len >> PAGE_SHIFT;
	if (vm_flags & VM_LOCKED)
		mm->locked_vm += len >> PAGE_SHIFT;
	if (((vm_flags & VM_LOCKED) || populate) && make_pages_present(mm, addr, addr + len)) {
		printk(KERN_ERR "Out of memory: killing pid %d (populating %08lx-%08lx)\n",
		       current->pid, addr, addr + len);
		force_sig(SIGKILL);
	}
}

/* Pages of [start, end) that VMAs already cover (Linux's count_vma_pages_range). */
static unsigned long count_vma_pages_range(struct mm_struct *mm, unsigned long start,
					   unsigned long end)
{
	struct vm_area_struct *vma = find_vma(mm, start);
	unsigned long pages = 0;

	for (; vma && vma->vm_start < end; vma = vma->vm_next)
		pages += (min(end, vma->vm_end) - max(start, vma->vm_start)) >> PAGE_SHIFT;
	return pages;
}

/* Where a new VMA goes: its list predecessor and its rbtree link (find_vma_prepare's results). */
struct vma_slot {
	struct vm_area_struct *prev;
	struct rb_node **rb_link, *rb_parent;
};

/*
 * Unmap whatever lies in [addr, addr + len), which a new mapping is about
 * to take (MAP_FIXED, brk), and find where the new VMA goes: Linux 2.6's
 * "munmap_back" loop, one tree walk when the range is already free, a new
 * walk after each unmap. Returns 0 with *slot saying where the new VMA
 * goes, or -ENOMEM if do_munmap could not split a VMA at the edges or the
 * new VMA would pass the map-count limit.
 */
static int clear_old_maps(struct mm_struct *mm, unsigned long addr, unsigned long len,
			  struct vma_slot *slot)
{
	struct vm_area_struct *vma;

	while ((vma = find_vma_prepare(mm, addr, &slot->prev, &slot->rb_link, &slot->rb_parent)) &&
	       vma->vm_start < addr + len) {
		if (do_munmap(mm, addr, len))
			return -ENOMEM;
	}
	return may_add_vma(mm) ? 0 : -ENOMEM;
}

/* Build and link a VMA for [addr, addr+len), or extend a neighbour. */
static unsigned long mmap_region(struct file *file, unsigned long addr,
				 unsigned long len, unsigned long flags,
				 unsigned long vm_flags, unsigned long pgoff)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	struct vma_slot slot;

	/* RLIMIT_AS, counting what a MAP_FIXED replacement gives back first. */
	if (!may_expand_vm(mm, (len >> PAGE_SHIFT) - count_vma_pages_range(mm, addr, addr + len)))
		return -ENOMEM;
	int error;

	if (clear_old_maps(mm, addr, len, &slot))
		return -ENOMEM;
	/* The commit charge, after the old mappings gave theirs back (as Linux). */
	if (accountable_mapping(vm_flags)) {
		if (__vm_enough_memory(len >> PAGE_SHIFT))
			return -ENOMEM;
		vm_flags |= VM_ACCOUNT;
	}
	if (!file && !(vm_flags & VM_SHARED) &&
	    vma_merge(mm, slot.prev, addr, addr + len, vm_flags, NULL, NULL, pgoff))
		goto out;
	error = -ENOMEM;
	vma = vm_area_alloc(mm);
	if (!vma)
		goto unacct;
	vma->vm_start = addr;
	vma->vm_end = addr + len;
	vma->vm_flags = vm_flags;
	vma->vm_page_prot = vm_get_page_prot(vm_flags);
	vma->vm_pgoff = pgoff;
	if (file) {
		vma->vm_file = get_file(file);
		error = file->f_op->mmap(file, vma);
		if (error) {
			fput(file);
			vm_area_free(vma);
			goto unacct;
		}
		/*
		 * ->mmap sets vm_ops (and /dev/zero's shared case puts a tmpfs
		 * file in vm_file, shmem_zero_setup); it may not move or reflag
		 * the VMA.
		 */
		if (vma_merge(mm, slot.prev, addr, addr + len, vma->vm_flags, NULL,
			      vma->vm_file, vma->vm_pgoff)) {
			fput(vma->vm_file);
			vm_area_free(vma);
			goto out;
		}
	}
	vma_link(mm, vma, slot.prev, slot.rb_link, slot.rb_parent);
out:
	mmap_account(mm, addr, len, vm_flags,
		     (flags & (MAP_POPULATE | MAP_NONBLOCK)) == MAP_POPULATE);
	validate_mm(mm);
	return addr;
unacct:
	if (vm_flags & VM_ACCOUNT)
		vm_unacct_memory(len >> PAGE_SHIFT);
	return error;
}

/* VM_* flags for a file mapping, or -errno when the file's mode forbids it. */
static long file_mmap_flags(struct file *file, unsigned long prot,
			    unsigned long flags, unsigned long vm_flags)
{
	switch (flags & MAP_TYPE) {
	case MAP_SHARED_VALIDATE:
		if (flags & ~LEGACY_MAP_MASK)
			return -EOPNOTSUPP;
		/* fall through */
	case MAP_SHARED:
		if ((prot & PROT_WRITE) && !(file->f_mode & FMODE_WRITE))
			return -EACCES;
		vm_flags |= VM_SHARED | VM_MAYSHARE;
		/* A read-only fd can never be written through this mapping. */
		if (!(file->f_mode & FMODE_WRITE))
			vm_flags &= ~(VM_MAYWRITE | VM_SHARED);
		break;
	case MAP_PRIVATE:
		break;
	default:
		return -EINVAL;
	}
	if (!(file->f_mode & FMODE_READ))
		return -EACCES;
	if (!file->f_op || !file->f_op->mmap)
		return -ENODEV;
	return vm_flags;
}

/*
 * VM_* flags for an anonymous mapping, or -EINVAL for a bad mapping type.
 * As in Linux, MAP_SHARED_VALIDATE is only for files, and a shared
 * anonymous region cannot grow down (growing would need a new shared object).
 */
static long anon_mmap_flags(unsigned long flags, unsigned long vm_flags)
{
	switch (flags & MAP_TYPE) {
	case MAP_SHARED:
		if (vm_flags & VM_GROWSDOWN)
			return -EINVAL;
		return vm_flags | VM_SHARED | VM_MAYSHARE;
	case MAP_PRIVATE:
		return vm_flags;
	default:
		return -EINVAL;
	}
}

/*
 * mmap for current->mm: len bytes (rounded up to pages) of file from page
 * pgoff, or anonymous memory when file is NULL; prot PROT_*, flags MAP_*.
 * Checks the request as the book lists (length, offset overflow, map-count
 * limit, file mode against prot and MAP_SHARED), picks the address
 * (get_unmapped_area), then mmap_region clears what was there and extends
 * a neighbour or links a new VMA. The VMA takes its own file reference.
 * Returns the address, or -EINVAL, -ENOMEM (also: the commit refused a
 * private writable mapping), -EAGAIN (locked, past RLIMIT_MEMLOCK),
 * -EOVERFLOW, -EEXIST
 * (MAP_FIXED_NOREPLACE over a mapping), -EACCES, -ENODEV, -EOPNOTSUPP
 * (unknown flags with MAP_SHARED_VALIDATE) or the error of the file's
 * ->mmap; -EBADF comes from the callers.
 */
unsigned long do_mmap_pgoff(struct file *file, unsigned long addr,
			    unsigned long len, unsigned long prot,
			    unsigned long flags, unsigned long pgoff)
{
	struct mm_struct *mm = current->mm;
	unsigned long vm_flags;
	long ret;

	if (!len)
		return -EINVAL;
	len = PAGE_ALIGN(len);
	if (!len || len > TASK_SIZE)
		return -ENOMEM;
	if (pgoff + (len >> PAGE_SHIFT) < pgoff)
		return -EOVERFLOW;
	if (!may_add_vma(mm))
		return -ENOMEM;
	if ((flags & MAP_FIXED_NOREPLACE) && !(flags & MAP_FIXED)) {
		if ((addr & ~PAGE_MASK) || addr > TASK_SIZE - len)
			return -EINVAL;
		if (find_vma_intersection(mm, addr, addr + len))
			return -EEXIST;
		flags |= MAP_FIXED;
	}
	vm_flags = calc_vm_prot_bits(prot) | calc_vm_flag_bits(flags) | mm->def_flags |
		   VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;
	if (sysctl_overcommit_memory == OVERCOMMIT_NEVER)
		vm_flags &= ~VM_NORESERVE;	/* strict mode charges MAP_NORESERVE too */
	if (mlock_future_check(mm, vm_flags, len))
		return -EAGAIN;
	if (file)
		ret = file_mmap_flags(file, prot, flags, vm_flags);
	else
		ret = anon_mmap_flags(flags, vm_flags);
	if (ret < 0)
		return ret;
	vm_flags = ret;
	addr = get_unmapped_area(file, addr, len, pgoff, flags);
	if (IS_ERR_VALUE(addr))
		return addr;
	/* Anonymous pages are indexed by address (private) or from 0 (shared). */
	if (!file)
		pgoff = (vm_flags & VM_SHARED) ? 0 : addr >> PAGE_SHIFT;
	return mmap_region(file, addr, len, flags, vm_flags, pgoff);
}

/* ---- munmap -------------------------------------------------------------- */

/* The last reference to vma: tell its object, drop the file, free it. */
static void remove_vma(struct vm_area_struct *vma)
{
	if (vma->vm_ops && vma->vm_ops->close)
		vma->vm_ops->close(vma);
	anon_vma_unlink(vma);
	vma_unlink_file(vma);
	if (vma->vm_file)
		fput(vma->vm_file);
	vm_area_free(vma);
}

/* Free a detached, NULL-terminated run of VMAs and uncount them. */
static void remove_vma_list(struct mm_struct *mm, struct vm_area_struct *vma)
{
	while (vma) {
		struct vm_area_struct *next = vma->vm_next;

		mm->total_vm -= vma_pages(vma);
		if (vma->vm_flags & VM_LOCKED)
			mm->locked_vm -= vma_pages(vma);
		if (vma->vm_flags & VM_ACCOUNT)
			vm_unacct_memory(vma_pages(vma));
		/* The hole's lower end for bottom-up, its upper end for top-down (2.6). */
		mm->unmap_area(mm, mm->unmap_area == arch_unmap_area ? vma->vm_start : vma->vm_end);
		remove_vma(vma);
		vma = next;
	}
}

/*
 * Take vma and the VMAs after it that start below end out of the list and
 * tree; they stay chained by vm_next (NULL-terminated) for unmap_region.
 */
static void detach_vmas_to_be_unmapped(struct mm_struct *mm, struct vm_area_struct *vma,
				       struct vm_area_struct *prev, unsigned long end)
{
	struct vm_area_struct *tail;

	do {
		rb_erase_augmented(&vma->vm_rb, &mm->mm_rb, &vma_gap_callbacks);
		mm->map_count--;
		tail = vma;
		vma = vma->vm_next;
	} while (vma && vma->vm_start < end);
	if (prev)
		prev->vm_next = vma;
	else
		mm->mmap = vma;
	if (vma) {
		vma->vm_prev = prev;
		/* Its gap grew, and the erases above saw a stale value: fix to the root. */
		vma_gap_update(vma);
	} else {
		mm->highest_vm_end = prev ? prev->vm_end : 0;
	}
	tail->vm_next = NULL;
	mm->mmap_cache = NULL;
}

/* Zap the pages of the detached run, then the page tables nobody else uses. */
static void unmap_region(struct mm_struct *mm, struct vm_area_struct *vma,
			 struct vm_area_struct *prev, unsigned long start,
			 unsigned long end)
{
	struct vm_area_struct *next = prev ? prev->vm_next : mm->mmap;
	struct vm_area_struct *v;

	for (v = vma; v; v = v->vm_next)
		zap_page_range(v, v->vm_start, v->vm_end);
	free_pgtables(mm, start, end, prev ? prev->vm_end : 0,
		      next ? next->vm_start : TASK_SIZE);
}

/*
 * Remove [start, start + len) (len rounded up to pages) from mm: the VMAs
 * at the edges are split, those inside detached, their pages zapped and
 * the page tables nobody else uses freed. Nothing mapped there is not an
 * error. Returns 0, -EINVAL for an unaligned start, a zero length or a
 * range past TASK_SIZE, or -ENOMEM when a split fails (out of memory, or
 * a cut in the middle of a VMA at the map-count limit): then nothing was
 * unmapped.
 */
int do_munmap(struct mm_struct *mm, unsigned long start, unsigned long len)
{
	struct vm_area_struct *vma, *prev, *last;
	unsigned long end;
	int error;

	if ((start & ~PAGE_MASK) || start > TASK_SIZE || len > TASK_SIZE - start)
		return -EINVAL;
	len = PAGE_ALIGN(len);
	if (!len)
		return -EINVAL;
	end = start + len;
	vma = find_vma_prev(mm, start, &prev);
	if (!vma || vma->vm_start >= end)
		return 0;		/* nothing mapped there: not an error */
	if (start > vma->vm_start) {
		/* Cut vma at start; a cut at both ends leaves one more VMA. */
		if (end < vma->vm_end && mm->map_count >= sysctl_max_map_count)
			return -ENOMEM;
		error = __split_vma(mm, vma, start, 0);
		if (error)
			return error;
		prev = vma;
	}
	last = find_vma(mm, end);
	if (last && end > last->vm_start) {
		error = __split_vma(mm, last, end, 1);
		if (error)
			return error;
	}
	vma = prev ? prev->vm_next : mm->mmap;
	detach_vmas_to_be_unmapped(mm, vma, prev, end);
	unmap_region(mm, vma, prev, start, end);
	remove_vma_list(mm, vma);
	validate_mm(mm);
	return 0;
}

/* ---- brk ----------------------------------------------------------------- */

/*
 * An anonymous, private, read-write mapping of len bytes (rounded up to
 * pages) at addr in current->mm, replacing whatever is there: the heap
 * growth of brk, and exec's bss. Extends the VMA below when it can, so the
 * heap stays one region, charged to the commit (VM_ACCOUNT). Returns
 * addr, or -EINVAL (unaligned, or past TASK_SIZE), -EAGAIN (mlockall's
 * MCL_FUTURE in force and RLIMIT_MEMLOCK would be passed) or -ENOMEM
 * (map-count limit, the commit refused, no memory).
 */
unsigned long do_brk(unsigned long addr, unsigned long len)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	struct vma_slot slot;
	unsigned long flags;

	len = PAGE_ALIGN(len);
	if (!len)
		return addr;
	if ((addr & ~PAGE_MASK) || addr + len > TASK_SIZE || addr + len < addr)
		return -EINVAL;
	flags = VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC | VM_ACCOUNT |
		mm->def_flags;
	if (mlock_future_check(mm, flags, len))
		return -EAGAIN;
	if (clear_old_maps(mm, addr, len, &slot))
		return -ENOMEM;
	if (__vm_enough_memory(len >> PAGE_SHIFT))
		return -ENOMEM;
	if (vma_merge(mm, slot.prev, addr, addr + len, flags, NULL, NULL, addr >> PAGE_SHIFT))
		goto out;
	vma = vm_area_alloc(mm);
	if (!vma) {
		vm_unacct_memory(len >> PAGE_SHIFT);
		return -ENOMEM;
	}
	vma->vm_start = addr;
	vma->vm_end = addr + len;
	vma->vm_pgoff = addr >> PAGE_SHIFT;
	vma->vm_flags = flags;
	vma->vm_page_prot = vm_get_page_prot(flags);
	vma_link(mm, vma, slot.prev, slot.rb_link, slot.rb_parent);
out:
	mmap_account(mm, addr, len, flags, false);
	validate_mm(mm);
	return addr;
}

/*
 * brk(brk): move the break. Linux's contract: the result is the new break
 * on success and the old one on any failure (shrinking below start_brk,
 * growing into another mapping or past TASK_SIZE, no memory); brk(0)
 * asks where the break is.
 */
SYSCALL_DEFINE1(brk, unsigned long, brk)
{
	struct mm_struct *mm = current->mm;
	unsigned long newbrk, oldbrk;

	if (brk < mm->start_brk || brk > TASK_SIZE - PAGE_SIZE)
		return mm->brk;
	newbrk = PAGE_ALIGN(brk);
	oldbrk = PAGE_ALIGN(mm->brk);
	if (oldbrk == newbrk)
		goto set_brk;
	if (brk <= mm->brk) {
		if (do_munmap(mm, newbrk, oldbrk - newbrk))
			return mm->brk;
		goto set_brk;
	}
	/* Never into another mapping, and keep a page of distance. */
	if (find_vma_intersection(mm, oldbrk, newbrk + PAGE_SIZE))
		return mm->brk;
	/* RLIMIT_DATA: the heap and the initialised data together (Linux's check_data_rlimit). */
	if (rlimit(RLIMIT_DATA) != RLIM_INFINITY &&
	    (brk - mm->start_brk) + (mm->end_data - mm->start_data) > rlimit(RLIMIT_DATA))
		return mm->brk;
	if (!may_expand_vm(mm, (newbrk - oldbrk) >> PAGE_SHIFT))
		return mm->brk;
	if (do_brk(oldbrk, newbrk - oldbrk) != oldbrk)
		return mm->brk;
set_brk:
	mm->brk = brk;
	return brk;
}

/* ---- stacks -------------------------------------------------------------- */

/*
 * Free space a stack keeps to an accessible region below it (Linux's
 * stack_guard_gap, 256 pages since 4.12): a runaway recursion then faults
 * in the gap instead of growing right up to the region and writing into it.
 */
#define STACK_GUARD_GAP	(256UL << PAGE_SHIFT)

/* Would growing vma down to address come too close to the region below? */
static bool stack_guard_violated(struct vm_area_struct *vma, unsigned long address)
{
	struct vm_area_struct *prev = vma->vm_prev;

	if (!prev)
		return false;
	if (prev->vm_end > address)
		return true;		/* would run into the region below */
	if ((prev->vm_flags & VM_GROWSDOWN) ||
	    !(prev->vm_flags & (VM_READ | VM_WRITE | VM_EXEC)))
		return false;		/* another stack, or a PROT_NONE guard region */
	return address - prev->vm_end < STACK_GUARD_GAP;
}

/*
 * Grow the VM_GROWSDOWN region vma down to the page holding address (the
 * fault path calls it for any access below a stack, as Linux 4.20+ does).
 * Returns 0 (also when address is already inside), -EFAULT if vma is not a
 * stack, or -ENOMEM if the stack would exceed RLIMIT_STACK or RLIMIT_AS, reach below
 * MMAP_MIN_ADDR, come within STACK_GUARD_GAP (1 MiB, Linux 4.12) of
 * an accessible region below, pass RLIMIT_MEMLOCK when locked, or the
 * commit refuses the growth. The new pages are not faulted in.
 */
int expand_stack(struct vm_area_struct *vma, unsigned long address)
{
	struct mm_struct *mm = vma->vm_mm;
	unsigned long grow;

	if (!(vma->vm_flags & VM_GROWSDOWN))
		return -EFAULT;
	address &= PAGE_MASK;
	if (address >= vma->vm_start)
		return 0;
	if (address < MMAP_MIN_ADDR || vma->vm_end - address > rlimit(RLIMIT_STACK) ||
	    !may_expand_vm(mm, (vma->vm_start - address) >> PAGE_SHIFT))
		return -ENOMEM;
	if (stack_guard_violated(vma, address))
		return -ENOMEM;
	grow = (vma->vm_start - address) >> PAGE_SHIFT;
	if ((vma->vm_flags & VM_LOCKED) && mlock_future_check(mm, vma->vm_flags, grow << PAGE_SHIFT))
		return -ENOMEM;
	if ((vma->vm_flags & VM_ACCOUNT) && __vm_enough_memory(grow))
		return -ENOMEM;
	vma->vm_start = address;
	vma->vm_pgoff -= grow;
	mm->total_vm += grow;
	if (vma->vm_flags & VM_LOCKED)
		mm->locked_vm += grow;
	vma_gap_update(vma);
	validate_mm(mm);
	return 0;
}

/*
 * The VMA containing addr, growing a stack down to it if addr lies just
 * below one (faulting the new pages in if the stack is VM_LOCKED); NULL
 * when addr is in no VMA and none can grow to it. Linux uses it where the
 * kernel walks user memory outside the fault path (get_user_pages); here
 * only the host tests call it.
 */
struct vm_area_struct *find_extend_vma(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma;
	unsigned long start;

	addr &= PAGE_MASK;
	vma = find_vma(mm, addr);
	if (!vma || vma->vm_start <= addr)
		return vma;
	start = vma->vm_start;
	if (expand_stack(vma, addr))
		return NULL;
	if (vma->vm_flags & VM_LOCKED)
		make_pages_present(mm, addr, start);
	return vma;
}

/* ---- whole address spaces ------------------------------------------------ */

/*
 * Remove every VMA, page and page table of mm's user half (exit, exec,
 * the last mmput) and reset its counters and search hints, so mm is empty
 * but still allocated, page directory included. If mm is live the TLB is
 * flushed as entries go.
 */
void exit_mmap(struct mm_struct *mm)
{
	struct vm_area_struct *vma;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		zap_page_range(vma, vma->vm_start, vma->vm_end);
	free_pgtables(mm, 0, TASK_SIZE, 0, TASK_SIZE);
	vma = mm->mmap;
	while (vma) {
		struct vm_area_struct *next = vma->vm_next;

		if (vma->vm_flags & VM_ACCOUNT)
			vm_unacct_memory(vma_pages(vma));
		remove_vma(vma);
		vma = next;
	}
	mm->mmap = NULL;
	mm->mm_rb = RB_ROOT;
	mm->mmap_cache = NULL;
	mm->map_count = 0;
	mm->highest_vm_end = 0;
	mm->total_vm = mm->locked_vm = 0;
	mm->free_area_cache = mm->mmap_base;
	mm->cached_hole_size = 0;
}

/* Copy one VMA for the child; NULL when out of memory. */
static struct vm_area_struct *dup_vma(struct mm_struct *mm, struct vm_area_struct *old)
{
	struct vm_area_struct *tmp = vm_area_alloc(mm);

	if (!tmp)
		return NULL;
	*tmp = *old;
	tmp->vm_mm = mm;
	tmp->vm_flags &= ~VM_LOCKED;		/* locks are not inherited */
	tmp->vm_next = tmp->vm_prev = NULL;
	INIT_LIST_HEAD(&tmp->shared);
	RB_CLEAR_NODE(&tmp->vm_rb);
	/* The child's copy joins the parent's reverse map: they share the pages. */
	anon_vma_link(tmp);
	if (tmp->vm_file) {
		get_file(tmp->vm_file);
		vma_link_file(tmp);
	}
	if (tmp->vm_ops && tmp->vm_ops->open)
		tmp->vm_ops->open(tmp);
	return tmp;
}

/*
 * fork: make the empty mm a copy of oldmm: the layout fields, exe_file,
 * and every VMA but VM_DONTCOPY ones (VM_LOCKED is not inherited), each
 * with its page-table entries (copy_page_range: private pages become copy
 * on write on both sides). Returns 0 or -ENOMEM; after a failure mm holds
 * what was copied so far, and the caller frees it with mmput.
 */
int dup_mmap(struct mm_struct *mm, struct mm_struct *oldmm)
{
	struct vm_area_struct *mpnt, *tmp, *prev = NULL;
	struct rb_node **rb_link = &mm->mm_rb.rb_node, *rb_parent = NULL;

	mm->start_code = oldmm->start_code;
	mm->end_code = oldmm->end_code;
	mm->start_data = oldmm->start_data;
	mm->end_data = oldmm->end_data;
	mm->start_brk = oldmm->start_brk;
	mm->brk = oldmm->brk;
	mm->start_stack = oldmm->start_stack;
	mm->arg_start = oldmm->arg_start;
	mm->arg_end = oldmm->arg_end;
	mm->env_start = oldmm->env_start;
	mm->env_end = oldmm->env_end;
	mm->mmap_base = oldmm->mmap_base;
	mm->get_unmapped_area = oldmm->get_unmapped_area;
	mm->unmap_area = oldmm->unmap_area;
	mm->free_area_cache = oldmm->free_area_cache;
	mm->cached_hole_size = oldmm->cached_hole_size;
	mm->def_flags = 0;
	mm->vdso = oldmm->vdso;
	if (oldmm->exe_file && set_mm_exe_file(mm, oldmm->exe_file))
		return -ETXTBSY;	/* cannot happen: oldmm already denies writers */
	for (mpnt = oldmm->mmap; mpnt; mpnt = mpnt->vm_next) {
		if (mpnt->vm_flags & VM_DONTCOPY)
			continue;
		/*
		 * A shared anonymous region is faulted in whole before the
		 * copy (copy_page_range): give it its anon_vma now, so the
		 * child's copy of the VMA has the one its pages will be on.
		 */
		if ((mpnt->vm_flags & VM_SHARED) && !mpnt->vm_file && anon_vma_prepare(mpnt))
			return -ENOMEM;
		/* The child's private copy is charged again (Linux's dup_mmap). */
		if ((mpnt->vm_flags & VM_ACCOUNT) && __vm_enough_memory(vma_pages(mpnt)))
			return -ENOMEM;
		tmp = dup_vma(mm, mpnt);
		if (!tmp) {
			if (mpnt->vm_flags & VM_ACCOUNT)
				vm_unacct_memory(vma_pages(mpnt));
			return -ENOMEM;
		}
		/* Appending in address order: the slot is always the rightmost. */
		__vma_link_list(mm, tmp, prev);
		__vma_link_rb(mm, tmp, rb_link, rb_parent);
		rb_link = &tmp->vm_rb.rb_right;
		rb_parent = &tmp->vm_rb;
		prev = tmp;
		mm->map_count++;
		mm->total_vm += vma_pages(tmp);
		if (copy_page_range(mm, oldmm, mpnt))
			return -ENOMEM;
	}
	validate_mm(mm);
	return 0;
}

/* ---- system calls -------------------------------------------------------- */

/*
 * What mmap2 and old_mmap share (Linux 4.17+: ksys_mmap_pgoff): the file
 * behind fd unless MAP_ANONYMOUS (-EBADF if fd is not open), mapped with
 * do_mmap_pgoff, which takes the VMA's own reference. The address or -errno.
 */
static long mmap_pgoff(unsigned long addr, unsigned long len, unsigned long prot,
		       unsigned long flags, unsigned long fd, unsigned long pgoff)
{
	struct file *file = NULL;
	unsigned long ret;

	flags &= ~(MAP_EXECUTABLE | MAP_DENYWRITE);
	if (!(flags & MAP_ANONYMOUS)) {
		file = fget(fd);
		if (!file)
			return -EBADF;
	}
	ret = do_mmap_pgoff(file, addr, len, prot, flags, pgoff);
	if (file)
		fput(file);
	return ret;
}

/*
 * mmap2(addr, len, prot, flags, fd, pgoff): the i386 mmap with the file
 * offset in pages, so 32-bit programs reach 16 TiB into a file (Linux's
 * sys_mmap_pgoff). The address, or -errno.
 */
SYSCALL_DEFINE6(mmap2, unsigned long, addr, unsigned long, len, unsigned long, prot,
		unsigned long, flags, unsigned long, fd, unsigned long, pgoff)
{
	return mmap_pgoff(addr, len, prot, flags, fd, pgoff);
}

/* The old i386 mmap: one pointer to the six arguments, offset in bytes. */
struct mmap_arg_struct {
	unsigned long addr, len, prot, flags, fd, offset;
};

/*
 * old_mmap(arg), number 90: the six arguments read from user memory at arg
 * (-EFAULT if they cannot be), the offset in bytes and page-aligned
 * (-EINVAL if not); otherwise as mmap2.
 */
SYSCALL_DEFINE1(old_mmap, struct mmap_arg_struct __user *, arg)
{
	struct mmap_arg_struct a;

	if (copy_from_user(&a, arg, sizeof(a)))
		return -EFAULT;
	if (a.offset & ~PAGE_MASK)
		return -EINVAL;
	return mmap_pgoff(a.addr, a.len, a.prot, a.flags, a.fd, a.offset >> PAGE_SHIFT);
}

/* munmap(addr, len): do_munmap on the caller's address space. */
SYSCALL_DEFINE2(munmap, unsigned long, addr, size_t, len)
{
	return do_munmap(current->mm, addr, len);
}

/* ---- checking ------------------------------------------------------------ */

#define VM_CHECK(cond, ...) do {					\
	if (!(cond)) {							\
		printk(KERN_ERR "validate_mm: " __VA_ARGS__);		\
		bugs++;							\
	}								\
} while (0)

/* Checks of one VMA against its list predecessor and its tree node. */
static int validate_vma(struct mm_struct *mm, struct vm_area_struct *vma,
			struct vm_area_struct *prev, struct rb_node *rb)
{
	int bugs = 0;

	VM_CHECK(vma->vm_mm == mm, "vma %p: vm_mm %p != %p\n", vma, vma->vm_mm, mm);
	VM_CHECK(vma->vm_prev == prev, "vma %p: vm_prev %p != %p\n", vma, vma->vm_prev, prev);
	VM_CHECK(vma->vm_start < vma->vm_end && vma->vm_end <= TASK_SIZE,
		 "vma %p: bad range %08lx-%08lx\n", vma, vma->vm_start, vma->vm_end);
	VM_CHECK(!((vma->vm_start | vma->vm_end) & ~PAGE_MASK),
		 "vma %p: unaligned %08lx-%08lx\n", vma, vma->vm_start, vma->vm_end);
	VM_CHECK(!prev || prev->vm_end <= vma->vm_start,
		 "vma %p at %08lx overlaps previous ending %08lx\n", vma,
		 vma->vm_start, prev ? prev->vm_end : 0);
	VM_CHECK(rb == &vma->vm_rb, "vma %p at %08lx: tree has %p here\n",
		 vma, vma->vm_start, rb);
	VM_CHECK(vma->rb_subtree_gap == vma_compute_subtree_gap(vma),
		 "vma %p at %08lx: rb_subtree_gap %08lx, should be %08lx\n",
		 vma, vma->vm_start, vma->rb_subtree_gap, vma_compute_subtree_gap(vma));
	bugs += anon_vma_validate(vma);
	return bugs;
}

/*
 * An anonymous page mapped at addr in v must be found there by the reverse
 * map: on v's anon_vma, at the index that vma_address turns into addr.
 */
static int validate_anon_rmap(struct vm_area_struct *v, unsigned long addr, pte_t pte)
{
	struct page *page = pte_present(pte) ? vm_normal_page(pte) : NULL;
	int bugs = 0;

	if (!page || !PageAnon(page))
		return 0;
	VM_CHECK(page->anon_vma == v->anon_vma && vma_address(page, v) == addr,
		 "anon page pfn %lx at %08lx: anon_vma %p index %lx, vma's anon_vma %p pgoff %lx\n",
		 page_to_pfn(page), addr, page->anon_vma, page->index, v->anon_vma, v->vm_pgoff);
	return bugs;
}

/*
 * Every present page-table entry of the user half lies inside a VMA:
 * munmap, mremap and exit must leave nothing mapped behind. Entries come
 * in address order, so one pass along the VMA list suffices.
 */
static int validate_page_tables(struct mm_struct *mm)
{
	struct vm_area_struct *v = mm->mmap;
	unsigned long i, j, addr;
	int bugs = 0;

	for (i = 0; mm->pgd && i < USER_PGD_PTRS && bugs < 4; i++) {
		pte_t *pte;

		if (!pgd_present(mm->pgd[i]))
			continue;
		pte = pgd_page_vaddr(mm->pgd[i]);
		for (j = 0; j < PTRS_PER_PTE && bugs < 4; j++) {
			if (pte_none(pte[j]))
				continue;
			addr = (i << PGDIR_SHIFT) | (j << PAGE_SHIFT);
			VM_CHECK(!is_swap_pte(pte[j]) || swap_entry_valid(pte_to_swp_entry(pte[j])),
				 "pte %08lx at %08lx: swap entry of no slot in use\n",
				 pte_val(pte[j]), addr);
			while (v && v->vm_end <= addr)
				v = v->vm_next;
			VM_CHECK(v && v->vm_start <= addr,
				 "pte %08lx maps %08lx outside every VMA\n", pte_val(pte[j]), addr);
			if (v && v->vm_start <= addr)
				bugs += validate_anon_rmap(v, addr, pte[j]);
		}
	}
	return bugs;
}

/*
 * Check every invariant of mm's VMAs: each page-aligned and inside the
 * user half, the list sorted and non-overlapping with correct vm_prev
 * links, the tree holding the same VMAs in the same order and keeping the
 * red-black rules, every rb_subtree_gap right, map_count, highest_vm_end
 * and total_vm right, and no present page-table entry outside a VMA.
 * Prints each broken one (KERN_ERR "validate_mm: ...") and returns how
 * many there were, 0 for a sound mm. Always compiled, for the host tests;
 * validate_mm is the debug-build hook that calls it.
 */
int __validate_mm(struct mm_struct *mm)
{
	struct vm_area_struct *vma, *prev = NULL;
	struct rb_node *rb = rb_first(&mm->mm_rb);
	unsigned long pages = 0;
	int bugs = 0, count = 0;

	for (vma = mm->mmap; vma; prev = vma, vma = vma->vm_next) {
		bugs += validate_vma(mm, vma, prev, rb);
		if (bugs)
			break;		/* the walk itself may no longer be safe */
		rb = rb_next(rb);
		pages += vma_pages(vma);
		count++;
	}
	if (bugs)
		return bugs;
	VM_CHECK(rb == NULL, "tree holds more VMAs than the list (%d)\n", count);
	VM_CHECK(count == mm->map_count, "map_count %d, list has %d\n", mm->map_count, count);
	VM_CHECK(mm->highest_vm_end == (prev ? prev->vm_end : 0),
		 "highest_vm_end %08lx, last VMA ends %08lx\n", mm->highest_vm_end,
		 prev ? prev->vm_end : 0);
	VM_CHECK(pages == mm->total_vm, "total_vm %lu, VMAs cover %lu pages\n",
		 mm->total_vm, pages);
	VM_CHECK(rb_check(&mm->mm_rb) >= 0, "red-black rules broken\n");
	return bugs + validate_page_tables(mm);
}

#ifdef CONFIG_DEBUG_VM
/*
 * A full check walks every VMA: O(map_count). Run after every change, a
 * test that creates 60000 mappings would cost O(n^2) ~ 10^9 node visits,
 * hours under TCG. So: with up to VALIDATE_FULL_MAX VMAs check every
 * time; above that, only every (map_count / VALIDATE_FULL_MAX)-th call,
 * which keeps the average at about VALIDATE_FULL_MAX visits per change
 * while still catching a corruption soon after it happens.
 */
#define VALIDATE_FULL_MAX 256

/*
 * Panic, with the problems printed, if mm breaks an invariant
 * (__validate_mm). Called after every change to an mm's VMAs; does nothing
 * unless "debug_vm" is on the command line or "test" runs the suite, and
 * above VALIDATE_FULL_MAX VMAs checks only a sample of the calls. A no-op
 * static inline without CONFIG_DEBUG_VM (<mm/mm.h>).
 */
void validate_mm(struct mm_struct *mm)
{
	static unsigned long calls;

	if (!debug_vm && !boot_test_mode)
		return;
	if (mm->map_count > VALIDATE_FULL_MAX &&
	    ++calls % (mm->map_count / VALIDATE_FULL_MAX))
		return;
	if (__validate_mm(mm))
		panic("validate_mm: mm %p is corrupt (map_count %d)", mm, mm->map_count);
}
#endif
