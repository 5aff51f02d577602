/*
 * fcntl and fcntl64 (descriptor flags, duplication, status flags) and
 * _llseek (the 64-bit lseek of the i386 ABI). Neither is in the core list, but shells
 * and C libraries reach for them.
 */
#include <asm/uaccess.h>
#include <fs/fcntl.h>
#include <fs/fs.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <uapi/errno.h>

/* Flags F_SETFL may change; the access mode and O_CREAT etc. stay. */
#define SETFL_MASK	(O_APPEND | O_NONBLOCK)

static bool fd_cloexec(struct files_struct *files, unsigned int fd)
{
	return files->close_on_exec[fd / 32] & (1U << (fd % 32));
}

static void fd_set_cloexec(struct files_struct *files, unsigned int fd, bool on)
{
	if (on)
		files->close_on_exec[fd / 32] |= 1U << (fd % 32);
	else
		files->close_on_exec[fd / 32] &= ~(1U << (fd % 32));
}

/* F_DUPFD: the lowest free fd at or above start; -EINVAL past the table. */
static long fcntl_dupfd(struct file *file, unsigned long start, bool cloexec)
{
	int fd;

	if (start >= rlimit(RLIMIT_NOFILE))
		return -EINVAL;
	fd = fd_install_lowest(get_file(file), start);
	if (fd < 0)
		fput(file);
	else
		fd_set_cloexec(current->files, fd, cloexec);
	return fd;
}

/* The commands an O_PATH fd allows (Linux's check_fcntl_cmd): the rest are EBADF. */
static bool fcntl_path_cmd(unsigned int cmd)
{
	return cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC || cmd == F_GETFD || cmd == F_SETFD ||
	       cmd == F_GETFL;
}

/*
 * fcntl(fd, cmd, arg): per cmd; -EBADF, -EINVAL for an unknown cmd. The
 * record locks (F_GETLK, F_SETLK, F_SETLKW) are not implemented: -EINVAL.
 * F_GETPIPE_SZ/F_SETPIPE_SZ go to the pipe (fs/pipe.c).
 */
SYSCALL_DEFINE3(fcntl, unsigned int, fd, unsigned int, cmd, unsigned long, arg)
{
	struct file *file = fget_raw(fd);
	long ret = 0;

	if (!file)
		return -EBADF;
	if ((file->f_mode & FMODE_PATH) && !fcntl_path_cmd(cmd)) {
		fput(file);
		return -EBADF;
	}
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		ret = fcntl_dupfd(file, arg, cmd == F_DUPFD_CLOEXEC);
		break;
	case F_GETFD:
		ret = fd_cloexec(current->files, fd) ? FD_CLOEXEC : 0;
		break;
	case F_SETFD:
		fd_set_cloexec(current->files, fd, arg & FD_CLOEXEC);
		break;
	case F_GETFL:
		ret = file->f_flags & ~O_CLOEXEC;
		break;
	case F_SETFL:
		file->f_flags = (file->f_flags & ~SETFL_MASK) | (arg & SETFL_MASK);
		break;
	case F_GETPIPE_SZ:
	case F_SETPIPE_SZ:
		ret = pipe_fcntl(file, cmd, arg);
		break;
	default:
		ret = -EINVAL;
	}
	fput(file);
	return ret;
}

/*
 * fcntl64(fd, cmd, arg): the call 32-bit C libraries make for fcntl. It
 * differs only in the lock commands, which take struct flock64
 * (F_GETLK64, F_SETLK64, F_SETLKW64); without locks it is fcntl.
 */
SYSCALL_DEFINE3(fcntl64, unsigned int, fd, unsigned int, cmd, unsigned long, arg)
{
	return sys_fcntl(fd, cmd, arg);
}

/*
 * _llseek(fd, high, low, &result, whence): 0 with the 64-bit offset stored,
 * or -errno. The offset arrives as two 32-bit halves. (Linux defines it as
 * SYSCALL_DEFINE5(llseek, ...), registered under __NR__llseek.)
 */
SYSCALL_DEFINE5(_llseek, unsigned int, fd, unsigned long, offset_high,
		unsigned long, offset_low, loff_t __user *, result, unsigned int, whence)
{
	struct file *file = fget(fd);
	loff_t off = ((loff_t)offset_high << 32) | offset_low, pos;

	if (!file)
		return -EBADF;
	if (!file->f_op || !file->f_op->llseek)
		pos = -ESPIPE;
	else
		pos = file->f_op->llseek(file, off, whence);
	fput(file);
	if (pos < 0)
		return (long)pos;
	return copy_to_user(result, &pos, sizeof(pos)) ? -EFAULT : 0;
}
