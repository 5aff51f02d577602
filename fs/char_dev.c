/*
 * Character devices: an inode of type S_IFCHR gets def_chr_fops, whose
 * open picks the device's own file operations by major and minor number
 * (Linux's numbers: 5:1 /dev/console, 5:0 /dev/tty, 1:3 /dev/null).
 */
#include <fs/fs.h>
#include <fs/tty.h>
#include <uapi/errno.h>

static ssize_t null_read(struct file *file, char *ubuf, size_t n, loff_t *pos)
{
	return 0;
}

static ssize_t null_write(struct file *file, const char *ubuf, size_t n, loff_t *pos)
{
	return n;
}

static loff_t null_llseek(struct file *file, loff_t off, int whence)
{
	return 0;
}

static int null_fsync(struct file *file)
{
	return -EINVAL;		/* as Linux: nothing behind it to write back */
}

static const struct file_operations null_fops = {
	.llseek = null_llseek,
	.fsync = null_fsync,
	.read = null_read,
	.write = null_write,
};

static int chrdev_open(struct inode *inode, struct file *file)
{
	switch (inode->i_rdev) {
	case MKDEV(5, 0):
	case MKDEV(5, 1):
	case MKDEV(4, 0):
	case MKDEV(4, 1):
		file->f_op = &tty_fops;
		return 0;
	case MKDEV(1, 3):
		file->f_op = &null_fops;
		return 0;
	}
	return -ENXIO;
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
