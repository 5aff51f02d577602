/* Port I/O. */
#ifndef ASM_IO_H
#define ASM_IO_H

#include <kernel/types.h>

static inline void outb(u8 val, u16 port)
{
	__asm__ __volatile__("outb %0, %1" : : "a"(val), "Nd"(port));
}

static inline u8 inb(u16 port)
{
	u8 v;
	__asm__ __volatile__("inb %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline void outw(u16 val, u16 port)
{
	__asm__ __volatile__("outw %0, %1" : : "a"(val), "Nd"(port));
}

static inline void outl(u32 val, u16 port)
{
	__asm__ __volatile__("outl %0, %1" : : "a"(val), "Nd"(port));
}

/* count 32-bit words from port into buf (rep insl): a disk's data register. */
static inline void insl(u16 port, void *buf, unsigned long count)
{
	__asm__ __volatile__("rep insl" : "+D"(buf), "+c"(count) : "d"(port) : "memory");
}

/* count 32-bit words from buf out to port (rep outsl). */
static inline void outsl(u16 port, const void *buf, unsigned long count)
{
	__asm__ __volatile__("rep outsl" : "+S"(buf), "+c"(count) : "d"(port) : "memory");
}

#endif
