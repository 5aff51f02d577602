/* The kernel's own symbol table (generated at link time by tools/ksyms.sh). */
#ifndef KERNEL_KALLSYMS_H
#define KERNEL_KALLSYMS_H

#include <kernel/types.h>

/*
 * Name of the function containing addr and the offset into it; NULL if addr
 * is outside the kernel's text.
 */
const char *kallsyms_lookup(unsigned long addr, unsigned long *offset);
/* Writes "name+0xoff" (or "?") into buf. */
void kallsyms_format(unsigned long addr, char *buf, size_t size);

#endif
