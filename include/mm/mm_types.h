/*
 * The types of an address space: mm_struct (one per process), its regions
 * (vm_area_struct, "VMAs") and the hooks a mapped object provides
 * (vm_operations_struct, struct vm_fault).
 *
 * Who changes what: mm/mmap.c, mm/mprotect.c and mm/mremap.c create,
 * split, merge and remove VMAs and keep the list, the tree and the counters
 * in step; the fault side (mm/memory.c, arch/x86/mm/fault.c) only reads the
 * VMAs, fills page tables and counts resident pages; fork and exec
 * (kernel/) create and tear down whole mm_structs through the mm/mm.h API.
 * The kernel is non-preemptible on one CPU, so no field has a lock.
 */
#ifndef MM_MM_TYPES_H
#define MM_MM_TYPES_H

#include <asm/mmu.h>
#include <asm/pgtable.h>
#include <kernel/list.h>
#include <kernel/types.h>
#include <lib/rbtree.h>

struct file;
struct page;
struct vm_area_struct;

/*
 * Where a page is on swap: the area (type) and the slot (offset) packed in
 * one word, arch-independently (<mm/swapops.h>). 0 is no entry: slot 0 of
 * every area is its header and never handed out.
 */
typedef struct {
	unsigned long val;
} swp_entry_t;

/* ---- vm_flags: what a region allows and how it behaves (Linux values) ---- */
#define VM_READ		0x00000001	/* pages may be read now */
#define VM_WRITE	0x00000002	/* ... written now */
#define VM_EXEC		0x00000004	/* ... executed now */
#define VM_SHARED	0x00000008	/* stores reach the file / other mappers */
/* What mprotect may turn on later: fixed at mmap time from the fd's mode. */
#define VM_MAYREAD	0x00000010
#define VM_MAYWRITE	0x00000020
#define VM_MAYEXEC	0x00000040
#define VM_MAYSHARE	0x00000080	/* MAP_SHARED was asked (even if read-only) */
#define VM_GROWSDOWN	0x00000100	/* a stack: faults just below extend it */
#define VM_GROWSUP	0x00000200	/* never on i386; kept for the Linux name */
#define VM_PFNMAP	0x00000400	/* maps raw frames without struct page */
#define VM_DENYWRITE	0x00000800	/* the file may not be opened for writing */
#define VM_EXECUTABLE	0x00001000	/* maps the process's executable */
#define VM_LOCKED	0x00002000	/* pages faulted in at once and kept (mlock) */
#define VM_IO		0x00004000	/* device memory */
#define VM_SEQ_READ	0x00008000	/* madvise(MADV_SEQUENTIAL) */
#define VM_RAND_READ	0x00010000	/* madvise(MADV_RANDOM) */
#define VM_DONTCOPY	0x00020000	/* fork does not copy this region */
#define VM_DONTEXPAND	0x00040000	/* mremap may not grow it */
#define VM_RESERVED	0x00080000	/* never swapped or merged */
#define VM_ACCOUNT	0x00100000	/* counted against the commit limit */
#define VM_NORESERVE	0x00200000	/* MAP_NORESERVE: no commit accounting */
#define VM_DONTDUMP	0x04000000	/* madvise(MADV_DONTDUMP): left out of core dumps */

/* Regions with these flags are never merged and never grown by mremap. */
#define VM_SPECIAL	(VM_IO | VM_DONTEXPAND | VM_RESERVED | VM_PFNMAP)
/* Flags of the initial stack region set up by exec. */
#define VM_STACK_FLAGS	(VM_GROWSDOWN | VM_READ | VM_WRITE | VM_EXEC | \
			 VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC)

/* ---- the fault interface between handle_mm_fault and a mapped object ---- */

/* vm_fault.flags */
#define FAULT_FLAG_WRITE	0x01	/* the access was a store */

