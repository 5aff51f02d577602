/*
 * Basic integer and size types. The compiler's freestanding headers give us
 * the exact-width types; everything else in the kernel uses these names.
 */
#ifndef KERNEL_TYPES_H
#define KERNEL_TYPES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int8_t s8;
typedef int16_t s16;
typedef int32_t s32;
typedef int64_t s64;

typedef int ssize_t;		/* as Linux i386 (__kernel_ssize_t) */
typedef long off_t;		/* 32-bit file offset of the i386 ABI */
typedef long long loff_t;	/* 64-bit file offset inside the kernel */
typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned short umode_t;
typedef int clockid_t;		/* CLOCK_REALTIME, CLOCK_MONOTONIC... */

#endif
