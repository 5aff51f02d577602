/*
 * The kernel's struct termios on i386 (what TCGETS copies out) and the
 * flag bits and c_cc indices we use, the Linux values (include/uapi/
 * asm-generic/termbits.h). Shared by the kernel (<uapi/asm/termbits.h>) and
 * the user library (<termios.h>).
 */
#ifndef UAPI_ASM_TERMBITS_H
#define UAPI_ASM_TERMBITS_H

typedef unsigned int tcflag_t;
typedef unsigned char cc_t;

#define NCCS 19
struct termios {
	tcflag_t c_iflag;	/* input modes */
	tcflag_t c_oflag;	/* output modes */
	tcflag_t c_cflag;	/* control modes */
	tcflag_t c_lflag;	/* local modes */
	cc_t c_line;		/* line discipline */
	cc_t c_cc[NCCS];	/* control characters, indexed by V* */
};

struct winsize {
	unsigned short ws_row;
	unsigned short ws_col;
	unsigned short ws_xpixel;
	unsigned short ws_ypixel;
};

/* c_cc indices */
#define VINTR		0
#define VQUIT		1
#define VERASE		2
#define VKILL		3
#define VEOF		4
#define VTIME		5
#define VMIN		6
#define VSWTC		7
#define VSTART		8
#define VSTOP		9
#define VSUSP		10
#define VEOL		11
#define VREPRINT	12
#define VDISCARD	13
#define VWERASE		14
#define VLNEXT		15
#define VEOL2		16

/* c_iflag */
#define ICRNL		0000400
#define IXON		0002000

/* c_oflag */
#define OPOST		0000001
#define ONLCR		0000004

/* c_cflag */
#define B38400		0000017
#define CS8		0000060
#define CREAD		0000200
#define HUPCL		0002000

/* c_lflag */
#define ISIG		0000001
#define ICANON		0000002
#define ECHO		0000010
#define ECHOE		0000020
#define ECHOK		0000040
#define NOFLSH		0000200	/* ^C, ^\ and ^Z do not flush the input */
#define TOSTOP		0000400	/* a background write gets SIGTTOU */
#define ECHOCTL		0001000
#define ECHOKE		0004000
#define IEXTEN		0100000

#endif
