/*
 * utimensat: setting a file's access and modification times. The i386
 * call (320) takes two 32-bit struct timespec; ext2 keeps whole seconds,
 * so the nanoseconds are dropped. Whatever is set, the change time
 * becomes the current time.
 */
#include <asm/uaccess.h>
#include <fs/fcntl.h>
#include <fs/fs.h>
#include <fs/namei.h>
#include <kernel/sched.h>
#include <fs/stat.h>
#include <kernel/syscalls.h>
#include <uapi/errno.h>

/* The i386 struct timespec (Linux 5.x calls it struct old_timespec32). */
struct old_timespec32 {
	s32 tv_sec;
	s32 tv_nsec;
};

static bool nsec_valid(s32 nsec)
{
	return nsec == UTIME_OMIT || nsec == UTIME_NOW || (nsec >= 0 && nsec <= 999999999);
}

/* Set the times times[] asks for (NULL: both now), and the change time, on inode. */
static int utimes_common(struct inode *inode, const struct old_timespec32 *times)
{
	u32 now = current_time();
	struct iattr attr = {
		.ia_valid = ATTR_CTIME | ATTR_ATIME | ATTR_MTIME,
		.ia_atime = now, .ia_mtime = now, .ia_ctime = now,
	};

	/* Explicit times: the owner or root (-EPERM); "now": also whoever may write (-EACCES). */
	if (current->fsuid && current->fsuid != inode->i_uid) {
		bool explicit = times && ((times[0].tv_nsec != UTIME_NOW && times[0].tv_nsec != UTIME_OMIT) ||
					  (times[1].tv_nsec != UTIME_NOW && times[1].tv_nsec != UTIME_OMIT));
		int err = explicit ? -EPERM : inode_permission(inode, MAY_WRITE);

		if (err)
			return err;
	}
	if (times) {
		if (times[0].tv_nsec == UTIME_OMIT)
			attr.ia_valid &= ~ATTR_ATIME;
		else if (times[0].tv_nsec != UTIME_NOW)
			attr.ia_atime = times[0].tv_sec;
		if (times[1].tv_nsec == UTIME_OMIT)
			attr.ia_valid &= ~ATTR_MTIME;
		else if (times[1].tv_nsec != UTIME_NOW)
			attr.ia_mtime = times[1].tv_sec;
	}
	return notify_change(inode, &attr);
}

/* utimensat on the file open at fd (a NULL path: futimens). */
static long utimes_fd(int fd, const struct old_timespec32 *times)
{
	struct file *file = fget(fd);
	long err;

	if (!file)
		return -EBADF;
	err = utimes_common(file->f_inode, times);
	fput(file);
	return err;
}

static long do_utimes(int dfd, const char __user *filename, const struct old_timespec32 *times,
		      int flags)
{
	unsigned int lookup = LOOKUP_FOLLOW;
	struct inode *inode;
	long err;

	if (times && (!nsec_valid(times[0].tv_nsec) || !nsec_valid(times[1].tv_nsec)))
		return -EINVAL;
	if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	if (!filename && dfd != AT_FDCWD)
		return flags ? -EINVAL : utimes_fd(dfd, times);
	if (flags & AT_SYMLINK_NOFOLLOW)
		lookup &= ~LOOKUP_FOLLOW;
	if (flags & AT_EMPTY_PATH)
		lookup |= LOOKUP_EMPTY;
	err = user_path_at(dfd, filename, lookup, &inode);
	if (err)
		return err;
	err = utimes_common(inode, times);
	iput(inode);
	return err;
}

/*
 * utimensat(dfd, path, times, flags): set the access (times[0]) and
 * modification (times[1]) times of a path walked from dfd; a tv_nsec of
 * UTIME_NOW means now and UTIME_OMIT leaves that time alone; NULL times
 * sets both to now. A NULL path means the file open at dfd (futimens),
 * and then no flag is allowed. Both UTIME_OMIT succeeds without looking
 * at the path, as in Linux. 0, -EINVAL (a bad tv_nsec or flag), -EFAULT,
 * -EROFS, or the walk's error. Linux: sys_utimensat_time32 on i386.
 */
SYSCALL_DEFINE4(utimensat, int, dfd, const char __user *, filename,
		struct old_timespec32 __user *, utimes, int, flags)
{
	struct old_timespec32 times[2];

	if (utimes) {
		if (copy_from_user(times, utimes, sizeof(times)))
			return -EFAULT;
		if (times[0].tv_nsec == UTIME_OMIT && times[1].tv_nsec == UTIME_OMIT)
			return 0;
	}
	return do_utimes(dfd, filename, utimes ? times : NULL, flags);
}
