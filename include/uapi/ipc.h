/* System V IPC as i386 Linux's ABI has it: flags, commands, the shm structures. */
#ifndef UAPI_IPC_H
#define UAPI_IPC_H

#define IPC_PRIVATE	0
#define IPC_CREAT	00001000	/* shmget: make it if the key has none */
#define IPC_EXCL	00002000	/* ... and fail if it has one */
#define IPC_NOWAIT	00004000

#define IPC_RMID	0		/* shmctl commands */
#define IPC_SET		1
#define IPC_STAT	2
#define IPC_INFO	3
#define SHM_LOCK	11
#define SHM_UNLOCK	12
#define SHM_STAT	13
#define SHM_INFO	14
#define SHM_STAT_ANY	15
#define IPC_64		0x0100		/* or'ed into cmd: the 64-bit-id structures */

#define SHM_RDONLY	010000		/* shmat flags */
#define SHM_RND		020000
#define SHM_REMAP	040000
#define SHM_EXEC	0100000

#define SHM_DEST	01000		/* shm mode bits: removed, freed at the last detach */
#define SHM_LOCKED	02000

#define SHMAT		21		/* ipc(2) call numbers */
#define SHMDT		22
#define SHMGET		23
#define SHMCTL		24

struct ipc64_perm {
	int key;
	unsigned int uid, gid, cuid, cgid;
	unsigned short mode, __pad1;
	unsigned short seq, __pad2;
	unsigned long __unused1, __unused2;
};

struct shmid64_ds {
	struct ipc64_perm shm_perm;
	unsigned long shm_segsz;
	unsigned long shm_atime, shm_atime_high;
	unsigned long shm_dtime, shm_dtime_high;
	unsigned long shm_ctime, shm_ctime_high;
	int shm_cpid, shm_lpid;
	unsigned long shm_nattch;
	unsigned long __unused4, __unused5;
};

/* The layout before IPC_64: 16-bit ids. */
struct ipc_perm {
	int key;
	unsigned short uid, gid, cuid, cgid;
	unsigned short mode, seq;
};

struct shmid_ds {
	struct ipc_perm shm_perm;
	int shm_segsz;
	long shm_atime, shm_dtime, shm_ctime;
	unsigned short shm_cpid, shm_lpid;
	short shm_nattch;
	unsigned short shm_unused;
	void *shm_unused2, *shm_unused3;
};

struct shminfo64 {
	unsigned long shmmax, shmmin, shmmni, shmseg, shmall;
	unsigned long __unused1, __unused2, __unused3, __unused4;
};

struct shm_info {
	int used_ids;
	unsigned long shm_tot, shm_rss, shm_swp, swap_attempts, swap_successes;
};

_Static_assert(sizeof(struct shmid64_ds) == 84, "i386 shmid64_ds");
_Static_assert(sizeof(struct shmid_ds) == 48, "i386 shmid_ds");

#endif
