/*
 * Character-device drivers as fs/char_dev.c's open finds them, by Linux's
 * major and minor numbers.
 */
#ifndef FS_CHRDEV_H
#define FS_CHRDEV_H

#include <fs/fs.h>

/* ---- drivers/mem.c ---- */
const struct file_operations *memory_fops(unsigned int minor);	/* major 1 */

/* ---- drivers/random.c ---- */
extern const struct file_operations random_fops;	/* 1:8 and 1:9 */

#endif
