/*
 * Placeholders for what mm/mmap.c, mprotect.c and mremap.c call in other
 * subsystems that may not be linked into this kernel yet (the slab, the
 * fault side's page-table functions, the VFS, uaccess, the scheduler).
 * Each is weak: the real definition, wherever it lives, replaces it at
 * link time. They fail safely (no memory, no file) so that nothing maps.
 * Delete this file once every one of them has a real definition.
 */
#include <asm/uaccess.h>
#include <fs/fs.h>
#include <kernel/sched.h>
#include <mm/mm.h>
#include <mm/slab.h>

#define __weak __attribute__((weak))

__weak struct task_struct *current;

__weak struct kmem_cache *kmem_cache_create(const char *name, size_t size, size_t align,
					    void (*ctor)(void *obj))
{
	return NULL;
}
__weak void *kmem_cache_zalloc(struct kmem_cache *cache) { return NULL; }
__weak void kmem_cache_free(struct kmem_cache *cache, void *obj) { }
__weak pgd_t *pgd_alloc(void) { return NULL; }
__weak void pgd_free(pgd_t *pgd) { }
__weak void fput(struct file *file) { }
__weak struct file *fget(unsigned int fd) { return NULL; }
__weak unsigned long copy_from_user(void *to, const void *ufrom, unsigned long n) { return n; }

__weak void zap_page_range(struct vm_area_struct *vma, unsigned long start, unsigned long end) { }
__weak void free_pgtables(struct mm_struct *mm, unsigned long start, unsigned long end,
			  unsigned long floor, unsigned long ceiling) { }
__weak int copy_page_range(struct mm_struct *dst, struct mm_struct *src,
			   struct vm_area_struct *vma)
{
	return -ENOMEM;
}
__weak void change_protection(struct vm_area_struct *vma, unsigned long start,
			      unsigned long end, pgprot_t newprot) { }
__weak int make_pages_present(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	return -ENOMEM;
}
__weak unsigned long move_page_tables(struct vm_area_struct *vma, unsigned long old_addr,
				      struct vm_area_struct *new_vma, unsigned long new_addr,
				      unsigned long len)
{
	return 0;
}
