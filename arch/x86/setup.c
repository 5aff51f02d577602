/*
 * setup_arch: check what the boot loader handed us and copy what we need
 * (memory map, modules, command line) into kernel memory before anything
 * can overwrite the loader's structures. A bad boot (wrong magic, no memory
 * map, no ramdisk module, a module overlapping the kernel) stops here with a
 * clear message instead of a triple fault later.
 */
#include <asm/multiboot.h>
#include <asm/page.h>
#include <asm/setup.h>
#include <kernel/init.h>
#include <kernel/main.h>
#include <kernel/printk.h>
#include <lib/string.h>

struct boot_params boot_params;
extern char _text[], _end[];

/* Multiboot numbers memory types as E820 does: copy_mmap keeps them as they are. */
_Static_assert(MULTIBOOT_MEMORY_AVAILABLE == BOOT_MEM_RAM, "Multiboot RAM is E820 RAM");

/* Print why we cannot boot, then stop (and end QEMU with a status). */
static void __noreturn boot_fail(const char *fmt, unsigned long a, unsigned long b)
{
	printk(KERN_EMERG "boot: ");
	printk(fmt, a, b);
	printk("\nboot: cannot continue; halting.\n");
	panic("bad boot conditions");
}

static void copy_mmap(const struct multiboot_info *mbi)
{
	unsigned long p = mbi->mmap_addr, end = mbi->mmap_addr + mbi->mmap_length;

	while (p < end && boot_params.nr_regions < E820_MAX) {
		const struct multiboot_mmap_entry *e = __va(p);
		struct boot_mem_region *r = &boot_params.regions[boot_params.nr_regions++];

		r->addr = e->addr;
		r->len = e->len;
		r->type = e->type;
		p += e->size + sizeof(e->size);
	}
}

static void copy_modules(const struct multiboot_info *mbi)
{
	const struct multiboot_mod *mods = __va(mbi->mods_addr);
	unsigned long kstart = __pa(_text), kend = __pa(_end);
	unsigned int i;

	for (i = 0; i < mbi->mods_count && i < BOOT_MAX_MODULES; i++) {
		struct boot_module *m = &boot_params.modules[boot_params.nr_modules++];

		m->start = mods[i].mod_start;
		m->end = mods[i].mod_end;
		if (mods[i].string)
			strlcpy(m->name, __va(mods[i].string), sizeof(m->name));
		printk(KERN_INFO "module %u: %08lx-%08lx %s\n", i, m->start, m->end, m->name);
		if (m->start < kend && m->end > kstart)
			boot_fail("module %lx-%lx overlaps the kernel image", m->start, m->end);
		if (m->end > MAXMEM || m->end < m->start)
			boot_fail("module %lx-%lx is outside low memory", m->start, m->end);
	}
}

/*
 * Check what the boot loader handed over and copy what we need into
 * kernel memory (boot_params, boot_cmdline) before anything can reuse the
 * loader's: boot_magic and boot_info are what the Multiboot loader left in
 * eax and ebx (its magic, the physical address of its information).
 * Halts with a message on a wrong magic, no memory map, or a module that
 * overlaps the kernel or lies outside low memory. Once, first in
 * start_kernel after the console.
 */
void setup_arch(unsigned long boot_magic, unsigned long boot_info)
{
	u32 magic = boot_magic;
	const struct multiboot_info *mbi = __va(boot_info);

	if (magic != MULTIBOOT_BOOTLOADER_MAGIC)
		boot_fail("wrong Multiboot magic %lx (want %lx)", magic,
			  MULTIBOOT_BOOTLOADER_MAGIC);
	if (!(mbi->flags & MULTIBOOT_INFO_MEM_MAP) || !mbi->mmap_length)
		boot_fail("the boot loader gave no memory map (flags %lx)", mbi->flags, 0);
	if (mbi->flags & MULTIBOOT_INFO_CMDLINE)
		strlcpy(boot_cmdline, __va(mbi->cmdline), sizeof(boot_cmdline));
	copy_mmap(mbi);
	if (mbi->flags & MULTIBOOT_INFO_MODS)
		copy_modules(mbi);
}

/*
 * The root filesystem needs a ramdisk: halt with a message saying how to
 * boot with one if the loader gave no module. After setup_arch.
 */
void check_ramdisk_module(void)
{
	if (!boot_params.nr_modules)
		boot_fail("no ramdisk module: boot with -initrd build/initrd.img "
			  "(or the ISO's 'module' line)", 0, 0);
}
