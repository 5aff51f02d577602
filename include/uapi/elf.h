/*
 * The ELF32 file format as execve reads it (System V ABI and its i386
 * supplement; Linux's include/uapi/linux/elf.h). Shared by the kernel
 * (<uapi/elf.h>, struct elf32_hdr) and the user library (<elf.h>,
 * Elf32_Ehdr): the same structures under Linux's two names.
 */
#ifndef UAPI_ELF_H
#define UAPI_ELF_H

typedef unsigned int Elf32_Addr;
typedef unsigned int Elf32_Off;
typedef unsigned short Elf32_Half;
typedef unsigned int Elf32_Word;
typedef int Elf32_Sword;

/* e_ident[] */
#define EI_NIDENT	16
#define EI_CLASS	4
#define EI_DATA		5
#define EI_VERSION	6
#define ELFMAG		"\177ELF"
#define SELFMAG		4
#define ELFCLASS32	1
#define ELFCLASS64	2
#define ELFDATA2LSB	1
#define EV_CURRENT	1

/* e_type, e_machine */
#define ET_EXEC		2
#define ET_DYN		3
#define EM_386		3

typedef struct elf32_hdr {
	unsigned char e_ident[EI_NIDENT];
	Elf32_Half e_type;
	Elf32_Half e_machine;
	Elf32_Word e_version;
	Elf32_Addr e_entry;		/* virtual address of the first instruction */
	Elf32_Off e_phoff;		/* file offset of the program headers */
	Elf32_Off e_shoff;
	Elf32_Word e_flags;
	Elf32_Half e_ehsize;
	Elf32_Half e_phentsize;		/* bytes per program header */
	Elf32_Half e_phnum;
	Elf32_Half e_shentsize;
	Elf32_Half e_shnum;
	Elf32_Half e_shstrndx;
} Elf32_Ehdr;

/* p_type */
#define PT_NULL		0
#define PT_LOAD		1
#define PT_DYNAMIC	2
#define PT_INTERP	3
#define PT_NOTE		4
#define PT_PHDR		6
#define PT_TLS		7
#define PT_GNU_STACK	0x6474e551

/* p_flags */
#define PF_X		0x1
#define PF_W		0x2
#define PF_R		0x4

typedef struct elf32_phdr {
	Elf32_Word p_type;
	Elf32_Off p_offset;		/* file offset of the segment */
	Elf32_Addr p_vaddr;
	Elf32_Addr p_paddr;
	Elf32_Word p_filesz;		/* bytes in the file */
	Elf32_Word p_memsz;		/* bytes in memory; the rest is bss */
	Elf32_Word p_flags;
	Elf32_Word p_align;
} Elf32_Phdr;

_Static_assert(sizeof(Elf32_Ehdr) == 52, "ELF32 header is 52 bytes");
_Static_assert(sizeof(Elf32_Phdr) == 32, "ELF32 program header is 32 bytes");

#endif
