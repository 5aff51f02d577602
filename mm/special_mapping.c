/*
 * Special mappings (Linux's install_special_mapping, in its mm/mmap.c):
 * regions that map pages the kernel owns, not a file's, into a process,
 * such as the vDSO's code and data page that exec installs. A fault finds
 * the page in the mapping's array; from there the generic paths treat it
 * like a page-cache page (counted, shared on fork, copied on a write
 * after mprotect), and it is never freed while the kernel holds it.
 */
#include <mm/mm.h>
#include <mm/mm_types.h>
#include <mm/page.h>
#include <mm/slab.h>
#include <uapi/errno.h>

/* A page of the mapping, with a reference for the entry that will map it. */
static int special_mapping_fault(struct vm_area_struct *vma, struct vm_fault *vmf)
{
	const struct vm_special_mapping *spec = vma->vm_private_data;
	unsigned long index = (vmf->address - vma->vm_start) >> PAGE_SHIFT;

	if (index >= spec->nr_pages)
		return VM_FAULT_SIGBUS;
	vmf->page = spec->pages[index];
	get_page(vmf->page);
	return VM_FAULT_MINOR;
}

static const char *special_mapping_name(struct vm_area_struct *vma)
{
	return ((const struct vm_special_mapping *)vma->vm_private_data)->name;
}

static const struct vm_operations_struct special_mapping_vmops = {
	.fault = special_mapping_fault,
	.name = special_mapping_name,
};

/*
 * Map spec's pages at [addr, addr + len) of mm with vm_flags (VM_READ,
 * VM_EXEC, VM_MAY*), plus VM_DONTEXPAND, so mremap cannot grow it and it
 * never merges with a neighbour. addr is page-aligned and the range free
 * (the caller found it with get_unmapped_area). Returns 0, or -ENOMEM
 * (no memory, an overlap, the map-count limit).
 */
int install_special_mapping(struct mm_struct *mm, unsigned long addr, unsigned long len,
			    unsigned long vm_flags, const struct vm_special_mapping *spec)
{
	struct vm_area_struct *vma = vm_area_alloc(mm);

	if (!vma)
		return -ENOMEM;
	vma->vm_start = addr;
	vma->vm_end = addr + len;
	vma->vm_flags = vm_flags | mm->def_flags | VM_DONTEXPAND;
	vma->vm_page_prot = vm_get_page_prot(vma->vm_flags);
	vma->vm_ops = &special_mapping_vmops;
	vma->vm_private_data = (void *)spec;
	if (insert_vm_struct(mm, vma)) {
		vm_area_free(vma);
		return -ENOMEM;
	}
	return 0;
}
