/*
 * Boot self-test of mm/memory.c: one anonymous region taken through the
 * life of its pages without any process, calling handle_mm_fault and the
 * page-table functions directly on a private mm: zero page on read, a page
 * of its own on write, fork's copy-on-write with both sides read-only,
 * copy on the child's write, reuse on the parent's, mprotect, and a
 * teardown that gives back every anonymous page and page table.
 */
#include <kernel/init.h>
#include <kernel/printk.h>
#include <mm/memory.h>
#include <mm/mm.h>
#include <mm/page.h>
#include <mm/vmstat.h>

#define ST_START	0x10000000UL
#define ST_PAGES	4

/* A private anonymous read-write region of ST_PAGES pages at ST_START in mm. */
static struct vm_area_struct *st_region(struct mm_struct *mm)
{
	struct vm_area_struct *vma = vm_area_alloc(mm);

	if (!vma)
		return NULL;
	vma->vm_start = ST_START;
	vma->vm_end = ST_START + ST_PAGES * PAGE_SIZE;
	vma->vm_flags = VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE;
	vma->vm_page_prot = vm_get_page_prot(vma->vm_flags);
	vma->vm_pgoff = ST_START >> PAGE_SHIFT;
	if (insert_vm_struct(mm, vma)) {
		vm_area_free(vma);
		return NULL;
	}
	return vma;
}

static pte_t st_pte(struct mm_struct *mm, unsigned long addr)
{
	pte_t *pte = pte_lookup(mm, addr);

	return pte ? *pte : __pte(0);
}

/* Read fault, then write fault, on the first page of the parent. */
static int st_first_touch(struct mm_struct *mm, struct vm_area_struct *vma)
{
	int fails = 0;
	struct page *page;

	fails += !selftest_check(handle_mm_fault(mm, vma, ST_START + 5, 0) == 0,
				 "read fault on an anonymous page succeeds");
	fails += !selftest_check(pte_present(st_pte(mm, ST_START)) && !pte_write(st_pte(mm, ST_START)) &&
				 !vm_normal_page(st_pte(mm, ST_START)),
				 "a read fault maps the zero page read-only");
	fails += !selftest_check(handle_mm_fault(mm, vma, ST_START + 5, FAULT_FLAG_WRITE) & VM_FAULT_WRITE,
				 "a write to the zero page copies");
	page = vm_normal_page(st_pte(mm, ST_START));
	fails += !selftest_check(page && PageAnon(page) && page_mapcount(page) == 1 &&
				 pte_write(st_pte(mm, ST_START)),
				 "... into a writable anonymous page mapped once");
	if (page)
		((char *)page_address(page))[5] = 'P';
	return fails;
}

/* fork: both sides read-only; the child copies on write, the parent then reuses. */
static int st_cow(struct mm_struct *mm, struct vm_area_struct *vma, struct mm_struct *child)
{
	struct page *page = vm_normal_page(st_pte(mm, ST_START)), *copy;
	struct vm_area_struct *cvma;
	int fails = 0;

	fails += !selftest_check(dup_mmap(child, mm) == 0, "dup_mmap copies the region");
	cvma = find_vma(child, ST_START);
	fails += !selftest_check(cvma && !pte_write(st_pte(mm, ST_START)) &&
				 !pte_write(st_pte(child, ST_START)) && page_mapcount(page) == 2,
				 "after fork both entries are read-only, map count 2");
	if (!cvma)
		return fails - 1;
	handle_mm_fault(child, cvma, ST_START, FAULT_FLAG_WRITE);
	copy = vm_normal_page(st_pte(child, ST_START));
	fails += !selftest_check(copy && copy != page && ((char *)page_address(copy))[5] == 'P' &&
				 page_mapcount(page) == 1,
				 "the child's write copies the page");
	handle_mm_fault(mm, vma, ST_START, FAULT_FLAG_WRITE);
	fails += !selftest_check(vm_normal_page(st_pte(mm, ST_START)) == page &&
				 pte_write(st_pte(mm, ST_START)),
				 "the parent, now the only mapper, reuses its page");
	change_protection(vma, vma->vm_start, vma->vm_end, vm_get_page_prot(VM_READ));
	fails += !selftest_check(!pte_write(st_pte(mm, ST_START)) && pte_present(st_pte(mm, ST_START)),
				 "change_protection write-protects the entry");
	return fails;
}

/* Out of memory: a write fault reports VM_FAULT_OOM and changes nothing. */
static int st_oom(struct mm_struct *mm, struct vm_area_struct *vma)
{
	unsigned long addr = ST_START + 2 * PAGE_SIZE, anon = nr_anon_pages;
	LIST_HEAD(hoard);
	struct page *page, *next;
	int fails = 0, ret;

	while ((page = alloc_page()) != NULL)
		list_add(&page->lru, &hoard);
	ret = handle_mm_fault(mm, vma, addr, FAULT_FLAG_WRITE);
	fails += !selftest_check(ret == VM_FAULT_OOM, "with no free frame a write fault is VM_FAULT_OOM");
	fails += !selftest_check(pte_none(st_pte(mm, addr)) && nr_anon_pages == anon,
				 "... and leaves the entry empty and no page behind");
	ret = handle_mm_fault(mm, vma, addr, 0);
	fails += !selftest_check(ret == 0 && pte_present(st_pte(mm, addr)),
				 "a read fault still maps the zero page");
	list_for_each_entry_safe(page, next, &hoard, lru) {
		list_del(&page->lru);
		__free_page(page);
	}
	return fails;
}

static int selftest_memory(void)
{
	unsigned long anon0 = nr_anon_pages, pt0 = nr_page_table_pages;
	struct mm_struct *mm, *child;
	struct vm_area_struct *vma;
	int fails = 0;

	zero_page_init();
	mm = mm_alloc();
	child = mm_alloc();
	vma = mm ? st_region(mm) : NULL;
	if (!selftest_check(vma && child, "a test mm with one region"))
		return -1;
	fails += st_first_touch(mm, vma);
	fails += st_oom(mm, vma);
	fails += st_cow(mm, vma, child);
	fails += !selftest_check(nr_anon_pages == anon0 + 2 && nr_page_table_pages == pt0 + 2,
				 "two anonymous pages and two page tables in use");
	mmput(child);
	mmput(mm);
	fails += !selftest_check(nr_anon_pages == anon0 && nr_page_table_pages == pt0,
				 "exit gives back every anonymous page and page table");
	return -fails;
}
selftest("memory: faults, fork COW, teardown", selftest_memory);
