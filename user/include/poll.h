/* poll(2); struct pollfd and the POLL* bits come from include/uapi/poll.h. */
#ifndef _POLL_H
#define _POLL_H

#include_next <poll.h>

typedef unsigned int nfds_t;

/* poll (168): the number of ready entries, 0 on timeout, or -1 with errno. */
int poll(struct pollfd *fds, nfds_t nfds, int timeout);

#endif
