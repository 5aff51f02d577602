/*
 * Extended attributes (setxattr, getxattr, listxattr, removexattr and
 * their l- and f- forms). No filesystem here keeps any: the calls check
 * their arguments as Linux does - the path or fd first (ENOENT, EBADF,
 * EBADF for an O_PATH fd), then the name - and then answer as Linux does
 * for a filesystem without xattr support: EOPNOTSUPP, and an empty list.
 */
#include <asm/uaccess.h>
#include <fs/fs.h>
#include <fs/namei.h>
#include <kernel/syscalls.h>
#include <uapi/errno.h>
#include <uapi/fcntl.h>

#define XATTR_NAME_MAX	255
#define XATTR_SIZE_MAX	65536

/* The name must be a string of 1..255 bytes: -ERANGE, -EFAULT. */
static long check_name(const char __user *uname)
{
	char name[XATTR_NAME_MAX + 2];
	unsigned long i;

	for (i = 0; i < sizeof(name); i++) {
		if (copy_from_user(&name[i], uname + i, 1))
			return -EFAULT;
		if (!name[i])
			break;
	}
	return (i == 0 || i > XATTR_NAME_MAX) ? -ERANGE : 0;
}

/* The inode the call names: path (following a link unless nofollow) or fd. */
static long xattr_target(const char __user *path, int fd, bool nofollow)
{
	struct inode *inode;
	struct file *file;
	long err;

	if (!path) {
		file = fget(fd);
		if (!file)
			return -EBADF;
		fput(file);
		return 0;
	}
	err = user_path_at(AT_FDCWD, path, nofollow ? 0 : LOOKUP_FOLLOW, &inode);
	if (!err)
		iput(inode);
	return err;
}

static long do_setxattr(const char __user *path, int fd, bool nofollow,
			const char __user *name, size_t size, int flags)
{
	long err = xattr_target(path, fd, nofollow);

	if (err)
		return err;
	if (flags & ~3)		/* XATTR_CREATE | XATTR_REPLACE */
		return -EINVAL;
	if (size > XATTR_SIZE_MAX)
		return -E2BIG;
	return check_name(name) ?: -EOPNOTSUPP;
}

static long do_getxattr(const char __user *path, int fd, bool nofollow,
			const char __user *name)
{
	long err = xattr_target(path, fd, nofollow);

	return err ?: check_name(name) ?: -EOPNOTSUPP;
}

/* No attributes: the list is empty. */
static long do_listxattr(const char __user *path, int fd, bool nofollow)
{
	return xattr_target(path, fd, nofollow);
}

/* setxattr(path, name, value, size, flags): -EOPNOTSUPP after the checks (see above). */
SYSCALL_DEFINE5(setxattr, const char __user *, path, const char __user *, name,
		const void __user *, value, size_t, size, int, flags)
{
	return path ? do_setxattr(path, 0, false, name, size, flags) : -EFAULT;
}

SYSCALL_DEFINE5(lsetxattr, const char __user *, path, const char __user *, name,
		const void __user *, value, size_t, size, int, flags)
{
	return path ? do_setxattr(path, 0, true, name, size, flags) : -EFAULT;
}

SYSCALL_DEFINE5(fsetxattr, int, fd, const char __user *, name, const void __user *, value,
		size_t, size, int, flags)
{
	return do_setxattr(NULL, fd, false, name, size, flags);
}

/* getxattr(path, name, value, size): -EOPNOTSUPP after the checks. */
SYSCALL_DEFINE4(getxattr, const char __user *, path, const char __user *, name,
		void __user *, value, size_t, size)
{
	return path ? do_getxattr(path, 0, false, name) : -EFAULT;
}

SYSCALL_DEFINE4(lgetxattr, const char __user *, path, const char __user *, name,
		void __user *, value, size_t, size)
{
	return path ? do_getxattr(path, 0, true, name) : -EFAULT;
}

SYSCALL_DEFINE4(fgetxattr, int, fd, const char __user *, name, void __user *, value,
		size_t, size)
{
	return do_getxattr(NULL, fd, false, name);
}

/* listxattr(path, list, size): 0, the empty list, after the checks. */
SYSCALL_DEFINE3(listxattr, const char __user *, path, char __user *, list, size_t, size)
{
	return path ? do_listxattr(path, 0, false) : -EFAULT;
}

SYSCALL_DEFINE3(llistxattr, const char __user *, path, char __user *, list, size_t, size)
{
	return path ? do_listxattr(path, 0, true) : -EFAULT;
}

SYSCALL_DEFINE3(flistxattr, int, fd, char __user *, list, size_t, size)
{
	return do_listxattr(NULL, fd, false);
}

/* removexattr(path, name): -EOPNOTSUPP after the checks. */
SYSCALL_DEFINE2(removexattr, const char __user *, path, const char __user *, name)
{
	return path ? do_getxattr(path, 0, false, name) : -EFAULT;
}

SYSCALL_DEFINE2(lremovexattr, const char __user *, path, const char __user *, name)
{
	return path ? do_getxattr(path, 0, true, name) : -EFAULT;
}

SYSCALL_DEFINE2(fremovexattr, int, fd, const char __user *, name)
{
	return do_getxattr(NULL, fd, false, name);
}
