/*
 * Auxiliary-vector entry types: the (type, value) pairs execve leaves after
 * envp on the new stack (Linux's include/uapi/linux/auxvec.h and
 * arch/x86/include/uapi/asm/auxvec.h). Shared by the kernel
 * (<uapi/auxvec.h>) and the user library (<elf.h>, <sys/auxv.h>).
 */
#ifndef UAPI_AUXVEC_H
#define UAPI_AUXVEC_H

#define AT_NULL		0	/* end of the vector */
#define AT_IGNORE	1
#define AT_EXECFD	2
#define AT_PHDR		3	/* program headers in memory */
#define AT_PHENT	4	/* size of one program header */
#define AT_PHNUM	5	/* number of program headers */
#define AT_PAGESZ	6
#define AT_BASE		7	/* interpreter load address; 0 for a static program */
#define AT_FLAGS	8
#define AT_ENTRY	9	/* the program's entry point */
#define AT_UID		11
#define AT_EUID		12
#define AT_GID		13
#define AT_EGID		14
#define AT_PLATFORM	15	/* string naming the CPU ("i686") */
#define AT_HWCAP	16	/* CPUID leaf 1 edx */
#define AT_CLKTCK	17	/* times() ticks per second */
#define AT_SECURE	23
#define AT_RANDOM	25	/* address of 16 random bytes */
#define AT_EXECFN	31	/* the file name given to execve */
#define AT_SYSINFO	32
#define AT_SYSINFO_EHDR	33

#endif