/* What ->fault and handle_mm_fault return: an OR of these bits. */
#define VM_FAULT_MINOR	0x0000	/* served from memory (no bit set) */
#define VM_FAULT_OOM	0x0001	/* no memory: the fault path kills the task */
#define VM_FAULT_SIGBUS	0x0002	/* no data there (past EOF): SIGBUS */
#define VM_FAULT_MAJOR	0x0004	/* served by reading the backing store */
#define VM_FAULT_WRITE	0x0008	/* a write fault broke COW */
#define VM_FAULT_ERROR	(VM_FAULT_OOM | VM_FAULT_SIGBUS)

/* One fault, as handle_mm_fault describes it to vma->vm_ops->fault. */
struct vm_fault {
	unsigned long pgoff;	/* file offset of the page, in pages */
	unsigned long address;	/* faulting user address (not page-aligned) */
	unsigned int flags;	/* FAULT_FLAG_* */
	struct page *page;	/* out: the page to map, with a reference held */
};

/* Hooks of a mapped object (a file's generic_file_vm_ops, for instance). */
struct vm_operations_struct {
	/* A new VMA now maps the object (split, fork copy, mremap move). */
	void (*open)(struct vm_area_struct *vma);
	/* A VMA stops mapping it (munmap, exit); not called on merge. */
	void (*close)(struct vm_area_struct *vma);
	/* Find or read the page at vmf->pgoff; returns VM_FAULT_* bits. */
	int (*fault)(struct vm_area_struct *vma, struct vm_fault *vmf);
	/* The name /proc/PID/maps shows for a VMA without a file ("[vdso]"), or NULL. */
	const char *(*name)(struct vm_area_struct *vma);
};

/*
 * What a special mapping maps (Linux 3.16+'s struct vm_special_mapping):
 * kernel pages shown to user space under a name, the vDSO's code and
 * data. The VMA's vm_private_data points here.
 */
struct vm_special_mapping {
	const char *name;		/* "[vdso]", "[vvar]" */
	struct page **pages;		/* the pages, one per page of the VMA */
	unsigned long nr_pages;
};

/*
 * One region of an address space: [vm_start, vm_end) with one set of
 * permissions and one backing object. Regions of one mm never overlap and
 * are kept both in a list sorted by address and in a red-black tree.
 */
struct vm_area_struct {
	struct mm_struct *vm_mm;	/* the address space we belong to */
	unsigned long vm_start;		/* first byte, page-aligned (user address) */
	unsigned long vm_end;		/* first byte after, page-aligned; > vm_start */

	/* Sorted by address; NULL at the ends. Changed only by mm/mmap.c. */
	struct vm_area_struct *vm_next, *vm_prev;

	pgprot_t vm_page_prot;		/* PTE protection bits, from vm_flags */
	unsigned long vm_flags;		/* VM_* above */

	/* Node in mm->mm_rb, keyed by vm_start. Changed only by mm/mmap.c. */
	struct rb_node vm_rb;
	/*
	 * Largest free gap, in bytes, below any VMA of the subtree rooted at
	 * this node, where the gap below a VMA runs from the previous VMA's
	 * vm_end (or 0) to its vm_start. get_unmapped_area skips every
	 * subtree whose gap is too small, so its search is O(log n).
	 * Maintained by mm/mmap.c (vma_gap_update and the rbtree callbacks).
	 */
	unsigned long rb_subtree_gap;

	const struct vm_operations_struct *vm_ops;	/* NULL = anonymous */
	unsigned long vm_pgoff;		/* file offset of vm_start, in pages;
					 * for anonymous regions vm_start >> PAGE_SHIFT,
					 * so merging rules are the same */
	struct file *vm_file;		/* mapped file (a reference held), or NULL */
	/* Link in vm_file->f_mapping->i_mmap: all VMAs mapping the file. */
	struct list_head shared;
	/*
	 * Reverse map of the anonymous pages (mm/rmap.c): the anon_vma every
	 * VMA that may map them is on (its own since the first anonymous
	 * fault, its parent's after fork), linked by anon_vma_node. NULL
	 * while the VMA has no anonymous page. Set by anon_vma_prepare,
	 * inherited by splits, merges, mremap and fork.
	 */
	struct anon_vma *anon_vma;
	struct list_head anon_vma_node;
	void *vm_private_data;		/* for the mapped object's own use */
};

