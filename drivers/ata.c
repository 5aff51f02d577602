/*
 * An ATA (IDE) disk on the PC's primary channel, in PIO mode: the disk QEMU
 * attaches with -drive if=ide,index=0 (Linux's /dev/hda, block major 3).
 * It sits behind the same block_device interface as the ramdisk, so its
 * users (the swap area, mm/swapfile.c) never see a register.
 *
 * The protocol is the one of the ATA standard and of Linux 2.6's
 * drivers/ide: the channel has eight command-block registers at 0x1f0 and
 * a control register at 0x3f6. A command is the drive and the 28-bit LBA
 * in the task-file registers, a sector count, and the command byte; the
 * disk then says BSY while it works and DRQ when a sector's 512 bytes can
 * move through the data register. We poll the status register instead of
 * taking IRQ 14 (nIEN is set): the kernel is not preemptive and the swap
 * path waits for its page anyway, so an interrupt would buy nothing here.
 *
 * Transfers are whole sectors; a byte range that does not start or end on
 * a sector boundary goes through a one-sector bounce buffer for its ends.
 */
#include <asm/io.h>
#include <fs/blkdev.h>
#include <fs/fs.h>
#include <kernel/init.h>
#include <kernel/printk.h>
#include <lib/string.h>
#include <uapi/errno.h>

#define ATA_SECT_SIZE	512

/* The primary channel's command block (base 0x1f0) and control register. */
#define ATA_PRIMARY	0x1f0
#define ATA_REG_DATA	0	/* 16 or 32 bits of a sector */
#define ATA_REG_ERR	1
#define ATA_REG_NSECT	2	/* sectors to transfer; 0 means 256 */
#define ATA_REG_LBAL	3	/* LBA bits 0-7 */
#define ATA_REG_LBAM	4	/* 8-15 */
#define ATA_REG_LBAH	5	/* 16-23 */
#define ATA_REG_DEVICE	6	/* LBA mode, drive select, LBA bits 24-27 */
#define ATA_REG_STATUS	7	/* read: status; write: command */
#define ATA_REG_CMD	7
#define ATA_PRIMARY_CTL	0x3f6	/* device control (write) / alternate status (read) */

/* Status bits (Linux's include/linux/ata.h names). */
#define ATA_ERR		0x01
#define ATA_DRQ		0x08	/* the data register is ready */
#define ATA_DF		0x20	/* device fault */
#define ATA_BUSY	0x80
/* Device register: LBA addressing, the master drive. */
#define ATA_LBA		0x40
#define ATA_DEV_OBS	0xa0	/* bits 5 and 7, set by tradition */
/* Device control: no interrupts. */
#define ATA_NIEN	0x02

#define ATA_CMD_PIO_READ	0x20	/* READ SECTORS */
#define ATA_CMD_PIO_WRITE	0x30	/* WRITE SECTORS */
#define ATA_CMD_FLUSH		0xe7	/* FLUSH CACHE */
#define ATA_CMD_ID_ATA		0xec	/* IDENTIFY DEVICE */

/* Sectors per command; the register takes up to 256 (as 0). */
#define ATA_MAX_SECTORS	128
/* Status polls before a drive counts as dead (QEMU answers within a few). */
#define ATA_TIMEOUT	10000000

/* One drive: its channel and what IDENTIFY said. */
struct ata_device {
	u16 io;			/* command-block base port */
	u16 ctl;		/* control port */
	u64 sectors;		/* LBA28 capacity, in 512-byte sectors */
	char model[41];		/* IDENTIFY words 27-46, byte-swapped, blanks trimmed */
};

static struct ata_device hda_dev = { .io = ATA_PRIMARY, .ctl = ATA_PRIMARY_CTL };
static u8 bounce[ATA_SECT_SIZE] __aligned(4);

static u8 ata_status(struct ata_device *dev)
{
	return inb(dev->io + ATA_REG_STATUS);
}

/*
 * Wait until the drive is no longer busy; with want_drq also until it has
 * a sector for the data register. 0, or -EIO on an error bit or a timeout.
 */
static int ata_wait(struct ata_device *dev, bool want_drq)
{
	long n;

	for (n = 0; n < ATA_TIMEOUT; n++) {
		u8 st = ata_status(dev);

		if (st & ATA_BUSY)
			continue;
		if (st & (ATA_ERR | ATA_DF))
			return -EIO;
		if (!want_drq || (st & ATA_DRQ))
			return 0;
	}
	return -EIO;
}

