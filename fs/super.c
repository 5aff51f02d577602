/*
 * Block-device registry and mounting: at boot the root ext2 filesystem is
 * mounted from the ramdisk ("ram0") and procfs is mounted on /proc.
 */
#include <fs/blkdev.h>
#include <fs/ext2_fs.h>
#include <fs/fs.h>
#include <fs/namei.h>
#include <fs/procfs.h>
#include <kernel/init.h>
#include <kernel/printk.h>
#include <lib/string.h>
#include <uapi/errno.h>

struct super_block *root_sb;
static struct block_device *blkdev_list;

/*
 * Make bdev findable by lookup_bdev under its name. Linux's register_blkdev
 * registers a major number and a driver name instead.
 */
void register_blkdev(struct block_device *bdev)
{
	bdev->next = blkdev_list;
	blkdev_list = bdev;
}

/* The registered device called name ("ram0"), or NULL. */
struct block_device *lookup_bdev(const char *name)
{
	struct block_device *bdev;

	for (bdev = blkdev_list; bdev; bdev = bdev->next) {
		if (!strcmp(bdev->name, name))
			return bdev;
	}
	return NULL;
}

/* The registered device with number dev (MKDEV), or NULL: swapon's view of a block special file. */
struct block_device *bdget(u32 dev)
{
	struct block_device *bdev;

	for (bdev = blkdev_list; bdev; bdev = bdev->next) {
		if (bdev->dev == dev)
			return bdev;
	}
	return NULL;
}

/* The range check every driver would otherwise repeat. */
static bool bdev_range_ok(struct block_device *bdev, u64 pos, size_t len)
{
	return pos <= bdev->size && len <= bdev->size - pos;
}

/*
 * Read len bytes at byte pos of bdev into buf: 0, -EIO if the range is not
 * inside the device, or the driver's error.
 */
int bdev_read(struct block_device *bdev, u64 pos, void *buf, size_t len)
{
	if (!bdev_range_ok(bdev, pos, len))
		return -EIO;
	return bdev->ops->read(bdev, pos, buf, len);
}

/* Write len bytes from buf at byte pos of bdev; the same results as bdev_read. */
int bdev_write(struct block_device *bdev, u64 pos, const void *buf, size_t len)
{
	if (!bdev_range_ok(bdev, pos, len))
		return -EIO;
	return bdev->ops->write(bdev, pos, buf, len);
}

/*
 * Mount sb's root over directory dir (procfs on /proc), taking a reference
 * on dir for as long as the mount lasts. 0, -ENOTDIR, or -EBUSY if
 * something is mounted there already.
 */
int mount_on(struct inode *dir, struct super_block *sb)
{
	if (!S_ISDIR(dir->i_mode))
		return -ENOTDIR;
	if (dir->i_mounted)
		return -EBUSY;
	dir->i_mounted = sb;
	sb->s_mountpoint = igrab(dir);	/* the mount keeps it in memory */
	return 0;
}

/* Mount the root filesystem from ram0, then procfs on /proc if it exists. */
static int mount_root(void)
{
	struct block_device *bdev = lookup_bdev("ram0");
	struct inode *proc;

	if (!bdev) {
		printk(KERN_ERR "VFS: no ram0 block device: no root filesystem\n");
		return -ENODEV;
	}
	root_sb = ext2_mount(bdev);
	if (!root_sb) {
		printk(KERN_ERR "VFS: cannot mount the root filesystem on %s\n", bdev->name);
		return -EINVAL;
	}
	printk(KERN_INFO "VFS: mounted root (ext2, %lu-byte blocks) from %s\n",
	       root_sb->s_blocksize, bdev->name);
	if (path_lookup("/proc", &proc) == 0) {
		struct super_block *psb = proc_mount();

		if (psb)
			mount_on(proc, psb);
		iput(proc);
	}
	return 0;
}
fs_initcall(mount_root);
