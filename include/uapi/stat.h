/*
 * File types and permission bits of st_mode and i_mode, the Linux values
 * (include/uapi/linux/stat.h). Shared by the kernel (<uapi/stat.h>) and the
 * user library (<sys/stat.h>).
 */
#ifndef UAPI_STAT_H
#define UAPI_STAT_H

#define S_IFMT		0170000
#define S_IFSOCK	0140000
#define S_IFLNK		0120000
#define S_IFREG		0100000
#define S_IFBLK		0060000
#define S_IFDIR		0040000
#define S_IFCHR		0020000
#define S_IFIFO		0010000
#define S_ISUID		0004000
#define S_ISGID		0002000
#define S_ISVTX		0001000

#define S_ISLNK(m)	(((m) & S_IFMT) == S_IFLNK)
#define S_ISREG(m)	(((m) & S_IFMT) == S_IFREG)
#define S_ISDIR(m)	(((m) & S_IFMT) == S_IFDIR)
#define S_ISCHR(m)	(((m) & S_IFMT) == S_IFCHR)
#define S_ISBLK(m)	(((m) & S_IFMT) == S_IFBLK)
#define S_ISFIFO(m)	(((m) & S_IFMT) == S_IFIFO)
#define S_ISSOCK(m)	(((m) & S_IFMT) == S_IFSOCK)

#define S_IRWXU		00700
#define S_IRUSR		00400
#define S_IWUSR		00200
#define S_IXUSR		00100
#define S_IRWXG		00070
#define S_IRGRP		00040
#define S_IWGRP		00020
#define S_IXGRP		00010
#define S_IRWXO		00007
#define S_IROTH		00004
#define S_IWOTH		00002
#define S_IXOTH		00001

/* utimensat's tv_nsec values that are not times: the time now, or leave it as it is. */
#define UTIME_NOW	((1L << 30) - 1L)
#define UTIME_OMIT	((1L << 30) - 2L)

/*
 * statx(383): what the caller asks for (mask) and what the kernel filled
 * (stx_mask). STATX_BASIC_STATS is everything struct stat has.
 */
#define STATX_TYPE		0x00000001U	/* stx_mode & S_IFMT */
#define STATX_MODE		0x00000002U	/* stx_mode & ~S_IFMT */
#define STATX_NLINK		0x00000004U
#define STATX_UID		0x00000008U
#define STATX_GID		0x00000010U
#define STATX_ATIME		0x00000020U
#define STATX_MTIME		0x00000040U
#define STATX_CTIME		0x00000080U
#define STATX_INO		0x00000100U
#define STATX_SIZE		0x00000200U
#define STATX_BLOCKS		0x00000400U
#define STATX_BASIC_STATS	0x000007ffU
#define STATX_BTIME		0x00000800U	/* creation time: ext2 has none */
#define STATX__RESERVED		0x80000000U	/* asking for it is EINVAL */

/* A statx time: seconds since 1970 and nanoseconds (0 here: ext2 keeps seconds). */
struct statx_timestamp {
	long long tv_sec;
	unsigned int tv_nsec;
	int __reserved;
};

/*
 * What statx copies out: 256 bytes, the same layout on every architecture
 * (each 64-bit field sits at a multiple of 8). Fields outside stx_mask are
 * zero.
 */
struct statx {
	unsigned int stx_mask;		/* STATX_* bits of the fields filled */
	unsigned int stx_blksize;	/* preferred I/O size, bytes */
	unsigned long long stx_attributes;	/* STATX_ATTR_* flags: none here */
	unsigned int stx_nlink;
	unsigned int stx_uid;
	unsigned int stx_gid;
	unsigned short stx_mode;	/* S_IF* type | permission bits */
	unsigned short __spare0[1];
	unsigned long long stx_ino;
	unsigned long long stx_size;	/* bytes */
	unsigned long long stx_blocks;	/* 512-byte units */
	unsigned long long stx_attributes_mask;	/* stx_attributes bits the fs knows */
	struct statx_timestamp stx_atime;
	struct statx_timestamp stx_btime;
	struct statx_timestamp stx_ctime;
	struct statx_timestamp stx_mtime;
	unsigned int stx_rdev_major;	/* device of a character or block special file */
	unsigned int stx_rdev_minor;
	unsigned int stx_dev_major;	/* device holding the file */
	unsigned int stx_dev_minor;
	unsigned long long stx_mnt_id;
	unsigned int stx_dio_mem_align;
	unsigned int stx_dio_offset_align;
	unsigned long long __spare3[12];
};

_Static_assert(sizeof(struct statx) == 256, "struct statx is 256 bytes");
_Static_assert(__builtin_offsetof(struct statx, stx_ino) == 0x20, "statx: stx_ino at 0x20");
_Static_assert(__builtin_offsetof(struct statx, stx_atime) == 0x40, "statx: stx_atime at 0x40");
_Static_assert(__builtin_offsetof(struct statx, stx_rdev_major) == 0x80, "statx: rdev at 0x80");

#endif
