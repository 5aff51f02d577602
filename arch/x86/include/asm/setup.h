/*
 * What setup_arch (arch/x86/setup.c) keeps of the boot loader's hand-over,
 * in kernel-owned memory, before anything can reuse the loader's: the
 * physical memory map and the modules (the ramdisk). Whatever the boot
 * protocol (Multiboot here, Linux's own boot_params on a PC), the rest of
 * the kernel reads only this (Linux: asm/setup.h, asm/e820.h).
 */
#ifndef ASM_SETUP_H
#define ASM_SETUP_H

#include <kernel/types.h>

/* One range of physical memory, as the firmware's E820 map describes it. */
#define E820_MAX	32
#define BOOT_MEM_RAM	1		/* E820 type 1: usable RAM */
struct boot_mem_region {
	u64 addr, len;			/* physical start and length, bytes */
	u32 type;			/* BOOT_MEM_RAM, anything else reserved */
};

/* A file the loader put in memory for us. */
#define BOOT_MAX_MODULES 4
struct boot_module {
	unsigned long start, end;	/* physical, end exclusive */
	char name[32];			/* the loader's string for it, e.g. "initrd" */
};

struct boot_params {
	int nr_regions;			/* entries used in regions[] */
	struct boot_mem_region regions[E820_MAX];
	int nr_modules;			/* entries used in modules[] */
	struct boot_module modules[BOOT_MAX_MODULES];
};
/* Filled once by setup_arch; read-only afterwards. */
extern struct boot_params boot_params;

#endif
