/* Host harness for fs/ (tests/shim/fs_host.c). */
#ifndef FS_HOST_H
#define FS_HOST_H

#include <fs/fs.h>

/* A block device holding a copy of the image file, or NULL. */
struct block_device *fs_host_load(const char *path);
/* Write the device's bytes back to an image file; 0 or -1. */
int fs_host_save(struct block_device *bdev, const char *path);
void fs_host_set_task(struct files_struct *files, struct fs_struct *fs);

#endif
