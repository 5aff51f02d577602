/*
 * The Multiboot (v1) information structure the boot loader leaves in
 * memory. Only arch/x86/setup.c reads it; what it keeps for the rest of the
 * kernel is struct boot_params (asm/setup.h, included here for the files
 * that still find it through this header).
 */
#ifndef ASM_MULTIBOOT_H
#define ASM_MULTIBOOT_H

#include <asm/setup.h>
#include <kernel/types.h>

#define MULTIBOOT_BOOTLOADER_MAGIC 0x2BADB002

#define MULTIBOOT_INFO_MEMORY	(1 << 0)
#define MULTIBOOT_INFO_CMDLINE	(1 << 2)
#define MULTIBOOT_INFO_MODS	(1 << 3)
#define MULTIBOOT_INFO_MEM_MAP	(1 << 6)

struct multiboot_info {
	u32 flags;
	u32 mem_lower, mem_upper;	/* KiB below 1 MiB / above 1 MiB */
	u32 boot_device;
	u32 cmdline;			/* physical address of a C string */
	u32 mods_count, mods_addr;	/* physical address of module array */
	u32 syms[4];
	u32 mmap_length, mmap_addr;	/* memory map: bytes, physical address */
	/* more fields follow; we do not use them */
} __attribute__((packed));

struct multiboot_mod {
	u32 mod_start, mod_end;		/* physical, end exclusive */
	u32 string;			/* physical address of its command line */
	u32 reserved;
} __attribute__((packed));

/* One memory-map entry; "size" does not count itself. */
struct multiboot_mmap_entry {
	u32 size;
	u64 addr, len;
	u32 type;			/* 1 = usable RAM, the E820 numbering */
} __attribute__((packed));
#define MULTIBOOT_MEMORY_AVAILABLE 1	/* usable RAM (= BOOT_MEM_RAM) */

#endif
