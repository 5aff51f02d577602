#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H

#define TCGETS		0x5401
#define TCSETS		0x5402
#define TIOCGWINSZ	0x5413

int ioctl(int fd, unsigned long request, ...);

#endif
