/* open() flags, fcntl() commands and lseek whences, shared with user space. */
#ifndef FS_FCNTL_H
#define FS_FCNTL_H

#include <uapi/fcntl.h>
#include <uapi/fs.h>

#endif
