/*
 * Block devices: whatever holds a filesystem image (the ramdisk today).
 * A driver fills in a struct block_device and registers it; filesystems
 * read and write through bdev_read/bdev_write and never see the driver.
 */
#ifndef FS_BLKDEV_H
#define FS_BLKDEV_H

#include <kernel/types.h>

struct block_device;

struct block_device_operations {
	/* Copy len bytes at byte offset pos; 0 or -EIO. The range is checked. */
	int (*read)(struct block_device *bdev, u64 pos, void *buf, size_t len);
	int (*write)(struct block_device *bdev, u64 pos, const void *buf, size_t len);
};

struct block_device {
	const char *name;		/* "ram0" */
	u32 dev;			/* MKDEV(major, minor) */
	u64 size;			/* bytes */
	const struct block_device_operations *ops;
	void *private;			/* the driver's */
	struct block_device *next;	/* registered devices */
};

/* ---- fs/super.c: the block-device registry ---- */
void register_blkdev(struct block_device *bdev);
struct block_device *lookup_bdev(const char *name);
struct block_device *bdget(u32 dev);
int bdev_read(struct block_device *bdev, u64 pos, void *buf, size_t len);
int bdev_write(struct block_device *bdev, u64 pos, const void *buf, size_t len);

#endif
