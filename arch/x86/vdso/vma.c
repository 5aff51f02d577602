/*
 * The vDSO (Linux's arch/x86/entry/vdso/vma.c): the shared object of
 * vdso32/, built with the kernel and kept in its image, is copied into
 * pages at boot; exec maps those pages into every program as [vdso]
 * (read and execute), with the data page the vDSO's time calls read,
 * [vvar] (read-only), right below it, as Linux maps them. glibc's loader
 * finds the vDSO's ELF header through AT_SYSINFO_EHDR and links its
 * symbols (__vdso_clock_gettime...) like a library's; AT_SYSINFO points
 * at __kernel_vsyscall, the image's entry.
 *
 * update_vsyscall, called each timer tick, writes the page: the wall and
 * monotonic times the clock_gettime system call would return until the
 * next tick, under a sequence count (odd while writing).
 */
#include <asm/elf.h>
#include <asm/page.h>
#include <asm/processor.h>
#include <asm/segment.h>
#include <asm/vdso.h>
#include <asm/vvar.h>
#include <kernel/init.h>
#include <kernel/printk.h>
#include <kernel/time.h>
#include <lib/string.h>
#include <mm/mm.h>
#include <mm/mm_types.h>
#include <mm/page.h>
#include <uapi/mman.h>

#define VDSO_MAX_PAGES	2

extern const char vdso32_image_start[], vdso32_image_end[];

static struct page *vdso_pages[VDSO_MAX_PAGES];
static struct page *vvar_pages[1];
static struct vdso_data *vdso_data;	/* the [vvar] page, as the kernel sees it */

static struct vm_special_mapping vdso_mapping = { .name = "[vdso]", .pages = vdso_pages };
static struct vm_special_mapping vvar_mapping = {
	.name = "[vvar]", .pages = vvar_pages, .nr_pages = 1,
};

/*
 * __kernel_vsyscall's layout (vdso32/vsyscall.S), fixed by its
 * instructions: three one-byte pushes, then "mov %esp,%ebp; sysenter;
 * int $0x80", then the return point.
 */
#define SYSENTER_PATCH_OFF	3
#define SYSENTER_RETURN_OFF	9
static const unsigned char sysenter_code[6] = { 0x89, 0xe5, 0x0f, 0x34, 0xcd, 0x80 };

#define MSR_IA32_SYSENTER_CS	0x174
#define MSR_IA32_SYSENTER_ESP	0x175
#define MSR_IA32_SYSENTER_EIP	0x176
#define X86_FEATURE_SEP		(1U << 11)	/* CPUID 1 edx: sysenter/sysexit */

/* The stack sysenter lands on for its first instruction (a trap there, single-stepping). */
static unsigned long sysenter_stack[256] __aligned(16);

static void wrmsr(u32 msr, u32 val)
{
	__asm__ __volatile__("wrmsr" : : "c"(msr), "a"(val), "d"(0));
}

/*
 * Point the sysenter MSRs at the kernel (Linux's enable_sep_cpu), or, on
 * a CPU without sysenter, turn the vDSO's "mov %esp,%ebp; sysenter" into
 * no-ops so that __kernel_vsyscall is plain int $0x80.
 */
static void sysenter_setup(unsigned char *vsyscall)
{
	if (memcmp(vsyscall + SYSENTER_PATCH_OFF, sysenter_code, sizeof(sysenter_code)))
		panic("sysenter_setup: __kernel_vsyscall is not laid out as vsyscall.S says");
	if (!(cpuid_edx(1) & X86_FEATURE_SEP)) {
		memset(vsyscall + SYSENTER_PATCH_OFF, 0x90, 4);
		return;
	}
	wrmsr(MSR_IA32_SYSENTER_CS, __KERNEL_CS);
	wrmsr(MSR_IA32_SYSENTER_ESP, (u32)(sysenter_stack + ARRAY_SIZE(sysenter_stack)));
	wrmsr(MSR_IA32_SYSENTER_EIP, (u32)sysenter_entry);
}

/* Copy the image into pages of its own and make the data page (Linux's init_vdso_image). */
static int init_vdso(void)
{
	unsigned long size = vdso32_image_end - vdso32_image_start, i;

	if (size > VDSO_MAX_PAGES * PAGE_SIZE)
		panic("init_vdso: image of %lu bytes is over %d pages", size, VDSO_MAX_PAGES);
	vdso_mapping.nr_pages = PAGE_ALIGN(size) >> PAGE_SHIFT;
	for (i = 0; i < vdso_mapping.nr_pages; i++) {
		vdso_pages[i] = alloc_page();
		if (!vdso_pages[i])
			return -ENOMEM;
		memset(page_address(vdso_pages[i]), 0, PAGE_SIZE);
		memcpy(page_address(vdso_pages[i]), vdso32_image_start + i * PAGE_SIZE,
		       min(size - i * PAGE_SIZE, PAGE_SIZE));
	}
	sysenter_setup((unsigned char *)page_address(vdso_pages[0]) + vdso_entry_offset());
	vvar_pages[0] = alloc_page();
	if (!vvar_pages[0])
		return -ENOMEM;
	vdso_data = page_address(vvar_pages[0]);
	memset(vdso_data, 0, PAGE_SIZE);
	update_vsyscall();
	return 0;
}
core_initcall(init_vdso);

/*
 * Publish the time for the vDSO: called each timer tick, after jiffies
 * moved (Linux's update_vsyscall, called by its timekeeping core).
 */
void update_vsyscall(void)
{
	struct timespec64 real, mono;

	if (!vdso_data)
		return;
	ktime_get_real_ts64(&real);
	ktime_get_ts64(&mono);
	vdso_data->seq++;
	barrier();
	vdso_data->real_sec = real.tv_sec;
	vdso_data->real_nsec = real.tv_nsec;
	vdso_data->mono_sec = mono.tv_sec;
	vdso_data->mono_nsec = mono.tv_nsec;
	barrier();
	vdso_data->seq++;
}

/*
 * exec: map [vvar] and [vdso] above each other where get_unmapped_area
 * finds room for both (Linux's map_vdso), and set *base to the vDSO's
 * ELF header. Returns 0 or -errno (*base then 0).
 */
int arch_setup_additional_pages(struct mm_struct *mm, unsigned long *base)
{
	unsigned long vvar_len = PAGE_SIZE, len = vdso_mapping.nr_pages << PAGE_SHIFT;
	unsigned long addr;
	int err;

	*base = 0;
	if (!vdso_data)
		return 0;	/* no vDSO (out of memory at boot): programs use int $0x80 */
	addr = get_unmapped_area(NULL, 0, vvar_len + len, 0, 0);
	if (IS_ERR_VALUE(addr))
		return (int)addr;
	err = install_special_mapping(mm, addr, vvar_len, VM_READ | VM_MAYREAD, &vvar_mapping);
	if (err)
		return err;
	err = install_special_mapping(mm, addr + vvar_len, len,
				      VM_READ | VM_EXEC | VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC,
				      &vdso_mapping);
	if (err)
		return err;
	*base = mm->vdso = addr + vvar_len;
	return 0;
}

/* Where a sysenter call returns to, from the start of the vDSO (after its int $0x80). */
unsigned long vdso_sysenter_return_offset(void)
{
	return vdso_entry_offset() + SYSENTER_RETURN_OFF;
}

/* Where __kernel_vsyscall is, from the start of the vDSO (AT_SYSINFO): the image's entry. */
unsigned long vdso_entry_offset(void)
{
	return ((const struct elf32_hdr *)vdso32_image_start)->e_entry;
}
