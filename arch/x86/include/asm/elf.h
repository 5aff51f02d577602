/*
 * What exec must know about i386 ELF programs (Linux: asm/elf.h): which
 * files this machine runs, and the machine-dependent auxv entries.
 */
#ifndef ASM_ELF_H
#define ASM_ELF_H

#include <asm/processor.h>
#include <uapi/elf.h>
#include <uapi/elfcore.h>

struct pt_regs;

#define ELF_CLASS	ELFCLASS32
#define ELF_DATA	ELFDATA2LSB
/* Can this CPU run a program built for x's e_machine? (Linux also takes EM_486.) */
#define elf_check_arch(x)	((x)->e_machine == EM_386)

/*
 * Where exec loads an ET_DYN program that has an interpreter (a PIE):
 * Linux's i386 ELF_ET_DYN_BASE since 4.13, here without randomization.
 * Low, so that the brk heap behind it has room to grow.
 */
#define ELF_ET_DYN_BASE	0x00400000UL

/* AT_HWCAP: the CPUID leaf 1 feature flags (edx), as Linux's i386 ELF_HWCAP. */
#define ELF_HWCAP	(cpuid_edx(1))
/* AT_PLATFORM: the string ld.so and glibc use to pick optimised libraries. */
#define ELF_PLATFORM	"i686"

/* ---- arch/x86/elfcore.c ---- */
void elf_core_copy_regs(elf_gregset_t gregs, const struct pt_regs *regs);

#endif
