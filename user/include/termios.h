/*
 * Terminal attributes. struct termios (what TCGETS copies out) and its flag
 * bits are the kernel's own, from include/uapi/asm/termbits.h.
 */
#ifndef _TERMIOS_H
#define _TERMIOS_H

#include <asm/termbits.h>
#include <sys/ioctl.h>

int tcgetattr(int fd, struct termios *t);

/* tcsetattr's actions: now, after output drains, and also dropping pending input. */
#define TCSANOW		0
#define TCSADRAIN	1
#define TCSAFLUSH	2

/* user/lib/job.c */
int tcsetattr(int fd, int actions, const struct termios *t);
/* Drop pending input (TCIFLUSH), output (TCOFLUSH) or both (TCIOFLUSH). */
int tcflush(int fd, int queue);
/* The session of the controlling terminal open at fd. */
pid_t tcgetsid(int fd);

#endif
