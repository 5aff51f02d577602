/*
 * mount(2) and umount2(2): filesystems mounted by programs, on top of the
 * two the kernel mounts at boot (the ext2 root and /proc, fs/super.c).
 * There is one namespace, as in Linux 2.6 before CLONE_NEWNS was used: a
 * mount is seen by every process. The type there is to mount is tmpfs
 * (mm/shmem.c); a mount covers a directory (inode->i_mounted), and path
 * lookup crosses into it (fs/namei.c follow_mount).
 *
 * What Linux does and this does not (yet): bind and move mounts (MS_BIND,
 * MS_MOVE: EINVAL), lazy unmounting of a busy filesystem (MNT_DETACH of a
 * busy mount is EBUSY), and enforcing MS_NOSUID/MS_NODEV/MS_NOEXEC, which
 * are accepted and shown. Propagation types (MS_PRIVATE, MS_SHARED...) are
 * accepted and change nothing: every mount here is private.
 */
#include <fs/fs.h>
#include <fs/mount.h>
#include <fs/namei.h>
#include <fs/shmem_fs.h>
#include <kernel/list.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <lib/string.h>
#include <mm/slab.h>
#include <uapi/errno.h>
#include <uapi/fcntl.h>
#include <uapi/mount.h>

static LIST_HEAD(mount_list);

#define MS_PROPAGATION	(MS_SHARED | MS_PRIVATE | MS_SLAVE | MS_UNBINDABLE)
/* Flags a mount keeps; the others only say how to mount (Linux's MS_RMT_MASK and friends). */
#define MS_KEPT		(MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_SYNCHRONOUS | \
			 MS_DIRSYNC | MS_NOATIME | MS_NODIRATIME | MS_RELATIME | MS_STRICTATIME)

/*
 * The mounts programs made, in the order they were made, after prev (NULL:
 * the first); NULL after the last. For /proc/mounts.
 */
struct vfsmount *next_mount(struct vfsmount *prev)
{
	struct list_head *next = prev ? prev->mnt_list.next : mount_list.next;

	return next == &mount_list ? NULL : list_entry(next, struct vfsmount, mnt_list);
}

/* The mount whose root is inode, or NULL (also for the kernel's own mounts). */
static struct vfsmount *lookup_mnt(struct inode *inode)
{
	struct vfsmount *mnt;

	list_for_each_entry(mnt, &mount_list, mnt_list) {
		if (mnt->mnt_sb->s_root == inode)
			return mnt;
	}
	return NULL;
}

/* A kernel copy of the user string s, or NULL for a NULL s (then *err = 0). */
static char *copy_mount_string(const char __user *s, int *err)
{
	*err = 0;
	return s ? getname(s, err) : NULL;
}

/* A new tmpfs (the only type there is) over directory dir. */
static long do_new_mount(struct inode *dir, const char *type, const char *dev,
			 unsigned long flags, char *data)
{
	struct vfsmount *mnt;
	struct super_block *sb;
	int err;

	if (!type)
		return -EINVAL;
	if (strcmp(type, "tmpfs"))
		return -ENODEV;
	if (!S_ISDIR(dir->i_mode))
		return -ENOTDIR;
	mnt = kzalloc(sizeof(*mnt) + strlen(dev ? dev : "none") + 1);
	if (!mnt)
		return -ENOMEM;
	sb = shmem_mount(data, flags & MS_RDONLY, &err);
	if (!sb) {
		kfree(mnt);
		return err;
	}
	err = mount_on(dir, sb);
	if (err) {
		shmem_kill_sb(sb);
		kfree(mnt);
		return err;
	}
	mnt->mnt_sb = sb;
	mnt->mnt_flags = flags & MS_KEPT;
	mnt->mnt_type = "tmpfs";
	strcpy(mnt->mnt_devname, dev ? dev : "none");
	list_add_tail(&mnt->mnt_list, &mount_list);
	return 0;
}

/* MS_REMOUNT: new flags (read-only or not) for the mount whose root is root. */
static long do_remount(struct inode *root, unsigned long flags)
{
	struct vfsmount *mnt = lookup_mnt(root);

	if (!mnt)
		return -EINVAL;
	mnt->mnt_flags = flags & MS_KEPT;
	mnt->mnt_sb->s_readonly = flags & MS_RDONLY;
	return 0;
}