/* Load the task file for nsect sectors at lba and issue cmd. */
static int ata_issue(struct ata_device *dev, u64 lba, unsigned int nsect, u8 cmd)
{
	int err = ata_wait(dev, false);

	if (err)
		return err;
	outb(ATA_DEV_OBS | ATA_LBA | ((lba >> 24) & 0x0f), dev->io + ATA_REG_DEVICE);
	outb(nsect & 0xff, dev->io + ATA_REG_NSECT);
	outb(lba & 0xff, dev->io + ATA_REG_LBAL);
	outb((lba >> 8) & 0xff, dev->io + ATA_REG_LBAM);
	outb((lba >> 16) & 0xff, dev->io + ATA_REG_LBAH);
	outb(cmd, dev->io + ATA_REG_CMD);
	return 0;
}

/* Move nsect whole sectors at lba to or from buf. 0 or -EIO. */
static int ata_rw_sectors(struct ata_device *dev, u64 lba, unsigned int nsect,
			  void *buf, bool write)
{
	unsigned int i;
	int err;

	err = ata_issue(dev, lba, nsect, write ? ATA_CMD_PIO_WRITE : ATA_CMD_PIO_READ);
	for (i = 0; !err && i < nsect; i++) {
		err = ata_wait(dev, true);
		if (err)
			break;
		if (write)
			outsl(dev->io + ATA_REG_DATA, (u8 *)buf + i * ATA_SECT_SIZE, ATA_SECT_SIZE / 4);
		else
			insl(dev->io + ATA_REG_DATA, (u8 *)buf + i * ATA_SECT_SIZE, ATA_SECT_SIZE / 4);
	}
	if (!err && write)
		err = ata_wait(dev, false);	/* the last sector is on the medium */
	if (err)
		printk(KERN_ERR "ata: %s of %u sectors at %llu failed (status 0x%02x)\n",
		       write ? "write" : "read", nsect, (unsigned long long)lba, ata_status(dev));
	return err;
}

/* Whole sectors from lba, in commands of at most ATA_MAX_SECTORS. */
static int ata_rw_run(struct ata_device *dev, u64 lba, u64 nsect, u8 *buf, bool write)
{
	while (nsect) {
		unsigned int n = nsect < ATA_MAX_SECTORS ? nsect : ATA_MAX_SECTORS;
		int err = ata_rw_sectors(dev, lba, n, buf, write);

		if (err)
			return err;
		lba += n;
		nsect -= n;
		buf += n * ATA_SECT_SIZE;
	}
	return 0;
}

/* Part of one sector through the bounce buffer: read it, then copy or patch and write. */
static int ata_rw_partial(struct ata_device *dev, u64 lba, unsigned int off,
			  unsigned int len, u8 *buf, bool write)
{
	int err = ata_rw_sectors(dev, lba, 1, bounce, false);

	if (err)
		return err;
	if (!write) {
		memcpy(buf, bounce + off, len);
		return 0;
	}
	memcpy(bounce + off, buf, len);
	return ata_rw_sectors(dev, lba, 1, bounce, true);
}

/* len bytes at byte pos (checked against the size by bdev_read/bdev_write). */
static int ata_rw(struct block_device *bdev, u64 pos, u8 *buf, size_t len, bool write)
{
	struct ata_device *dev = bdev->private;
	u64 lba = pos / ATA_SECT_SIZE;
	unsigned int off = pos % ATA_SECT_SIZE;
	int err;

	if (off) {
		unsigned int n = ATA_SECT_SIZE - off < len ? ATA_SECT_SIZE - off : len;

		err = ata_rw_partial(dev, lba++, off, n, buf, write);
		if (err)
			return err;
		buf += n;
		len -= n;
	}
	err = ata_rw_run(dev, lba, len / ATA_SECT_SIZE, buf, write);
	if (err || !(len % ATA_SECT_SIZE))
		return err;
	lba += len / ATA_SECT_SIZE;
	buf += len - len % ATA_SECT_SIZE;
	return ata_rw_partial(dev, lba, 0, len % ATA_SECT_SIZE, buf, write);
}

static int ata_read(struct block_device *bdev, u64 pos, void *buf, size_t len)
{
	return ata_rw(bdev, pos, buf, len, false);
}

static int ata_write(struct block_device *bdev, u64 pos, const void *buf, size_t len)
{
	return ata_rw(bdev, pos, (u8 *)buf, len, true);
}

