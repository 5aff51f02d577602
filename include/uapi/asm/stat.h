/*
 * The Linux i386 stat structures (arch/x86/include/uapi/asm/stat.h), as
 * stat/fstat/stat64/fstat64 copy them out. Shared by the kernel
 * (<uapi/asm/stat.h>) and the user library (<sys/stat.h>).
 */
#ifndef UAPI_ASM_STAT_H
#define UAPI_ASM_STAT_H

/* stat(106), lstat(107), fstat(108): 64 bytes. */
struct stat {
	unsigned long st_dev;
	unsigned long st_ino;
	unsigned short st_mode;
	unsigned short st_nlink;
	unsigned short st_uid;
	unsigned short st_gid;
	unsigned long st_rdev;
	unsigned long st_size;		/* bytes */
	unsigned long st_blksize;	/* preferred I/O size, bytes */
	unsigned long st_blocks;	/* 512-byte units */
	unsigned long st_atime;
	unsigned long st_atime_nsec;
	unsigned long st_mtime;
	unsigned long st_mtime_nsec;
	unsigned long st_ctime;
	unsigned long st_ctime_nsec;
	unsigned long __unused4;
	unsigned long __unused5;
};

/*
 * stat64(195), lstat64(196), fstat64(197): 96 bytes. The 64-bit fields are
 * only 4-byte aligned, as the i386 ABI lays them out.
 */
struct stat64 {
	unsigned long long st_dev;
	unsigned char __pad0[4];
	unsigned long __st_ino;		/* low 32 bits of st_ino */
	unsigned int st_mode;
	unsigned int st_nlink;
	unsigned long st_uid;
	unsigned long st_gid;
	unsigned long long st_rdev;
	unsigned char __pad3[4];
	long long st_size;		/* bytes */
	unsigned long st_blksize;	/* preferred I/O size, bytes */
	unsigned long long st_blocks;	/* 512-byte units */
	unsigned long st_atime;
	unsigned long st_atime_nsec;
	unsigned long st_mtime;
	unsigned long st_mtime_nsec;
	unsigned long st_ctime;
	unsigned long st_ctime_nsec;
	unsigned long long st_ino;
} __attribute__((packed));

_Static_assert(sizeof(struct stat) == 64, "i386 struct stat is 64 bytes");
_Static_assert(sizeof(struct stat64) == 96, "i386 struct stat64 is 96 bytes");

#endif
