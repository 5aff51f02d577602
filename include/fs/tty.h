/* The console terminal (drivers/tty.c). */
#ifndef FS_TTY_H
#define FS_TTY_H

#include <fs/fs.h>
#include <uapi/asm/termbits.h>

/* A terminal's job-control state (Linux: part of struct tty_struct). */
struct tty_struct {
	pid_t session;		/* the session it is the controlling terminal of; 0: none */
	pid_t pgrp;		/* foreground process group (gets ^C, may read); 0: none */
	struct winsize winsize;	/* rows and columns for TIOCGWINSZ; TIOCSWINSZ sets it */
};

/* ---- drivers/tty.c ---- */
extern const struct file_operations tty_fops;	/* the console: 5:1, 5:0, 4:0, 4:1 */
void disassociate_ctty(int on_exit);

#endif
