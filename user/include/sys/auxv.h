#ifndef _SYS_AUXV_H
#define _SYS_AUXV_H

#include <elf.h>

/* The value of auxiliary-vector entry type, or 0 with errno ENOENT. */
unsigned long getauxval(unsigned long type);
/* The auxiliary vector as the kernel placed it (ends with AT_NULL). */
extern Elf32_auxv_t *__auxv;

#endif
