/* The kernel's random numbers (Linux: include/linux/random.h). */
#ifndef KERNEL_RANDOM_H
#define KERNEL_RANDOM_H

#include <kernel/types.h>

/* ---- drivers/random.c ---- */
void get_random_bytes(void *buf, size_t n);

#endif
