/*
 * modify_ldt(2): a local descriptor table per address space, as i386
 * Linux keeps it (arch/x86/kernel/ldt.c). A program writes descriptors
 * into it with Linux's struct user_desc and loads a selector with the TI
 * bit (entry 0: selector 7) into %fs or %gs - Wine and old threading
 * libraries did. The table lives with the mm: fork copies it
 * (init_new_context), exec starts without one, the last mmdrop frees it
 * (destroy_context), and switch_to/activate_mm load it through the GDT's
 * LDT descriptor (load_ldt).
 */
#include <asm/desc.h>
#include <asm/ldt.h>
#include <asm/mmu_context.h>
#include <asm/segment.h>
#include <asm/uaccess.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <lib/string.h>
#include <mm/mm_types.h>
#include <mm/slab.h>
#include <uapi/errno.h>

#define ACC_LDT		0x82		/* present, system descriptor type 2: LDT */

/*
 * Make mm's LDT the CPU's: its descriptor in the GDT and lldt; an mm
 * without one (or none) gets the null selector, so a selector with the
 * TI bit faults.
 */
void load_ldt(struct mm_struct *mm)
{
	u16 sel = 0;

	if (mm && mm->context.ldt_entries) {
		struct desc_struct *d = &gdt_table[GDT_ENTRY_LDT];
		u32 base = (u32)mm->context.ldt, limit = mm->context.ldt_entries * LDT_ENTRY_SIZE - 1;

		d->a = (limit & 0xffff) | (base << 16);
		d->b = ((base >> 16) & 0xff) | (ACC_LDT << 8) | (limit & 0xf0000) | (base & 0xff000000);
		sel = GDT_ENTRY_LDT * 8;
	}
	__asm__ __volatile__("lldt %0" : : "r"(sel));
}

/* Grow mm's LDT to hold entries descriptors (new ones empty); 0 or -ENOMEM. */
static int alloc_ldt(mm_context_t *ctx, unsigned int entries)
{
	unsigned int (*ldt)[2];

	if (entries <= ctx->ldt_entries)
		return 0;
	ldt = kzalloc(entries * LDT_ENTRY_SIZE);
	if (!ldt)
		return -ENOMEM;
	if (ctx->ldt)
		memcpy(ldt, ctx->ldt, ctx->ldt_entries * LDT_ENTRY_SIZE);
	kfree(ctx->ldt);
	ctx->ldt = ldt;
	ctx->ldt_entries = entries;
	return 0;
}

/* fork: the child's mm gets a copy of the parent's LDT. 0 or -ENOMEM. */
int init_new_context(struct mm_struct *mm, struct mm_struct *oldmm)
{
	mm->context.ldt = NULL;
	mm->context.ldt_entries = 0;
	if (!oldmm || !oldmm->context.ldt_entries)
		return 0;
	if (alloc_ldt(&mm->context, oldmm->context.ldt_entries))
		return -ENOMEM;
	memcpy(mm->context.ldt, oldmm->context.ldt, oldmm->context.ldt_entries * LDT_ENTRY_SIZE);
	return 0;
}

/* The mm is being freed: its LDT goes too. */
void destroy_context(struct mm_struct *mm)
{
	kfree(mm->context.ldt);
	mm->context.ldt = NULL;
	mm->context.ldt_entries = 0;
}

/* Read the LDT into ptr: at most bytecount bytes; the bytes copied. */
static long read_ldt(void __user *ptr, unsigned long bytecount)
{
	mm_context_t *ctx = &current->mm->context;
	unsigned long size = ctx->ldt_entries * LDT_ENTRY_SIZE;

	if (bytecount > LDT_ENTRIES * LDT_ENTRY_SIZE)
		bytecount = LDT_ENTRIES * LDT_ENTRY_SIZE;
	if (size > bytecount)
		size = bytecount;
	if (size && copy_to_user(ptr, ctx->ldt, size))
		return -EFAULT;
	/* What lies past the table reads as zeros, as Linux clears it. */
	if (bytecount > size && clear_user((char __user *)ptr + size, bytecount - size))
		return -EFAULT;
	return bytecount;
}

/* The "default LDT" Linux reports: five empty descriptors. */
static long read_default_ldt(void __user *ptr, unsigned long bytecount)
{
	unsigned long size = 5 * LDT_ENTRY_SIZE;

	if (bytecount > size)
		bytecount = size;
	return clear_user(ptr, bytecount) ? -EFAULT : (long)bytecount;
}

/*
 * Write one descriptor from the user_desc at ptr (bytecount must be its
 * size); oldmode (func 1) is the old call, which cannot make a
 * conforming-code segment or mark one "useable". 0, -EINVAL, -EFAULT,
 * -ENOMEM.
 */
static long write_ldt(const void __user *ptr, unsigned long bytecount, bool oldmode)
{
	mm_context_t *ctx = &current->mm->context;
	struct user_desc u;
	int err;

	if (bytecount != sizeof(u))
		return -EINVAL;
	if (copy_from_user(&u, ptr, sizeof(u)))
		return -EFAULT;
	if (u.entry_number >= LDT_ENTRIES)
		return -EINVAL;
	if (u.contents == 3 && (oldmode || !u.seg_not_present))
		return -EINVAL;
	err = alloc_ldt(ctx, u.entry_number + 1);
	if (err)
		return err;
	if ((oldmode && !u.base_addr && !u.limit) || user_desc_empty(&u)) {
		ctx->ldt[u.entry_number][0] = ctx->ldt[u.entry_number][1] = 0;
	} else {
		if (oldmode)
			u.useable = 0;
		fill_desc(ctx->ldt[u.entry_number], &u);
	}
	load_ldt(current->mm);
	return 0;
}

/*
 * modify_ldt(func, ptr, bytecount): func 0 reads the LDT (the bytes
 * copied, zeros past its end), 2 reads the default one, 1 and 0x11 write
 * a descriptor (0). -ENOSYS for another func, -EINVAL, -EFAULT, -ENOMEM.
 */
SYSCALL_DEFINE3(modify_ldt, int, func, void __user *, ptr, unsigned long, bytecount)
{
	switch (func) {
	case 0:
		return read_ldt(ptr, bytecount);
	case 1:
		return write_ldt(ptr, bytecount, true);
	case 2:
		return read_default_ldt(ptr, bytecount);
	case 0x11:
		return write_ldt(ptr, bytecount, false);
	}
	return -ENOSYS;
}