static const struct block_device_operations ata_ops = {
	.read = ata_read,
	.write = ata_write,
};

static struct block_device hda = {
	.name = "hda",
	.dev = MKDEV(3, 0),	/* Linux's first IDE disk */
	.ops = &ata_ops,
	.private = &hda_dev,
};

/* IDENTIFY's model string: big-endian words, padded with blanks. */
static void ata_id_string(const u16 *id, char *s, int first, int words)
{
	int i, len = words * 2;

	for (i = 0; i < words; i++) {
		s[2 * i] = id[first + i] >> 8;
		s[2 * i + 1] = id[first + i] & 0xff;
	}
	s[len] = '\0';
	while (len > 0 && s[len - 1] == ' ')
		s[--len] = '\0';
}

/*
 * Is there an ATA disk as master of the channel? IDENTIFY DEVICE: a
 * floating bus reads 0xff, an empty position 0, an ATAPI device (a CD)
 * aborts the command. Fills in the capacity and the model. 0 or -ENODEV.
 */
static int ata_identify(struct ata_device *dev)
{
	u16 id[256];

	outb(ATA_NIEN, dev->ctl);
	outb(ATA_DEV_OBS, dev->io + ATA_REG_DEVICE);
	if (ata_status(dev) == 0xff)
		return -ENODEV;
	outb(0, dev->io + ATA_REG_NSECT);
	outb(0, dev->io + ATA_REG_LBAL);
	outb(0, dev->io + ATA_REG_LBAM);
	outb(0, dev->io + ATA_REG_LBAH);
	outb(ATA_CMD_ID_ATA, dev->io + ATA_REG_CMD);
	if (ata_status(dev) == 0 || ata_wait(dev, true))
		return -ENODEV;
	insl(dev->io + ATA_REG_DATA, id, sizeof(id) / 4);
	/* Words 60-61: sectors addressable with LBA28. */
	dev->sectors = id[60] | ((u32)id[61] << 16);
	ata_id_string(id, dev->model, 27, 20);
	return dev->sectors ? 0 : -ENODEV;
}

/*
 * Probe the primary master and register it as hda if it is there. The
 * boot self-tests run before the initcalls and probe first; a second call
 * finds hda registered and does nothing.
 */
static int ata_init(void)
{
	if (hda.size || ata_identify(&hda_dev))
		return 0;	/* no disk: a machine without swap */
	hda.size = hda_dev.sectors * ATA_SECT_SIZE;
	register_blkdev(&hda);
	printk(KERN_INFO "ata: hda: %s, %llu sectors (%llu MiB), PIO\n", hda_dev.model,
	       (unsigned long long)hda_dev.sectors, (unsigned long long)(hda.size >> 20));
	return 0;
}
device_initcall(ata_init);

/*
 * Boot self-test, when a disk is there: a sector written through the
 * block interface reads back, also at an offset that is not sector-aligned.
 * The last sector of the disk is used and restored (mkswap leaves it
 * unused unless the area fills the whole disk, and it is put back anyway).
 */
static int selftest_ata(void)
{
	static u8 save[2 * ATA_SECT_SIZE], pat[2 * ATA_SECT_SIZE], got[2 * ATA_SECT_SIZE];
	u64 pos;
	int fails = 0, i;

	ata_init();
	if (!hda.size)
		return 0;
	pos = hda.size - sizeof(save);
	for (i = 0; i < (int)sizeof(pat); i++)
		pat[i] = i * 7 + 3;
	if (!selftest_check(bdev_read(&hda, pos, save, sizeof(save)) == 0, "ata: read two sectors"))
		return -1;
	fails += !selftest_check(bdev_write(&hda, pos, pat, sizeof(pat)) == 0 &&
				 bdev_read(&hda, pos, got, sizeof(got)) == 0 &&
				 !memcmp(pat, got, sizeof(got)), "ata: two sectors read back");
	fails += !selftest_check(bdev_write(&hda, pos + 100, pat, 700) == 0 &&
				 bdev_read(&hda, pos + 100, got, 700) == 0 &&
				 !memcmp(pat, got, 700), "ata: an unaligned range reads back");
	fails += !selftest_check(bdev_write(&hda, pos, save, sizeof(save)) == 0,
				 "ata: the sectors are restored");
	return -fails;
}
selftest("ata: read and write", selftest_ata);
