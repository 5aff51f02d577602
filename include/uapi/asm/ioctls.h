/*
 * Terminal ioctl numbers, the Linux i386 values (include/uapi/asm-generic/
 * ioctls.h). Shared by the kernel (<uapi/asm/ioctls.h>) and the user library
 * (<sys/ioctl.h>).
 */
#ifndef UAPI_ASM_IOCTLS_H
#define UAPI_ASM_IOCTLS_H

#define TCGETS		0x5401	/* read struct termios */
#define TCSETS		0x5402	/* set it now */
#define TCSETSW		0x5403	/* set it once output has drained */
#define TCSETSF		0x5404	/* drain output, drop pending input, set it */
#define TIOCGPGRP	0x540F
#define TIOCSPGRP	0x5410
#define TIOCGWINSZ	0x5413	/* read struct winsize */

#endif
