/* Linux i386 mmap/mprotect/msync/madvise/mremap constants (asm-generic/mman*.h). */
#ifndef UAPI_MMAN_H
#define UAPI_MMAN_H

#define PROT_NONE	0x0
#define PROT_READ	0x1
#define PROT_WRITE	0x2
#define PROT_EXEC	0x4
#define PROT_GROWSDOWN	0x01000000
#define PROT_GROWSUP	0x02000000

#define MAP_SHARED	0x01
#define MAP_PRIVATE	0x02
#define MAP_SHARED_VALIDATE 0x03
#define MAP_TYPE	0x0f
#define MAP_FIXED	0x10
#define MAP_ANONYMOUS	0x20
#define MAP_GROWSDOWN	0x0100
#define MAP_DENYWRITE	0x0800
#define MAP_EXECUTABLE	0x1000
#define MAP_LOCKED	0x2000
#define MAP_NORESERVE	0x4000
#define MAP_POPULATE	0x8000
#define MAP_NONBLOCK	0x10000
#define MAP_STACK	0x20000
#define MAP_HUGETLB	0x40000
#define MAP_UNINITIALIZED 0x4000000
#define MAP_FIXED_NOREPLACE 0x100000

/*
 * The flags every kernel has accepted (and ignored when unknown) with
 * MAP_SHARED or MAP_PRIVATE. MAP_SHARED_VALIDATE rejects any other bit
 * with EOPNOTSUPP instead of ignoring it.
 */
#define LEGACY_MAP_MASK	(MAP_SHARED | MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS | \
			 MAP_DENYWRITE | MAP_EXECUTABLE | MAP_UNINITIALIZED | \
			 MAP_GROWSDOWN | MAP_LOCKED | MAP_NORESERVE | \
			 MAP_POPULATE | MAP_NONBLOCK | MAP_STACK | MAP_HUGETLB)

#define MAP_FAILED	((void *)-1)

#define MS_ASYNC	1
#define MS_INVALIDATE	2
#define MS_SYNC		4

#define MCL_CURRENT	1
#define MCL_FUTURE	2

#define MADV_NORMAL	0
#define MADV_RANDOM	1
#define MADV_SEQUENTIAL	2
#define MADV_WILLNEED	3
#define MADV_DONTNEED	4
#define MADV_DONTFORK	10	/* fork leaves the range out of the child */
#define MADV_DOFORK	11
#define MADV_DONTDUMP	16	/* core dumps leave the range out */
#define MADV_DODUMP	17
#define MADV_PAGEOUT	21	/* reclaim these pages now (Linux 5.4+) */

#define MREMAP_MAYMOVE	1
#define MREMAP_FIXED	2

/* personality(2) */
#define ADDR_COMPAT_LAYOUT 0x0200000
#define ADDR_NO_RANDOMIZE 0x0040000
#define PER_LINUX	0x0000

#endif
