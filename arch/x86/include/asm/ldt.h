/*
 * Segment descriptors a program makes for itself: TLS slots in the GDT
 * (set_thread_area, arch/x86/process.c) and a local descriptor table per
 * address space (modify_ldt, arch/x86/ldt.c). Both take Linux's struct
 * user_desc (asm/ldt.h).
 */
#ifndef ASM_LDT_H
#define ASM_LDT_H

#include <kernel/types.h>

#define LDT_ENTRIES	8192		/* the most an LDT holds */
#define LDT_ENTRY_SIZE	8

/* Linux's struct user_desc. */
struct user_desc {
	unsigned int entry_number;
	unsigned int base_addr;
	unsigned int limit;
	unsigned int seg_32bit:1;
	unsigned int contents:2;
	unsigned int read_exec_only:1;
	unsigned int limit_in_pages:1;
	unsigned int seg_not_present:1;
	unsigned int useable:1;
};

/* The two ways user space says "clear this slot", as Linux accepts them. */
static inline bool user_desc_empty(const struct user_desc *u)
{
	bool zero = !u->base_addr && !u->limit && !u->contents && !u->seg_32bit &&
		    !u->limit_in_pages && !u->useable;

	return zero && ((u->read_exec_only && u->seg_not_present) ||
			(!u->read_exec_only && !u->seg_not_present));
}

/* Linux's fill_ldt: a ring-3 code or data descriptor from a user_desc. */
static inline void fill_desc(u32 desc[2], const struct user_desc *u)
{
	desc[0] = ((u->base_addr & 0xffff) << 16) | (u->limit & 0x0ffff);
	desc[1] = (u->base_addr & 0xff000000) | ((u->base_addr & 0x00ff0000) >> 16) |
		  (u->limit & 0xf0000) | ((u->read_exec_only ^ 1) << 9) |
		  (u->contents << 10) | ((u->seg_not_present ^ 1) << 15) |
		  (u->seg_32bit << 22) | (u->limit_in_pages << 23) |
		  (u->useable << 20) | 0x7000;
}

struct mm_struct;

/* ---- arch/x86/ldt.c ---- */
void load_ldt(struct mm_struct *mm);

#endif
