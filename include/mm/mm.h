/*
 * The address-space API: regions (VMAs), mmap, munmap, brk, mprotect,
 * mremap, fork's copy and exit's teardown, and the page-table side they
 * call. Grouped by the .c file that implements each function, where its
 * contract is. Types are in <mm/mm_types.h>.
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
#include <kernel/resource.h>
#include <kernel/types.h>
#include <mm/mm_types.h>
#include <uapi/errno.h>

struct anon_vma;
struct file;

/*
 * The legacy bottom-up layout's mmap_base: its search runs upward from
 * here. (The default top-down layout's mmap_base lies below the stack's
 * gap: arch_pick_mmap_layout.) MMAP_MIN_ADDR is the lowest address mmap
 * hands out by itself, and the lowest an unprivileged MAP_FIXED may name:
 * page 0 is mapped only when root asks for it.
 */
#define TASK_UNMAPPED_BASE	(TASK_SIZE / 3)		/* 0x40000000 */
#define MMAP_MIN_ADDR		mmap_min_addr	/* vm.mmap_min_addr, default PAGE_SIZE */
/* Most VMAs one mm may have (Linux's vm.max_map_count default). */
#define DEFAULT_MAX_MAP_COUNT	65530

/* An address-returning function failed if its result is in the top 4095 values. */
#define IS_ERR_VALUE(x)		((unsigned long)(x) >= (unsigned long)-MAX_ERRNO)

/* The number of pages vma covers. */
static inline unsigned long vma_pages(const struct vm_area_struct *vma)
{
	return (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
}

/* ---- mm/mmap.c ---- */

extern int sysctl_max_map_count;	/* DEFAULT_MAX_MAP_COUNT */
extern bool mmap_search_linear;		/* "mmap_search=linear": 2.6's walk */
extern bool debug_vm;			/* "debug_vm": validate_mm after every change */
extern int sysctl_legacy_va_layout;	/* vm.legacy_va_layout: 1 = bottom-up for all */
extern unsigned long mmap_min_addr;	/* vm.mmap_min_addr: 4096, as Debian's */

/*
 * May mm get one more VMA? Linux's rule, the test in its do_mmap and
 * do_brk: refuse only once map_count is already past sysctl_max_map_count,
 * so mmap can take an mm to max_map_count + 1 VMAs (LTP's max_map_count
 * test expects exactly that). do_mmap_pgoff asks on entry, as Linux does,
 * so that past the limit even a MAP_FIXED replacement fails; mmap_region
 * and do_brk ask again once the old mappings are cleared, before merging
 * or adding a VMA (as Linux's do_brk: past the limit the heap cannot even
 * grow in place); mremap's copy_vma and insert_vm_struct ask before adding
 * theirs. Splits have a stricter rule of their own: split_vma and
 * do_munmap never add a VMA at the limit itself.
 */
static inline bool may_add_vma(const struct mm_struct *mm)
{
	return mm->map_count <= sysctl_max_map_count;
}

/*
 * May mm grow by npages pages of address space under RLIMIT_AS? (Linux's
 * may_expand_vm.) Callers: mmap_region, do_brk, mremap, expand_stack.
 */
static inline bool may_expand_vm(const struct mm_struct *mm, unsigned long npages)
{
	unsigned long lim = rlimit(RLIMIT_AS);

	return lim == RLIM_INFINITY || ((mm->total_vm + npages) << PAGE_SHIFT) <= lim;
}

pgprot_t vm_get_page_prot(unsigned long vm_flags);

struct mm_struct *mm_alloc(void);
void mmput(struct mm_struct *mm);
void mmgrab(struct mm_struct *mm);
void mmdrop(struct mm_struct *mm);
int set_mm_exe_file(struct mm_struct *mm, struct file *file);
struct vm_area_struct *vm_area_alloc(struct mm_struct *mm);
void vm_area_free(struct vm_area_struct *vma);

struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr);
struct vm_area_struct *find_vma_prev(struct mm_struct *mm, unsigned long addr,
				     struct vm_area_struct **pprev);
struct vm_area_struct *find_vma_prepare(struct mm_struct *mm, unsigned long addr,
					struct vm_area_struct **pprev,
					struct rb_node ***rb_link,
					struct rb_node **rb_parent);
struct vm_area_struct *find_extend_vma(struct mm_struct *mm, unsigned long addr);
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

void __vma_link_rb(struct mm_struct *mm, struct vm_area_struct *vma,
		   struct rb_node **rb_link, struct rb_node *rb_parent);
void __vma_link(struct mm_struct *mm, struct vm_area_struct *vma,
		struct vm_area_struct *prev, struct rb_node **rb_link,
		struct rb_node *rb_parent);
void vma_link(struct mm_struct *mm, struct vm_area_struct *vma,
	      struct vm_area_struct *prev, struct rb_node **rb_link,
	      struct rb_node *rb_parent);
void vma_link_file(struct vm_area_struct *vma);
void __vma_unlink(struct mm_struct *mm, struct vm_area_struct *vma,
		  struct vm_area_struct *prev);
int insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma);

void vma_adjust(struct vm_area_struct *vma, unsigned long start,
		unsigned long end, unsigned long pgoff,
		struct vm_area_struct *insert);
struct vm_area_struct *vma_merge(struct mm_struct *mm, struct vm_area_struct *prev,
				 unsigned long addr, unsigned long end,
				 unsigned long vm_flags, struct anon_vma *anon_vma,
				 struct file *file, unsigned long pgoff);
