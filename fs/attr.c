/*
 * Changing a file's attributes: its mode (chmod, fchmod, fchmodat) and its
 * owner and group (chown32, fchown32, lchown32, fchownat), all through
 * notify_change as in Linux. Linux keeps these system calls in fs/open.c
 * and notify_change here. Who may change what is Linux's rule
 * (setattr_allowed): the mode, the owner or root; the owner, root only;
 * the group, root, or the owner to a group it belongs to. The file type
 * never changes, and a new owner clears a file's set-user-ID bit (and its
 * set-group-ID bit when the group may execute it).
 *
 * ext2 writes inodes through, so the change is on the disk when the call
 * returns.
 */
#include <fs/fcntl.h>
#include <fs/fs.h>
#include <fs/namei.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <uapi/errno.h>

/*
 * May the caller make the owner, group and mode changes attr asks for
 * (Linux's setattr_prepare)? 0 or -EPERM. Times are checked by utimensat.
 */
static int setattr_allowed(const struct inode *inode, const struct iattr *attr)
{
	unsigned int fsuid = current->fsuid;

	if (!fsuid)
		return 0;
	if ((attr->ia_valid & ATTR_UID) && attr->ia_uid != inode->i_uid)
		return -EPERM;
	if ((attr->ia_valid & ATTR_GID) && attr->ia_gid != inode->i_gid &&
	    (fsuid != inode->i_uid || !in_group_p(attr->ia_gid)))
		return -EPERM;
	if ((attr->ia_valid & ATTR_MODE) && fsuid != inode->i_uid)
		return -EPERM;
	return 0;
}

/*
 * Apply the changes attr describes (ATTR_* in ia_valid) to inode and write
 * it back: 0, or -EROFS on a read-only filesystem. ATTR_KILL_SUID and
 * ATTR_KILL_SGID clear the set-id bits of the mode as Linux does for an
 * owner change. The caller holds a reference on inode and has checked
 * that the change is allowed. Linux 2.6 takes a dentry.
 */
int notify_change(struct inode *inode, struct iattr *attr)
{
	unsigned int valid = attr->ia_valid;
	umode_t mode = valid & ATTR_MODE ? attr->ia_mode : inode->i_mode;
	int err;

	if (inode->i_sb->s_readonly)
		return -EROFS;
	err = setattr_allowed(inode, attr);
	if (err)
		return err;
	/* chmod by someone outside the file's group cannot set set-group-ID. */
	if ((valid & ATTR_MODE) && current->fsuid && !in_group_p(inode->i_gid))
		mode &= ~S_ISGID;
	if (valid & ATTR_KILL_SUID)
		mode &= ~S_ISUID;
	if ((valid & ATTR_KILL_SGID) && (mode & S_IXGRP))
		mode &= ~S_ISGID;
	inode->i_mode = (inode->i_mode & S_IFMT) | (mode & S_IALLUGO);
	if (valid & ATTR_UID)
		inode->i_uid = attr->ia_uid;
	if (valid & ATTR_GID)
		inode->i_gid = attr->ia_gid;
	if (valid & ATTR_ATIME)
		inode->i_atime = attr->ia_atime;
	if (valid & ATTR_MTIME)
		inode->i_mtime = attr->ia_mtime;
	if (valid & ATTR_CTIME)
		inode->i_ctime = attr->ia_ctime;
	mark_inode_dirty(inode);
	return 0;
}

/* Set the permission bits of inode to mode; the change time is now. */
static int chmod_common(struct inode *inode, umode_t mode)
{
	struct iattr attr = {
		.ia_valid = ATTR_MODE | ATTR_CTIME,
		.ia_mode = mode & S_IALLUGO,
		.ia_ctime = current_time(),
	};

	return notify_change(inode, &attr);
}

/*
 * fchmodat(dfd, path, mode): set the twelve permission bits of the file a
 * path walked from dfd names (a symbolic link is followed); the type bits
 * of mode are ignored. 0, -EROFS, or the walk's error. The call has no
 * flags (Linux 6.6 added fchmodat2 for them).
 */