/* Is inode the root of a mount (the kernel's or a program's)? */
static bool is_mount_root(struct inode *inode)
{
	return inode == inode->i_sb->s_root;
}

static long do_mount(struct inode *dir, const char *type, const char *dev,
		     unsigned long flags, char *data)
{
	if ((flags & MS_MGC_MSK) == MS_MGC_VAL)
		flags &= ~MS_MGC_MSK;
	if (flags & MS_REMOUNT)
		return do_remount(dir, flags);
	if (flags & (MS_BIND | MS_MOVE))
		return -EINVAL;
	if (flags & MS_PROPAGATION)
		return is_mount_root(dir) ? 0 : -EINVAL;
	return do_new_mount(dir, type, dev, flags, data);
}

/*
 * mount(source, target, type, flags, data): mount a new tmpfs ("tmpfs";
 * data its options, size= nr_inodes= mode= uid= gid=) on the directory
 * target, or with MS_REMOUNT change a mount's read-only flag. Root only
 * (EPERM); -ENOENT, -ENOTDIR for the target, -ENODEV for another type,
 * -EINVAL for a bad option, bind/move, or a remount of what is not a
 * mount; -EFAULT, -ENOMEM.
 */
SYSCALL_DEFINE5(mount, const char __user *, dev_name, const char __user *, dir_name,
		const char __user *, type, unsigned long, flags, const void __user *, data)
{
	char *dev = NULL, *dir_s = NULL, *type_s = NULL, *data_s = NULL;
	struct inode *dir;
	int err;

	if (current->euid != 0)
		return -EPERM;
	if (!(dir_s = copy_mount_string(dir_name, &err)) && !err)
		err = -EFAULT;
	if (!err)
		type_s = copy_mount_string(type, &err);
	if (!err)
		dev = copy_mount_string(dev_name, &err);
	if (!err)
		data_s = copy_mount_string(data, &err);
	if (!err)
		err = path_lookup(dir_s, &dir);
	if (!err) {
		err = do_mount(dir, type_s, dev, flags, data_s);
		iput(dir);
	}
	kfree(data_s);
	kfree(dev);
	kfree(type_s);
	kfree(dir_s);
	return err;
}

/* Unmount mnt: busy (an open file, a cwd, a mount inside) is -EBUSY. */
static long do_umount(struct vfsmount *mnt)
{
	struct super_block *sb = mnt->mnt_sb;

	if (shmem_busy(sb))
		return -EBUSY;
	sb->s_mountpoint->i_mounted = NULL;
	iput(sb->s_mountpoint);
	sb->s_mountpoint = NULL;
	list_del(&mnt->mnt_list);
	kfree(mnt);
	shmem_kill_sb(sb);
	return 0;
}

/*
 * umount2(target, flags): unmount the filesystem whose root target names.
 * Root only (EPERM); -EINVAL for unknown flags or a target that is not the
 * root of a program's mount, -EBUSY while it is in use (and for the
 * kernel's own mounts), -EAGAIN for the first MNT_EXPIRE of an idle mount
 * (the second unmounts it, as Linux's expiry marks).
 */
SYSCALL_DEFINE2(umount2, const char __user *, name, int, flags)
{
	struct vfsmount *mnt;
	struct inode *inode;
	int err;

	if (flags & ~(MNT_FORCE | MNT_DETACH | MNT_EXPIRE | UMOUNT_NOFOLLOW))
		return -EINVAL;
	if ((flags & MNT_EXPIRE) && (flags & (MNT_FORCE | MNT_DETACH)))
		return -EINVAL;
	if (current->euid != 0)
		return -EPERM;
	err = user_path_at(AT_FDCWD, name, (flags & UMOUNT_NOFOLLOW) ? 0 : LOOKUP_FOLLOW, &inode);
	if (err)
		return err;
	mnt = lookup_mnt(inode);
	err = !is_mount_root(inode) ? -EINVAL : !mnt ? -EBUSY : 0;
	iput(inode);
	if (err)
		return err;
	if (flags & MNT_EXPIRE) {
		if (shmem_busy(mnt->mnt_sb))
			return -EBUSY;
		if (!mnt->mnt_expiry_mark) {
			mnt->mnt_expiry_mark = true;
			return -EAGAIN;
		}
	}
	return do_umount(mnt);
}

/* umount(target): the old call, umount2 without flags. */
SYSCALL_DEFINE1(umount, const char __user *, name)
{
	return sys_umount2(name, 0);
}
