/* tmpfs and the unnamed files behind shared memory (mm/shmem.c). */
#ifndef FS_SHMEM_FS_H
#define FS_SHMEM_FS_H

#include <kernel/types.h>

struct file;
struct super_block;
struct vm_area_struct;

/* ---- mm/shmem.c ---- */
struct super_block *shmem_mount(char *data, bool readonly, int *err);
bool shmem_busy(struct super_block *sb);
void shmem_kill_sb(struct super_block *sb);
struct file *shmem_file_setup(const char *name, loff_t size, int *err);
int shmem_zero_setup(struct vm_area_struct *vma);

#endif
