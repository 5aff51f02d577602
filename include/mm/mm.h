/*
 * The address-space API: regions (VMAs), mmap, munmap, brk, mprotect,
 * mremap, fork's copy and exit's teardown. Grouped by the .c file that
 * implements each function. Types are in <mm/mm_types.h>.
 *
 * Layering, as in Linux: sys_* decodes user arguments and works on
 * current->mm; do_* does the work for a given mm (fork, exec and the tests
 * call these); __* helpers change the list and tree and expect the caller
 * to keep the rest consistent. Errors are -errno; functions returning an
 * address encode errors in it (IS_ERR_VALUE).
 */
#ifndef MM_MM_H
#define MM_MM_H

#include <asm/page.h>
#include <asm/pgtable.h>
#include <kernel/printk.h>
#include <kernel/types.h>
#include <mm/mm_types.h>
#include <uapi/errno.h>

struct file;

/* The lowest address mmap hands out by itself; page 0 is never mapped. */
#define TASK_UNMAPPED_BASE	(TASK_SIZE / 3)		/* 0x40000000 */
#define MMAP_MIN_ADDR		PAGE_SIZE
/* Most VMAs one mm may have (Linux's vm.max_map_count default). */
#define DEFAULT_MAX_MAP_COUNT	65530

/* An address-returning function failed if its result is in the top 4095 values. */
#define IS_ERR_VALUE(x)		((unsigned long)(x) >= (unsigned long)-MAX_ERRNO)

static inline unsigned long vma_pages(const struct vm_area_struct *vma)
{
	return (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
}

/* ---- mm/mmap.c ---- */

extern int sysctl_max_map_count;	/* DEFAULT_MAX_MAP_COUNT */
extern bool mmap_search_linear;		/* "mmap_search=linear": 2.6's walk */
extern bool debug_vm;			/* "debug_vm": validate_mm after every change */

/* Page-table protection for a VMA with these VM_READ/WRITE/EXEC/SHARED flags. */
pgprot_t vm_get_page_prot(unsigned long vm_flags);

/* A fresh mm with its own page directory and no VMAs, mm_users 1; or NULL. */
struct mm_struct *mm_alloc(void);
/* Drop a user of mm; the last one runs exit_mmap and frees the page directory. */
void mmput(struct mm_struct *mm);
/* A zeroed VMA of mm from the VMA cache, or NULL; free with vm_area_free. */
struct vm_area_struct *vm_area_alloc(struct mm_struct *mm);
void vm_area_free(struct vm_area_struct *vma);

/* The first VMA with addr < vm_end, or NULL. Tries mm->mmap_cache first. */
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr);
/* As find_vma, and *pprev = the VMA before the result (or the last VMA). */
struct vm_area_struct *find_vma_prev(struct mm_struct *mm, unsigned long addr,
				     struct vm_area_struct **pprev);
/*
 * Call fn(vma, from, to, arg) for the part [from, to) of each VMA inside
 * [start, end), in address order, stopping at the first error it returns.
 * Holes are skipped but remembered: the result is then -ENOMEM, after the
 * mapped parts were done, as madvise and msync report it in Linux.
 */
int walk_vma_range(struct mm_struct *mm, unsigned long start, unsigned long end,
		   int (*fn)(struct vm_area_struct *vma, unsigned long from,
			     unsigned long to, int arg), int arg);
/* The first VMA overlapping [start, end), or NULL. */
static inline struct vm_area_struct *
find_vma_intersection(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	struct vm_area_struct *vma = find_vma(mm, start);

	if (vma && end <= vma->vm_start)
		vma = NULL;
	return vma;
}
/*
 * Where a VMA starting at addr would be inserted: *pprev = its list
 * predecessor, *rb_link and *rb_parent = the tree slot. Returns the VMA
 * containing addr or the next one above (like find_vma).
 */
struct vm_area_struct *find_vma_prepare(struct mm_struct *mm, unsigned long addr,
					struct vm_area_struct **pprev,
					struct rb_node ***rb_link,
					struct rb_node **rb_parent);
