/* ioctl: device-specific requests, passed to the file's f_op->ioctl. */
#include <fs/fs.h>
#include <kernel/syscalls.h>
#include <uapi/errno.h>

/* ioctl(fd, cmd, arg): the device's answer, -ENOTTY for files. */
SYSCALL_DEFINE(__NR_ioctl, ioctl);
long sys_ioctl(struct pt_regs *regs)
{
	struct file *file = fget(regs->ebx);
	long err;

	if (!file)
		return -EBADF;
	err = file->f_op && file->f_op->ioctl ? file->f_op->ioctl(file, regs->ecx, regs->edx)
					      : -ENOTTY;
	fput(file);
	return err;
}
