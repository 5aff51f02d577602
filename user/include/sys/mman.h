/*
 * Memory mappings. The constants are the shared include/uapi/mman.h; mmap()
 * uses mmap2 (192, offset in pages) like glibc, and old_mmap() the original
 * mmap (90) that takes one pointer to its six arguments.
 */
#ifndef _SYS_MMAN_H
#define _SYS_MMAN_H

#include <sys/types.h>
#include <mman.h>

void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset);
/* The old mmap(90) call: offset in bytes, arguments passed in memory. */
void *old_mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset);
int munmap(void *addr, size_t length);
int mprotect(void *addr, size_t length, int prot);
int msync(void *addr, size_t length, int flags);
int mlock(const void *addr, size_t length);
int munlock(const void *addr, size_t length);
int mlockall(int flags);
int munlockall(void);
/* new_address is only read with MREMAP_FIXED. */
void *mremap(void *old_address, size_t old_size, size_t new_size, int flags, ...);
int madvise(void *addr, size_t length, int advice);
/* One byte per page of [addr, addr+length): bit 0 set if resident. */
int mincore(void *addr, size_t length, unsigned char *vec);

#endif
