/*
 * The memory character devices of major 1 (Linux: drivers/char/mem.c):
 * /dev/null (1:3) swallows writes and reads as empty, /dev/zero (1:5)
 * reads as endless zero bytes and swallows writes, /dev/full (1:7) reads
 * as zeros and refuses every write with ENOSPC. /dev/random (1:8) and
 * /dev/urandom (1:9) are in drivers/random.c. Seeking any of them leaves
 * the position at 0, as Linux's null_lseek does.
 */
#include <asm/uaccess.h>
#include <fs/chrdev.h>
#include <fs/fs.h>
#include <fs/shmem_fs.h>
#include <mm/mm_types.h>
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
	return file->f_pos = 0;
}

static int null_fsync(struct file *file)
{
	return -EINVAL;		/* as Linux: nothing behind it to write back */
}

/* n zero bytes into ubuf: as many as could be written, or -EFAULT for none. */
static ssize_t zero_read(struct file *file, char *ubuf, size_t n, loff_t *pos)
{
	size_t left = clear_user(ubuf, n);

	return left == n && n ? -EFAULT : (ssize_t)(n - left);
}

static ssize_t full_write(struct file *file, const char *ubuf, size_t n, loff_t *pos)
{
	return -ENOSPC;
}

static const struct file_operations null_fops = {
	.llseek = null_llseek,
	.fsync = null_fsync,
	.read = null_read,
	.write = null_write,
};

/*
 * mmap of /dev/zero, as Linux's mmap_zero: a private mapping is anonymous
 * memory (no vm_ops: faults map zero pages and copy on write; the VMA
 * keeps the file, so maps names it); a shared one is backed by an unnamed
 * tmpfs file, so the processes that inherit it share its pages.
 */
static int zero_mmap(struct file *file, struct vm_area_struct *vma)
{
	if (vma->vm_flags & VM_SHARED)
		return shmem_zero_setup(vma);
	vma->vm_ops = NULL;
	return 0;
}

static const struct file_operations zero_fops = {
	.llseek = null_llseek,
	.fsync = null_fsync,
	.read = zero_read,
	.write = null_write,
	.mmap = zero_mmap,
};

static const struct file_operations full_fops = {
	.llseek = null_llseek,
	.fsync = null_fsync,
	.read = zero_read,
	.write = full_write,
};

/*
 * memory_fops - the file operations of minor `minor` of major 1, or NULL
 * for a minor with no device here (/dev/mem, /dev/kmem, /dev/port: the
 * caller's open then fails with ENXIO).
 */
const struct file_operations *memory_fops(unsigned int minor)
{
	switch (minor) {
	case 3:
		return &null_fops;
	case 5:
		return &zero_fops;
	case 7:
		return &full_fops;
	case 8:
	case 9:
		return &random_fops;
	}
	return NULL;
}
