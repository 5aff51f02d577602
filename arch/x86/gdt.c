/*
 * The GDT: flat 4 GiB code and data segments for ring 0 and ring 3, one TSS
 * (only for esp0, the kernel stack on entry from user mode) and three
 * thread-local-storage slots for set_thread_area.
 */
#include <asm/desc.h>
#include <asm/segment.h>
#include <lib/string.h>

struct desc_struct gdt_table[GDT_ENTRIES] __aligned(8);
struct tss_struct init_tss __aligned(16);
extern char init_stack_top[];

#define ACC_PRESENT	0x80
#define ACC_DPL3	0x60
#define ACC_CODE	0x1A	/* code segment, readable */
#define ACC_DATA	0x12	/* data segment, writable */
#define ACC_TSS		0x09	/* available 32-bit TSS */

/*
 * Fill GDT descriptor `entry`: base, limit (in 4 KiB units for code and
 * data segments, in bytes for the TSS) and access byte (type, DPL,
 * present). Takes effect when a selector for it is next loaded.
 */
void set_gdt_desc(int entry, u32 base, u32 limit_pages, u8 access)
{
	struct desc_struct *d = &gdt_table[entry];
	/* 4 KiB granularity and 32-bit default size, except for the TSS (bytes). */
	u32 flags = (access & 0x10) ? 0xC : 0x0;
	u32 limit = limit_pages;

	d->a = (limit & 0xFFFF) | (base << 16);
	d->b = ((base >> 16) & 0xFF) | ((u32)access << 8) | (limit & 0xF0000) |
	       (flags << 20) | (base & 0xFF000000);
}

struct gdt_ptr {
	u16 limit;
	u32 base;
} __attribute__((packed));

/*
 * Load our GDT (flat kernel and user segments, the TSS) and reload every
 * segment register and the task register from it. Once, at boot, before
 * trap_init.
 */
void gdt_init(void)
{
	struct gdt_ptr gp = { sizeof(gdt_table) - 1, (u32)gdt_table };

	set_gdt_desc(GDT_ENTRY_KERNEL_CS, 0, 0xFFFFF, ACC_PRESENT | ACC_CODE);
	set_gdt_desc(GDT_ENTRY_KERNEL_DS, 0, 0xFFFFF, ACC_PRESENT | ACC_DATA);
	set_gdt_desc(GDT_ENTRY_USER_CS, 0, 0xFFFFF, ACC_PRESENT | ACC_DPL3 | ACC_CODE);
	set_gdt_desc(GDT_ENTRY_USER_DS, 0, 0xFFFFF, ACC_PRESENT | ACC_DPL3 | ACC_DATA);

	memset(&init_tss, 0, sizeof(init_tss));
	init_tss.ss0 = __KERNEL_DS;
	init_tss.esp0 = (u32)init_stack_top;
	init_tss.iomap_base = sizeof(init_tss);	/* no I/O bitmap: ring 3 gets no ports */
	set_gdt_desc(GDT_ENTRY_TSS, (u32)&init_tss, sizeof(init_tss) - 1,
		     ACC_PRESENT | ACC_TSS);

	__asm__ __volatile__(
		"lgdt %0\n\t"
		"ljmp %1, $1f\n"
		"1:\n\t"
		"mov %2, %%ax\n\t"
		"mov %%ax, %%ds\n\t"
		"mov %%ax, %%es\n\t"
		"mov %%ax, %%ss\n\t"
		"xor %%ax, %%ax\n\t"
		"mov %%ax, %%fs\n\t"
		"mov %%ax, %%gs\n\t"
		"ltr %w3"
		: : "m"(gp), "i"(__KERNEL_CS), "i"(__KERNEL_DS), "r"(__TSS) : "eax", "memory");
}