/* Stack VMA expansion for faults: the VMA containing addr, growing a stack to it. */
struct vm_area_struct *find_extend_vma(struct mm_struct *mm, unsigned long addr);

/* Insert vma into the tree at the slot find_vma_prepare gave (gaps updated). */
void __vma_link_rb(struct mm_struct *mm, struct vm_area_struct *vma,
		   struct rb_node **rb_link, struct rb_node *rb_parent);
/* Insert into list and tree; no counters, no file link. */
void __vma_link(struct mm_struct *mm, struct vm_area_struct *vma,
		struct vm_area_struct *prev, struct rb_node **rb_link,
		struct rb_node *rb_parent);
/* __vma_link plus the file's i_mmap and map_count: a complete insertion. */
void vma_link(struct mm_struct *mm, struct vm_area_struct *vma,
	      struct vm_area_struct *prev, struct rb_node **rb_link,
	      struct rb_node *rb_parent);
/* Put vma on its file's i_mmap list (no-op for anonymous VMAs). */
void vma_link_file(struct vm_area_struct *vma);
/* Take vma (whose list predecessor is prev) out of list and tree. */
void __vma_unlink(struct mm_struct *mm, struct vm_area_struct *vma,
		  struct vm_area_struct *prev);
/* Insert a VMA built by the caller (exec's stack, for instance); -ENOMEM if it overlaps. */
int insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma);

/*
 * Change vma to [start, end) with file offset pgoff, and insert `insert`
 * (may be NULL) next to it. Shrinking or removing vma->vm_next when the new
 * range covers it is how merges happen. Page tables are not touched.
 */
void vma_adjust(struct vm_area_struct *vma, unsigned long start,
		unsigned long end, unsigned long pgoff,
		struct vm_area_struct *insert);
/*
 * [addr, end) of mm, just below the list position after prev, is about to
 * get vm_flags/file/pgoff. If it can join prev and/or the next VMA, do it
 * and return the VMA that now covers it; else NULL. Eight cases, see mmap.c.
 */
struct vm_area_struct *vma_merge(struct mm_struct *mm, struct vm_area_struct *prev,
				 unsigned long addr, unsigned long end,
				 unsigned long vm_flags, struct file *file,
				 unsigned long pgoff);
/*
 * Split vma at addr (page-aligned, strictly inside). new_below: the new VMA
 * is the lower part. 0, or -ENOMEM (no memory or map-count limit).
 */
int split_vma(struct mm_struct *mm, struct vm_area_struct *vma,
	      unsigned long addr, int new_below);

/*
 * A free range of len bytes for a new mapping of current->mm: addr itself
 * for MAP_FIXED; the hint addr if that range is free; else the lowest fit
 * at or above mmap_base, else the lowest fit below it. -ENOMEM, -EINVAL.
 */
unsigned long get_unmapped_area(struct file *file, unsigned long addr,
				unsigned long len, unsigned long pgoff,
				unsigned long flags);
/*
 * mmap for current->mm: prot PROT_*, flags MAP_*, pgoff in pages. Returns
 * the address or -errno (EINVAL, ENOMEM, EACCES, ENODEV, EBADF via callers).
 * file is NULL for anonymous mappings; a reference is taken for the VMA.
 */
unsigned long do_mmap_pgoff(struct file *file, unsigned long addr,
			    unsigned long len, unsigned long prot,
			    unsigned long flags, unsigned long pgoff);
/* Byte-offset form for exec; offset must be page-aligned. */
static inline unsigned long do_mmap(struct file *file, unsigned long addr,
				    unsigned long len, unsigned long prot,
				    unsigned long flags, unsigned long offset)
{
	if (offset & ~PAGE_MASK)
		return -EINVAL;
	return do_mmap_pgoff(file, addr, len, prot, flags, offset >> PAGE_SHIFT);
}
/* Remove [start, start+len) from mm: 0, -EINVAL, or -ENOMEM (split failed). */
int do_munmap(struct mm_struct *mm, unsigned long start, unsigned long len);
/* Anonymous, private, read-write mapping for brk and exec's bss; addr or -errno. */
unsigned long do_brk(unsigned long addr, unsigned long len);
/*
 * Grow a VM_GROWSDOWN vma down to cover address: 0, -EFAULT if it is not a
 * stack, -ENOMEM past the stack limit or within the guard gap (1 MiB) of an
 * accessible region below.
 */
