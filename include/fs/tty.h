/* The console terminal (drivers/tty.c). */
#ifndef FS_TTY_H
#define FS_TTY_H

#include <fs/fs.h>

extern const struct file_operations tty_fops;
/* The console as an inode, for fds 0/1/2 of init when /dev/console is missing. */
struct inode *console_inode(void);

#endif
