#ifndef _SYS_PERSONALITY_H
#define _SYS_PERSONALITY_H

#include <mman.h>	/* PER_LINUX, ADDR_COMPAT_LAYOUT */

/* Sets the execution domain; 0xffffffff only queries. Returns the old one. */
int personality(unsigned long persona);

#endif
