/*
 * Terminal attributes. struct termios (what TCGETS copies out) and its flag
 * bits are the kernel's own, from include/uapi/asm/termbits.h.
 */
#ifndef _TERMIOS_H
#define _TERMIOS_H

#include <asm/termbits.h>
#include <sys/ioctl.h>

int tcgetattr(int fd, struct termios *t);

#endif
