/* The Linux i386 stat structures and mode bits, shared with user space. */
#ifndef FS_STAT_H
#define FS_STAT_H

#include <uapi/asm/stat.h>
#include <uapi/stat.h>

#endif
