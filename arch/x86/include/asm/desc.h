/* GDT, IDT and TSS set-up (arch/x86/gdt.c, arch/x86/traps.c). */
#ifndef ASM_DESC_H
#define ASM_DESC_H

#include <asm/segment.h>
#include <kernel/compiler.h>
#include <kernel/types.h>

/* The 32-bit TSS; we use it only for the ring-0 stack of traps from ring 3. */
struct tss_struct {
	u32 link, esp0, ss0, esp1, ss1, esp2, ss2;
	u32 cr3, eip, eflags, eax, ecx, edx, ebx, esp, ebp, esi, edi;
	u32 es, cs, ss, ds, fs, gs, ldt;
	u16 trap, iomap_base;
} __attribute__((packed));

struct desc_struct {
	u32 a, b;
};

extern struct tss_struct init_tss;
extern struct desc_struct gdt_table[GDT_ENTRIES];

/* The kernel stack the CPU switches to on a trap from user mode. */
static inline void tss_set_kernel_stack(unsigned long esp0) { init_tss.esp0 = esp0; }

/* ---- arch/x86/gdt.c ---- */
void gdt_init(void);
void set_gdt_desc(int entry, u32 base, u32 limit_pages, u8 access);

/* ---- arch/x86/traps.c ---- */
void trap_init(void);

#endif