/* Per-mm counters of resident pages (mm_struct.rss[]). */
enum {
	MM_FILEPAGES,	/* page-cache pages mapped */
	MM_ANONPAGES,	/* anonymous pages mapped */
	MM_SWAPENTS,	/* swap entries in its page tables: pages out on swap (2.6.34+) */
	NR_MM_COUNTERS
};

/*
 * An address space: the user half of a process's view of memory. Shared by
 * the threads of a process (and a CLONE_VM child), counted twice as in
 * Linux: mm_users the tasks running on it (the last mmput tears down the
 * mappings), mm_count the references to the struct itself (all users
 * together hold one; the last mmdrop frees the page directory and it).
 */
struct mm_struct {
	struct vm_area_struct *mmap;	/* lowest VMA: head of the sorted list */
	struct rb_root mm_rb;		/* the same VMAs in a tree by vm_start */
	struct vm_area_struct *mmap_cache;	/* last find_vma result, or NULL */
	int map_count;			/* number of VMAs; at most sysctl_max_map_count
					 * + 1 (see may_add_vma) */
	unsigned long highest_vm_end;	/* vm_end of the last VMA, 0 if none */

	/* 2.6's linear free-area search (mmap_search=linear) hints: */
	unsigned long free_area_cache;	/* search for the next mmap starts here */
	unsigned long cached_hole_size;	/* largest hole seen below free_area_cache,
					 * in bytes: smaller requests restart from
					 * mmap_base */
	unsigned long mmap_base;	/* where get_unmapped_area starts: the top of
					 * the top-down area (below the stack's gap),
					 * or TASK_UNMAPPED_BASE for the legacy
					 * bottom-up one; set by arch_pick_mmap_layout */
	/* The layout's search and its hint update, chosen by arch_pick_mmap_layout
	 * (arch_get_unmapped_area{,_topdown}, arch_unmap_area{,_topdown}): */
	unsigned long (*get_unmapped_area)(struct file *file, unsigned long addr,
					   unsigned long len, unsigned long pgoff,
					   unsigned long flags);
	void (*unmap_area)(struct mm_struct *mm, unsigned long addr);

	/* Set by exec when it loads the ELF image; read by /proc and brk. */
	unsigned long start_code, end_code;	/* text segment */
	unsigned long start_data, end_data;	/* initialised data */
	unsigned long start_brk;	/* start of the heap: page after bss */
	unsigned long brk;		/* current break (byte address); sys_brk moves it */
	unsigned long start_stack;	/* initial user stack pointer */
	unsigned long arg_start, arg_end, env_start, env_end;	/* argv/envp strings */

	pgd_t *pgd;			/* page directory (kernel virtual address) */

	/* Sizes in pages, kept by mm/mmap.c, mprotect.c, mremap.c, mlock.c: */
	unsigned long total_vm;		/* pages covered by all VMAs */
	unsigned long locked_vm;	/* pages in VM_LOCKED VMAs */
	unsigned long rss[NR_MM_COUNTERS];	/* resident pages, kept by mm/memory.c */

	int mm_users;			/* tasks using this mm; the last mmput empties it */
	int mm_count;			/* references to the struct (the users count one);
					 * mmgrab/mmdrop; the last mmdrop frees it */
	mm_context_t context;		/* the architecture's own: i386's LDT */
	struct file *exe_file;		/* the program it runs: a reference and a
					 * deny_write_access held; set by execve
					 * and fork, dropped by the last mmput */
	unsigned long coredump_filter;	/* MMF_DUMP_* bits (/proc/PID/coredump_filter) */
	unsigned long def_flags;	/* VM_* added to every new VMA (VM_LOCKED
					 * after mlockall(MCL_FUTURE)) */
	unsigned long vdso;		/* user address of the vDSO, 0 if none (Linux's
					 * context.vdso); set by exec, copied by fork */
};

#endif
