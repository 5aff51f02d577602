/* The kernel's own symbol table (generated at link time by tools/ksyms.sh). */
#ifndef KERNEL_KALLSYMS_H
#define KERNEL_KALLSYMS_H

#include <kernel/types.h>

/* ---- kernel/kallsyms.c ---- */
const char *kallsyms_lookup(unsigned long addr, unsigned long *offset);
void kallsyms_format(unsigned long addr, char *buf, size_t size);

#endif
