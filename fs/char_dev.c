/*
 * Character devices: an inode of type S_IFCHR gets def_chr_fops, whose
 * open picks the device's own file operations by major and minor number
 * (Linux's numbers: 5:1 /dev/console, 5:0 /dev/tty, 4:N the virtual
 * consoles; major 1 the memory devices of drivers/mem.c: 1:3 /dev/null,
 * 1:5 /dev/zero, 1:7 /dev/full, 1:8 /dev/random, 1:9 /dev/urandom).
 */
#include <fs/chrdev.h>
#include <fs/fs.h>
#include <fs/tty.h>
#include <uapi/errno.h>

static const struct file_operations *chrdev_fops(u32 rdev)
{
	switch (rdev) {
	case MKDEV(5, 0):
	case MKDEV(5, 1):
	case MKDEV(4, 0):
	case MKDEV(4, 1):
		return &tty_fops;
	}
	return MAJOR(rdev) == 1 ? memory_fops(MINOR(rdev)) : NULL;
}

/* The device's own open, if it has one, decides (/dev/tty without a terminal: ENXIO). */
static int chrdev_open(struct inode *inode, struct file *file)
{
	const struct file_operations *fops = chrdev_fops(inode->i_rdev);

	if (!fops)
		return -ENXIO;
	file->f_op = fops;
	return fops->open ? fops->open(inode, file) : 0;
}

static const struct file_operations def_chr_fops = {
	.open = chrdev_open,
};

/*
 * Give a character-special inode (read_inode of an S_IFCHR file) the file
 * operations that pick its device at open by i_rdev: -ENXIO for a number
 * without a driver. Linux's takes the mode and device number as well.
 */
void init_special_inode(struct inode *inode)
{
	inode->i_fop = &def_chr_fops;
}
