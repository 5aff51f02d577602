/* The console terminal (drivers/tty.c). */
#ifndef FS_TTY_H
#define FS_TTY_H

#include <fs/fs.h>

/* ---- drivers/tty.c ---- */
extern const struct file_operations tty_fops;	/* the console: 5:1, 5:0, 4:0, 4:1 */

#endif