int expand_stack(struct vm_area_struct *vma, unsigned long address);
/*
 * Make file (or nothing) the program mm runs: takes a reference and denies
 * writers of it (-ETXTBSY if it is open for writing), and gives back the
 * previous one's. 0 or -ETXTBSY.
 */
int set_mm_exe_file(struct mm_struct *mm, struct file *file);
/* Remove every VMA, page and page table of mm (exit, exec); mm stays allocated. */
void exit_mmap(struct mm_struct *mm);
/* fork: copy oldmm's VMAs (and page tables, COW) into the empty mm. 0 or -ENOMEM. */
int dup_mmap(struct mm_struct *mm, struct mm_struct *oldmm);

/*
 * Check every invariant of mm's VMAs (list sorted and non-overlapping,
 * page-aligned, list and tree in the same order, colour rules, every
 * rb_subtree_gap, map_count, highest_vm_end, total_vm, and no present PTE
 * outside a VMA) and print what is broken; returns the number of problems. validate_mm calls it after each change when debug_vm
 * is on (on every change while the mm is small, sampled when it is large).
 */
int __validate_mm(struct mm_struct *mm);
#ifdef CONFIG_DEBUG_VM
void validate_mm(struct mm_struct *mm);
#else
static inline void validate_mm(struct mm_struct *mm) { }
#endif

/* ---- mm/mprotect.c ---- */

/*
 * Give [start, end) inside vma the flags newflags: merge with neighbours
 * or split as needed, then change the PTEs. *pprev becomes the VMA now
 * covering start's predecessor position (for the caller's loop). 0 or -ENOMEM.
 */
int mprotect_fixup(struct vm_area_struct *vma, struct vm_area_struct **pprev,
		   unsigned long start, unsigned long end, unsigned long newflags);
/* mprotect(2) on current->mm: 0, -EINVAL, -ENOMEM (hole), -EACCES (beyond VM_MAY*). */
long do_mprotect(unsigned long start, size_t len, unsigned long prot);

/* ---- mm/mremap.c ---- */

/* mremap(2) on current->mm: new address or -errno. */
unsigned long do_mremap(unsigned long addr, unsigned long old_len,
			unsigned long new_len, unsigned long flags,
			unsigned long new_addr);

/* ---- mm/memory.c (the fault side; called from the files above) ---- */

/* Unmap the PTEs of [start, end) in vma, drop the pages, flush the TLB if mm is live. */
void zap_page_range(struct vm_area_struct *vma, unsigned long start, unsigned long end);
/* Free page tables covering only [start, end) rounded out to 4 MiB, never past [floor, ceiling). */
void free_pgtables(struct mm_struct *mm, unsigned long start, unsigned long end,
		   unsigned long floor, unsigned long ceiling);
/* fork: copy vma's PTEs from src to dst, write-protecting private pages. 0 or -ENOMEM. */
int copy_page_range(struct mm_struct *dst, struct mm_struct *src, struct vm_area_struct *vma);
/* Rewrite the PTEs of [start, end) in vma with newprot. */
void change_protection(struct vm_area_struct *vma, unsigned long start,
		       unsigned long end, pgprot_t newprot);
/* Fault in every page of [start, end): 0 or -ENOMEM/-EFAULT. */
int make_pages_present(struct mm_struct *mm, unsigned long start, unsigned long end);
/* mremap: move len bytes of PTEs; returns how many bytes were moved. */
unsigned long move_page_tables(struct vm_area_struct *vma, unsigned long old_addr,
			       struct vm_area_struct *new_vma, unsigned long new_addr,
			       unsigned long len);

#endif
