/*
 * The ELF core file (ET_CORE) as i386 Linux writes it and GDB reads it
 * (Linux: linux/elfcore.h, uapi/linux/elf.h): a PT_NOTE segment of notes
 * (the registers and state of the task that died, its files) and one
 * PT_LOAD segment per VMA. Sizes are the ABI's: prstatus 144 bytes,
 * prpsinfo 124.
 */
#ifndef UAPI_ELFCORE_H
#define UAPI_ELFCORE_H

#include <uapi/elf.h>

#define ET_CORE		4

/* Note types, in notes named "CORE". */
#define NT_PRSTATUS	1		/* struct elf_prstatus */
#define NT_PRPSINFO	3		/* struct elf_prpsinfo */
#define NT_AUXV		6		/* the auxiliary vector exec gave */
#define NT_SIGINFO	0x53494749	/* the siginfo_t of the fatal signal */
#define NT_FILE		0x46494c45	/* the mapped files: ranges, then names */

typedef struct elf32_note {
	Elf32_Word n_namesz;		/* name bytes with its NUL */
	Elf32_Word n_descsz;		/* descriptor bytes */
	Elf32_Word n_type;		/* NT_* */
} Elf32_Nhdr;			/* then the name and the descriptor, each padded to 4 */

#define ELF_NGREG	17		/* ebx ecx edx esi edi ebp eax ds es fs gs orig_eax eip cs eflags esp ss */
typedef unsigned int elf_greg_t;
typedef elf_greg_t elf_gregset_t[ELF_NGREG];

struct elf_siginfo {
	int si_signo;
	int si_code;
	int si_errno;
};

struct elf_timeval32 {
	int tv_sec;
	int tv_usec;
};

/* NT_PRSTATUS: the thread that died, its signal and registers. */
struct elf_prstatus {
	struct elf_siginfo pr_info;	/* the signal that killed it */
	short pr_cursig;		/* the same signal */
	unsigned int pr_sigpend;	/* pending signals (the low 32) */
	unsigned int pr_sighold;	/* blocked signals (the low 32) */
	int pr_pid, pr_ppid, pr_pgrp, pr_sid;
	struct elf_timeval32 pr_utime, pr_stime;	/* its CPU time */
	struct elf_timeval32 pr_cutime, pr_cstime;	/* its reaped children's */
	elf_gregset_t pr_reg;
	int pr_fpvalid;			/* 1 if an NT_PRFPREG note follows */
};

/* NT_PRPSINFO: what ps would show of the process. */
struct elf_prpsinfo {
	char pr_state;			/* 0 running (it is dumping) */
	char pr_sname;			/* the state letter, 'R' */
	char pr_zomb;
	char pr_nice;
	unsigned int pr_flag;
	unsigned short pr_uid, pr_gid;	/* 16-bit on i386 */
	int pr_pid, pr_ppid, pr_pgrp, pr_sid;
	char pr_fname[16];		/* the program's name (comm) */
	char pr_psargs[80];		/* its command line, spaces between arguments */
};

_Static_assert(sizeof(struct elf_prstatus) == 144, "i386 prstatus is 144 bytes");
_Static_assert(sizeof(struct elf_prpsinfo) == 124, "i386 prpsinfo is 124 bytes");

#endif
