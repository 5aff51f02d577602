/* The ELF32 format and the auxiliary vector, as exec reads and writes them. */
#ifndef KERNEL_ELF_H
#define KERNEL_ELF_H

#include <uapi/auxvec.h>
#include <uapi/elf.h>

#endif
