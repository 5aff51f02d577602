/*
 * The ramdisk: a block device over the first Multiboot module, which the
 * boot loader placed in physical memory (and mem_init reserved). All RAM
 * below 896 MiB is direct-mapped, so the device's bytes are at __va(start);
 * reading and writing are copies. Writes change the module in place, which
 * is how the image leaves the machine at the end of a test run (QEMU dumps
 * that physical range; see docs/ext2.md).
 */
#include <asm/setup.h>
#include <asm/page.h>
#include <fs/blkdev.h>
#include <fs/fs.h>
#include <kernel/init.h>
#include <kernel/printk.h>
#include <lib/string.h>

static int ramdisk_read(struct block_device *bdev, u64 pos, void *buf, size_t len)
{
	memcpy(buf, (char *)bdev->private + pos, len);
	return 0;
}

static int ramdisk_write(struct block_device *bdev, u64 pos, const void *buf, size_t len)
{
	memcpy((char *)bdev->private + pos, buf, len);
	return 0;
}

static const struct block_device_operations ramdisk_ops = {
	.read = ramdisk_read,
	.write = ramdisk_write,
};

static struct block_device ram0 = {
	.name = "ram0",
	.dev = MKDEV(1, 0),	/* Linux's ramdisk major */
	.ops = &ramdisk_ops,
};

/* Register module 0 as ram0 (before the root filesystem is mounted). */
static int ramdisk_init(void)
{
	struct boot_module *mod = &boot_params.modules[0];

	if (!boot_params.nr_modules || mod->end <= mod->start) {
		printk(KERN_ERR "ramdisk: no Multiboot module\n");
		return -1;
	}
	ram0.private = __va(mod->start);
	ram0.size = mod->end - mod->start;
	register_blkdev(&ram0);
	printk(KERN_INFO "ramdisk: ram0 at %08lx-%08lx (%lu KiB)\n", mod->start, mod->end,
	       (mod->end - mod->start) >> 10);
	return 0;
}
core_initcall(ramdisk_init);