SYSCALL_DEFINE3(fchmodat, int, dfd, const char __user *, filename, umode_t, mode)
{
	struct inode *inode;
	int err = user_path_at(dfd, filename, LOOKUP_FOLLOW, &inode);

	if (err)
		return err;
	err = chmod_common(inode, mode);
	iput(inode);
	return err;
}

/* chmod(path, mode): fchmodat from the cwd. */
SYSCALL_DEFINE2(chmod, const char __user *, filename, umode_t, mode)
{
	return sys_fchmodat(AT_FDCWD, filename, mode);
}

/* fchmod(fd, mode): chmod of the file open at fd; -EBADF if it is not open. */
SYSCALL_DEFINE2(fchmod, unsigned int, fd, umode_t, mode)
{
	struct file *file = fget(fd);
	int err;

	if (!file)
		return -EBADF;
	err = chmod_common(file->f_inode, mode);
	fput(file);
	return err;
}

/*
 * Give inode the owner user and group group, where (uid_t)-1 leaves one
 * as it is; the change time is now. A file that is not a directory loses
 * its set-user-ID bit even if nothing changes, as in Linux.
 */
static int chown_common(struct inode *inode, uid_t user, gid_t group)
{
	struct iattr attr = { .ia_valid = ATTR_CTIME, .ia_ctime = current_time() };

	if (user != (uid_t)-1) {
		attr.ia_valid |= ATTR_UID;
		attr.ia_uid = user;
	}
	if (group != (gid_t)-1) {
		attr.ia_valid |= ATTR_GID;
		attr.ia_gid = group;
	}
	if (!S_ISDIR(inode->i_mode))
		attr.ia_valid |= ATTR_KILL_SUID | ATTR_KILL_SGID;
	return notify_change(inode, &attr);
}

/*
 * fchownat(dfd, path, user, group, flags): chown of a path walked from dfd;
 * AT_SYMLINK_NOFOLLOW changes a symbolic link itself, AT_EMPTY_PATH with
 * "" the file open at dfd. 0, -EINVAL for another flag, -EROFS, or the
 * walk's error. Ids are 32 bits; -1 leaves one unchanged.
 */
SYSCALL_DEFINE5(fchownat, int, dfd, const char __user *, filename, uid_t, user,
		gid_t, group, int, flag)
{
	unsigned int lookup = LOOKUP_FOLLOW;
	struct inode *inode;
	int err;

	if (flag & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	if (flag & AT_SYMLINK_NOFOLLOW)
		lookup &= ~LOOKUP_FOLLOW;
	if (flag & AT_EMPTY_PATH)
		lookup |= LOOKUP_EMPTY;
	err = user_path_at(dfd, filename, lookup, &inode);
	if (err)
		return err;
	err = chown_common(inode, user, group);
	iput(inode);
	return err;
}

/*
 * chown32(path, user, group), lchown32 (a symbolic link itself): fchownat
 * from the cwd. Linux calls them sys_chown and sys_lchown; the 16-bit-id
 * calls 16 and 182 are not provided.
 */
SYSCALL_DEFINE3(chown32, const char __user *, filename, uid_t, user, gid_t, group)
{
	return sys_fchownat(AT_FDCWD, filename, user, group, 0);
}

SYSCALL_DEFINE3(lchown32, const char __user *, filename, uid_t, user, gid_t, group)
{
	return sys_fchownat(AT_FDCWD, filename, user, group, AT_SYMLINK_NOFOLLOW);
}

/* fchown32(fd, user, group): chown of the file open at fd; -EBADF. Linux: sys_fchown. */
SYSCALL_DEFINE3(fchown32, unsigned int, fd, uid_t, user, gid_t, group)
{
	struct file *file = fget(fd);
	int err;

	if (!file)
		return -EBADF;
	err = chown_common(file->f_inode, user, group);
	fput(file);
	return err;
}
