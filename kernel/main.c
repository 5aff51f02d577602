/*
 * start_kernel: the first C code. boot/multiboot.asm calls it on the boot
 * stack, with paging on and the kernel running in the higher half.
 * Order matters: console first (so everything after can report), then the
 * boot information (before its memory can be reused), the CPU tables,
 * physical memory, and finally the subsystems' initcalls and the first
 * process. What the boot loader handed over is the architecture's
 * business: start_kernel passes it to setup_arch unread, as Linux's
 * setup_arch parses the boot protocol.
 */
#include <asm/desc.h>
#include <asm/irq.h>
#include <asm/processor.h>
#include <kernel/console.h>
#include <kernel/init.h>
#include <kernel/printk.h>
#include <kernel/syscalls.h>
#include <kernel/main.h>
#include <mm/page.h>
#include <mm/slab.h>

extern initcall_t __initcall_start[], __initcall_end[];

static void do_initcalls(void)
{
	initcall_t *fn;

	for (fn = __initcall_start; fn < __initcall_end; fn++) {
		int err = (*fn)();

		if (err)
			printk(KERN_ERR "initcall %p failed: %d\n", *fn, err);
	}
}

/* With selftest_only, the boot ends after the self-tests (QEMU exits). */
static void __noreturn selftest_poweroff(int failures)
{
	printk("selftest_only: powering off (%d failed)\n", failures);
	qemu_exit(QEMU_EXIT_POWEROFF);
}

/*
 * The C entry point, called by boot/ on the boot stack with paging on and
 * interrupts off: boot_magic and boot_info are the two words the boot
 * loader handed over, opaque here and passed to setup_arch. Sets up every
 * subsystem, starts init and becomes the idle task; never returns.
 */
asmlinkage void start_kernel(unsigned long boot_magic, unsigned long boot_info)
{
	serial_init();
	vga_init();
	printk(KERN_NOTICE "vmkernel: an i386 teaching kernel for virtual memory\n");
	setup_arch(boot_magic, boot_info);
	parse_cmdline();
	printk(KERN_INFO "command line: %s\n", boot_cmdline);
	gdt_init();
	trap_init();
	init_i8259();
	time_init();
	syscall_init();
	paging_init();
	mem_init();
	kmem_cache_init();

	if (boot_test_mode) {
		int failures = run_selftests();

		if (boot_selftest_only)
			selftest_poweroff(failures);
	}
	check_ramdisk_module();
	do_initcalls();
	rest_init();
}