int split_vma(struct mm_struct *mm, struct vm_area_struct *vma,
	      unsigned long addr, int new_below);
int vma_modify_flags(struct vm_area_struct *vma, struct vm_area_struct **prev,
		     unsigned long start, unsigned long end, unsigned long newflags);

unsigned long get_unmapped_area(struct file *file, unsigned long addr,
				unsigned long len, unsigned long pgoff,
				unsigned long flags);
unsigned long arch_get_unmapped_area(struct file *file, unsigned long addr,
				     unsigned long len, unsigned long pgoff,
				     unsigned long flags);
unsigned long arch_get_unmapped_area_topdown(struct file *file, unsigned long addr,
					     unsigned long len, unsigned long pgoff,
					     unsigned long flags);
void arch_unmap_area(struct mm_struct *mm, unsigned long addr);
void arch_unmap_area_topdown(struct mm_struct *mm, unsigned long addr);
unsigned long do_mmap_pgoff(struct file *file, unsigned long addr,
			    unsigned long len, unsigned long prot,
			    unsigned long flags, unsigned long pgoff);
/* do_mmap_pgoff with the file offset in bytes (exec); it must be page-aligned. */
static inline unsigned long do_mmap(struct file *file, unsigned long addr,
				    unsigned long len, unsigned long prot,
				    unsigned long flags, unsigned long offset)
{
	if (offset & ~PAGE_MASK)
		return -EINVAL;
	return do_mmap_pgoff(file, addr, len, prot, flags, offset >> PAGE_SHIFT);
}
int do_munmap(struct mm_struct *mm, unsigned long start, unsigned long len);
unsigned long do_brk(unsigned long addr, unsigned long len);
int expand_stack(struct vm_area_struct *vma, unsigned long address);

void exit_mmap(struct mm_struct *mm);
int dup_mmap(struct mm_struct *mm, struct mm_struct *oldmm);

int __validate_mm(struct mm_struct *mm);
#ifdef CONFIG_DEBUG_VM
void validate_mm(struct mm_struct *mm);
#else
static inline void validate_mm(struct mm_struct *mm) { }	/* checks compiled out */
#endif

/* ---- arch/x86/mm/mmap.c ---- */

extern int randomize_va_space;		/* kernel.randomize_va_space: 0, 1, 2 */
void arch_pick_mmap_layout(struct mm_struct *mm);
unsigned long arch_randomize_brk(struct mm_struct *mm);
unsigned long randomize_stack_top(unsigned long stack_top);
unsigned long arch_align_stack(unsigned long sp);

/* ---- mm/mlock.c ---- */

int mlock_future_check(struct mm_struct *mm, unsigned long vm_flags, unsigned long len);

/* ---- mm/util.c ---- */

#define OVERCOMMIT_GUESS	0	/* vm.overcommit_memory: the heuristic */
#define OVERCOMMIT_ALWAYS	1	/* never refuse */
#define OVERCOMMIT_NEVER	2	/* strict: CommitLimit */
extern int sysctl_overcommit_memory;	/* OVERCOMMIT_* */
extern int sysctl_overcommit_ratio;	/* percent of RAM in CommitLimit */
extern unsigned long vm_committed_as;	/* pages charged: Committed_AS */
unsigned long vm_commit_limit(void);
int __vm_enough_memory(unsigned long pages);
void vm_acct_memory(unsigned long pages);
void vm_unacct_memory(unsigned long pages);

/*
 * Is a mapping with these flags charged to the commit? Private writable
 * memory without MAP_NORESERVE (Linux's accountable_mapping); shared
 * memory has the file (or the shared object) behind it.
 */
static inline bool accountable_mapping(unsigned long vm_flags)
{
	return (vm_flags & (VM_NORESERVE | VM_SHARED | VM_WRITE)) == VM_WRITE;
}

/* ---- mm/mprotect.c ---- */

int mprotect_fixup(struct vm_area_struct *vma, struct vm_area_struct **pprev,
		   unsigned long start, unsigned long end, unsigned long newflags);
long do_mprotect(unsigned long start, size_t len, unsigned long prot);

/* ---- mm/mremap.c ---- */

unsigned long do_mremap(unsigned long addr, unsigned long old_len,
			unsigned long new_len, unsigned long flags,
			unsigned long new_addr);

/* ---- mm/memory.c: the page-table side of the files above ---- */

void zap_page_range(struct vm_area_struct *vma, unsigned long start, unsigned long end);
void free_pgtables(struct mm_struct *mm, unsigned long start, unsigned long end,
		   unsigned long floor, unsigned long ceiling);
int copy_page_range(struct mm_struct *dst, struct mm_struct *src, struct vm_area_struct *vma);
void change_protection(struct vm_area_struct *vma, unsigned long start,
		       unsigned long end, pgprot_t newprot);
int make_pages_present(struct mm_struct *mm, unsigned long start, unsigned long end);
unsigned long move_page_tables(struct vm_area_struct *vma, unsigned long old_addr,
			       struct vm_area_struct *new_vma, unsigned long new_addr,
			       unsigned long len);

/* ---- mm/special_mapping.c ---- */

int install_special_mapping(struct mm_struct *mm, unsigned long addr, unsigned long len,
			    unsigned long vm_flags, const struct vm_special_mapping *spec);

#endif
