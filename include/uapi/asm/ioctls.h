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
#define TCFLSH		0x540B	/* drop pending input (TCIFLUSH), output (TCOFLUSH) or both */
#define TIOCSCTTY	0x540E	/* make it the caller's controlling terminal */
#define TIOCGPGRP	0x540F
#define TIOCSPGRP	0x5410
#define TIOCSTI		0x5412	/* push one byte of input, as if typed */
#define TIOCGWINSZ	0x5413	/* read struct winsize */
#define TIOCSWINSZ	0x5414	/* set it; SIGWINCH to the foreground group if it changed */
#define TIOCNOTTY	0x5422	/* give up the controlling terminal */
#define TIOCGSID	0x5429	/* read the session of a controlling terminal */

/* TCFLSH's argument */
#define TCIFLUSH	0
#define TCOFLUSH	1
#define TCIOFLUSH	2

#endif
