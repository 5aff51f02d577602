/* poll(2)'s events and struct pollfd (Linux: include/uapi/asm-generic/poll.h). */
#ifndef UAPI_POLL_H
#define UAPI_POLL_H

#define POLLIN		0x0001	/* data to read */
#define POLLPRI		0x0002
#define POLLOUT		0x0004	/* room to write */
#define POLLERR		0x0008	/* an error (a pipe's write end with no reader) */
#define POLLHUP		0x0010	/* the other side hung up */
#define POLLNVAL	0x0020	/* not an open descriptor */
#define POLLRDNORM	0x0040
#define POLLRDBAND	0x0080
#define POLLWRNORM	0x0100
#define POLLWRBAND	0x0200

struct pollfd {
	int fd;
	short events;
	short revents;
};

#endif
