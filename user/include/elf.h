/*
 * ELF32 file and program headers and the auxiliary vector. The structures
 * and constants are the kernel's own, from include/uapi/elf.h (next on the
 * include path) and include/uapi/auxvec.h.
 */
#ifndef _ELF_H
#define _ELF_H

#include_next <elf.h>
#include <auxvec.h>
#include <stdint.h>

/* Auxiliary vector entries (after envp on the start-up stack). */
typedef struct {
	uint32_t a_type;
	uint32_t a_val;
} Elf32_auxv_t;

#endif
