/* Mounts made by mount(2) (fs/namespace.c). */
#ifndef FS_MOUNT_H
#define FS_MOUNT_H

#include <kernel/list.h>
#include <kernel/types.h>

struct super_block;

/* One mount a program made (Linux's struct vfsmount and struct mount in one). */
struct vfsmount {
	struct list_head mnt_list;	/* on the mount list, oldest first */
	struct super_block *mnt_sb;	/* what is mounted; its s_mountpoint is where */
	unsigned long mnt_flags;	/* MS_RDONLY, MS_NOSUID... as asked */
	const char *mnt_type;		/* "tmpfs" */
	bool mnt_expiry_mark;		/* a first MNT_EXPIRE found it idle */
	char mnt_devname[];		/* the source argument ("none" if NULL) */
};

/* ---- fs/namespace.c ---- */
struct vfsmount *next_mount(struct vfsmount *prev);

#endif
