/* ioctl: device-specific requests, passed to the file's f_op->ioctl. */
#include <fs/fs.h>
#include <kernel/syscalls.h>
#include <uapi/errno.h>

/* ioctl(fd, cmd, arg): the device's answer, -ENOTTY for files. */
SYSCALL_DEFINE3(ioctl, unsigned int, fd, unsigned int, cmd, unsigned long, arg)
{
	struct file *file = fget(fd);
	long err;

	if (!file)
		return -EBADF;
	err = file->f_op && file->f_op->ioctl ? file->f_op->ioctl(file, cmd, arg) : -ENOTTY;
	fput(file);
	return err;
}
