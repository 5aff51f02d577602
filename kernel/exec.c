/*
 * execve: replace the calling process's program with an ELF32 i386
 * executable: a static one (ET_EXEC), a position-independent one (ET_DYN),
 * and either with the dynamic loader its PT_INTERP names, as Linux's
 * fs/binfmt_elf.c loads them.
 *
 * The work is done in Linux's order. Up to the point of no return every
 * failure leaves the caller running its old program with an errno:
 *   1. copy the path, argv and envp strings into a kernel buffer (they live
 *      in the old address space, which is about to go);
 *   2. open the file (for a "#!" script, its interpreter, with the
 *      arguments rewritten; up to five scripts deep, then ELOOP), check
 *      the ELF header and every program header, and open and check the
 *      PT_INTERP file (missing: ENOENT; not an i386 ELF file: ELIBBAD);
 *   3. the point of no return (Linux's begin_new_exec): drop the old
 *      address space, close O_CLOEXEC files, reset the signal handlers;
 *   4. build the new address space: the stack, a VM_GROWSDOWN region under
 *      TASK_SIZE; each PT_LOAD segment as a private file mapping
 *      (do_mmap_pgoff), demand-paged through the page cache, its bss
 *      zeroed (the tail of its last file page) and mapped anonymously; an
 *      ET_DYN program at ELF_ET_DYN_BASE when it has an interpreter, the
 *      interpreter (and an ET_DYN program without one) where
 *      get_unmapped_area puts the whole image; the vDSO; and on the stack
 *      the SysV start-up layout (argc, argv, envp, auxv, strings) Linux
 *      builds. A failure here cannot return: the process dies of SIGSEGV,
 *      as on Linux;
 *   5. set the registers for the entry point: the interpreter's if there
 *      is one (it finds the program through AT_PHDR and AT_ENTRY).
 */
#include <asm/elf.h>
#include <asm/irq.h>
#include <asm/page.h>
#include <asm/processor.h>
#include <asm/timex.h>
#include <asm/uaccess.h>
#include <asm/vdso.h>
#include <fs/fs.h>
#include <fs/namei.h>
#include <kernel/elf.h>
#include <kernel/init.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <lib/string.h>
#include <mm/mm.h>
#include <mm/mm_types.h>
#include <mm/page.h>
#include <mm/slab.h>
#include <uapi/errno.h>
#include <uapi/mman.h>

#define PATH_MAX	4096
#define ARG_BUF_ORDER	5			/* argv + envp strings: 128 KiB in all */
#define ARG_BUF_SIZE	(PAGE_SIZE << ARG_BUF_ORDER)
#define MAX_ARG_STRLEN	(32 * PAGE_SIZE)	/* one string, as Linux */
#define STACK_INIT_SIZE	(128 * 1024)		/* first stack VMA; faults grow it */
#define O_RDONLY	0
#define BINPRM_BUF_SIZE	256			/* longest "#!" line, as Linux */
#define MAX_SCRIPT_DEPTH	5		/* nested "#!" files before ELOOP, as Linux */

/* Where the loader put one ELF file: the program or its interpreter. */
struct elf_layout {
	unsigned long bias;		/* added to every p_vaddr: 0 for ET_EXEC */
	unsigned long phdr_addr;	/* where its program headers are mapped (AT_PHDR) */
	unsigned long brk;		/* end of the highest segment, bss included */
	unsigned long start_code, end_code, start_data, end_data;
};

/* Everything exec learns before it commits to the new program. */
struct linux_binprm {
	char *filename;			/* kernel copy of the path */
	unsigned long stack_top;	/* the stack's top, randomized (setup_arg_pages) */
	char *interp;			/* the file being run: filename, then each "#!" interpreter */
	char *interp_buf;		/* kmalloc'ed home of interp once a script named one */
	char *buf;			/* argv strings, then envp strings, NUL-terminated */
	unsigned long len;		/* bytes used in buf */
	unsigned long argv_len;		/* of which argv's */
	int argc, envc;
	struct file *file;
	struct elf32_hdr ehdr;
	struct elf32_phdr *phdrs;	/* e_phnum entries, kmalloc'ed */
	struct file *interpreter;	/* the PT_INTERP file, or NULL */
	struct elf32_hdr interp_ehdr;
	struct elf32_phdr *interp_phdrs;
	struct elf_layout exec;		/* where the program went */
	unsigned long interp_base;	/* AT_BASE: the interpreter's bias, or 0 */
	unsigned long entry;		/* the first instruction: the interpreter's entry if any */
	unsigned long vdso_base;	/* AT_SYSINFO_EHDR, or 0 without a vDSO */
};

/* One user (or kernel) pointer of an argv/envp array; NULL ends the array. */
static int get_arg_ptr(const char *const *argv, int n, bool kernel, const char **str)
{
	if (kernel) {
		*str = argv[n];
		return 0;
	}
	return copy_from_user(str, argv + n, sizeof(*str)) ? -EFAULT : 0;
}

/* Append the strings of argv (user or kernel array) to bprm->buf; count them in *count. */
static int copy_strings(struct linux_binprm *bprm, const char *const *argv, bool kernel,
			int *count)
{
	int n;

	*count = 0;
	if (!argv)			/* Linux accepts NULL as an empty array */
		return 0;
	for (n = 0;; n++) {
		unsigned long space = ARG_BUF_SIZE - bprm->len;
		const char *str;
		long len;
		int err = get_arg_ptr(argv, n, kernel, &str);

		if (err)
			return err;
		if (!str)
			break;
		if (kernel) {
			len = strlen(str);
			if ((unsigned long)len >= space)
				return -E2BIG;
			memcpy(bprm->buf + bprm->len, str, len + 1);
		} else {
			len = strncpy_from_user(bprm->buf + bprm->len, str,
						min(space, MAX_ARG_STRLEN));
			if (len == -EFAULT)
				return -EFAULT;
			if (len < 0)
				return -E2BIG;
		}
		bprm->len += len + 1;
		/* The pointers go on the stack too: count them against the limit. */
		if (bprm->len + 4UL * (n + 1) > ARG_BUF_SIZE)
			return -E2BIG;
	}
	*count = n;
	return 0;
}

/*
 * Open the file to run (the program, or a script's interpreter): a regular
 * file the caller may execute (root: one with an x bit somewhere). It is
 * opened for reading, so an execute-only file is refused to non-root
 * callers, unlike Linux's open_exec.
 */
static int open_exec(struct linux_binprm *bprm, const char *path)
{
	int err = 0;
	struct file *file = filp_open(path, O_RDONLY, 0, &err);

	if (!file)
		return err ? err : -ENOENT;
	if (!S_ISREG(file->f_inode->i_mode) || inode_permission(file->f_inode, MAY_EXEC) ||
	    !file->f_op || !file->f_op->mmap) {
		fput(file);
		return -EACCES;
	}
	/* As Linux: never run a program that someone may be changing. */
	if (file->f_inode->i_writecount > 0) {
		fput(file);
		return -ETXTBSY;
	}
	bprm->file = file;
	return 0;
}

/*
 * argv[0] becomes "interp [arg] script": the interpreter runs the script
 * (the path it was run by: for a script named by a script, the first
 * one's "#!" path) with the caller's other arguments, as Linux's
 * binfmt_script does.
 */
static int replace_argv0(struct linux_binprm *bprm, const char *interp, const char *arg)
{
	unsigned long old0 = strlen(bprm->buf) + 1;
	unsigned long li = strlen(interp) + 1, la = arg ? strlen(arg) + 1 : 0;
	unsigned long lf = strlen(bprm->interp) + 1, ins = li + la + lf;
	unsigned long len = bprm->len - old0 + ins;

	if (len + 4UL * (bprm->argc + bprm->envc + 4) > ARG_BUF_SIZE)
		return -E2BIG;
	memmove(bprm->buf + ins, bprm->buf + old0, bprm->len - old0);
	memcpy(bprm->buf, interp, li);
	if (arg)
		memcpy(bprm->buf + li, arg, la);
	memcpy(bprm->buf + li + la, bprm->interp, lf);
	bprm->len = len;
	bprm->argv_len += ins - old0;
	bprm->argc += arg ? 2 : 1;
	return 0;
}

static char *skip_blanks(char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

/*
 * A script, "#!interpreter [one argument]" on its first line: rewrite the
 * arguments and open the interpreter (an ELF executable) in its place.
 * Returns 0, -ENOEXEC when the file is no script, or another error.
 */
static int load_script(struct linux_binprm *bprm)
{
	char line[BINPRM_BUF_SIZE], *interp, *arg = NULL, *p;
	ssize_t n = kernel_read(bprm->file, 0, line, sizeof(line) - 1);
	int err;

	if (n < 2 || line[0] != '#' || line[1] != '!')
		return -ENOEXEC;
	line[n] = '\0';
	p = strchr(line, '\n');
	if (p)
		*p = '\0';
	interp = skip_blanks(line + 2);
	for (p = interp; *p && *p != ' ' && *p != '\t'; p++)
		;
	if (*p) {
		*p = '\0';
		arg = skip_blanks(p + 1);
		for (p = arg + strlen(arg); p > arg && (p[-1] == ' ' || p[-1] == '\t'); p--)
			p[-1] = '\0';
		if (!*arg)
			arg = NULL;
	}
	if (!*interp)
		return -ENOEXEC;
	err = replace_argv0(bprm, interp, arg);
	if (err)
		return err;
	fput(bprm->file);
	bprm->file = NULL;
	/* The interpreter is the file run now (Linux's bprm_change_interp). */
	if (!bprm->interp_buf && !(bprm->interp_buf = kmalloc(BINPRM_BUF_SIZE)))
		return -ENOMEM;
	strlcpy(bprm->interp_buf, interp, BINPRM_BUF_SIZE);
	bprm->interp = bprm->interp_buf;
	return open_exec(bprm, bprm->interp);
}

/* Does the header describe a program-header table Linux would read (load_elf_phdrs)? */
static bool check_elf_phdr_table(const struct elf32_hdr *eh)
{
	return eh->e_phentsize == sizeof(struct elf32_phdr) && eh->e_phnum != 0 &&
	       eh->e_phnum <= 65536U / sizeof(struct elf32_phdr);
}

/*
 * Is this an ELF32 little-endian i386 executable we can load (asm/elf.h
 * says which class, byte order and machine this CPU runs)? A file too
 * short for the header reads as zeros past its end and fails here too.
 */
static int check_elf_header(const struct elf32_hdr *eh)
{
	if (memcmp(eh->e_ident, ELFMAG, SELFMAG) || eh->e_ident[EI_CLASS] != ELF_CLASS ||
	    eh->e_ident[EI_DATA] != ELF_DATA || eh->e_ident[EI_VERSION] != EV_CURRENT)
		return -ENOEXEC;
	if ((eh->e_type != ET_EXEC && eh->e_type != ET_DYN) || !elf_check_arch(eh))
		return -ENOEXEC;
	return check_elf_phdr_table(eh) ? 0 : -ENOEXEC;
}

/*
 * Every PT_LOAD must fit below TASK_SIZE and be mappable from its file
 * offset (an ET_DYN file's addresses are checked before its bias is added).
 */
static int check_segments(const struct elf32_phdr *phdrs, int phnum)
{
	int i, loads = 0;

	for (i = 0; i < phnum; i++) {
		const struct elf32_phdr *ph = &phdrs[i];

		if (ph->p_type != PT_LOAD)
			continue;
		loads++;
		if (ph->p_filesz > ph->p_memsz || ph->p_memsz > TASK_SIZE ||
		    ph->p_vaddr > TASK_SIZE - ph->p_memsz)
			return -EINVAL;
		if ((ph->p_vaddr & ~PAGE_MASK) != (ph->p_offset & ~PAGE_MASK))
			return -EINVAL;
	}
	return loads ? 0 : -ENOEXEC;
}

/*
 * Read the program-header table eh describes into a new *phdrs. Returns 0,
 * -ENOMEM, or -ENOEXEC when the file ends before the table does (as
 * Linux's load_elf_phdrs, whose failure load_elf_binary reports so).
 */
static int read_elf_phdrs(struct file *file, const struct elf32_hdr *eh,
			  struct elf32_phdr **phdrs)
{
	size_t size = eh->e_phnum * sizeof(struct elf32_phdr);
	ssize_t n;

	*phdrs = kmalloc(size);
	if (!*phdrs)
		return -ENOMEM;
	n = kernel_read(file, eh->e_phoff, *phdrs, size);
	return n == (ssize_t)size ? 0 : -ENOEXEC;
}

/*
 * The PT_INTERP path of the program, in a new kmalloc'ed string, into
 * *path (NULL when the program has none). A path of fewer than two bytes,
 * longer than PATH_MAX, cut short by the end of the file or not ending in
 * NUL is -ENOEXEC, as Linux.
 */
static int read_interp_path(struct linux_binprm *bprm, char **path)
{
	const struct elf32_phdr *ph = NULL;
	int i;

	*path = NULL;
	for (i = 0; i < bprm->ehdr.e_phnum && !ph; i++)
		if (bprm->phdrs[i].p_type == PT_INTERP)
			ph = &bprm->phdrs[i];
	if (!ph)
		return 0;
	if (ph->p_filesz < 2 || ph->p_filesz > PATH_MAX)
		return -ENOEXEC;
	*path = kmalloc(ph->p_filesz);
	if (!*path)
		return -ENOMEM;
	if (kernel_read(bprm->file, ph->p_offset, *path, ph->p_filesz) != (ssize_t)ph->p_filesz ||
	    (*path)[ph->p_filesz - 1] != '\0')
		return -ENOEXEC;
	return 0;
}

/*
 * Open the program's interpreter and check it as Linux does before the
 * point of no return: its open's error as it is (a missing loader is
 * -ENOENT), -EIO for a file shorter than an ELF header, and -ELIBBAD for
 * one that is not an i386 ELF file or whose program headers cannot be read. Its type and segments are checked when
 * it is loaded, past the point of no return.
 */
static int open_elf_interp(struct linux_binprm *bprm)
{
	struct elf32_hdr *eh = &bprm->interp_ehdr;
	struct file *prog = bprm->file;
	char *path;
	int err = read_interp_path(bprm, &path);

	if (err || !path)
		goto out;
	/* open_exec fills bprm->file: lend it the slot. */
	bprm->file = NULL;
	err = open_exec(bprm, path);
	bprm->interpreter = bprm->file;
	bprm->file = prog;
	if (err)
		goto out;
	memset(eh, 0, sizeof(*eh));
	err = -EIO;	/* Linux's elf_read of a file shorter than the header */
	if (kernel_read(bprm->interpreter, 0, eh, sizeof(*eh)) != sizeof(*eh))
		goto out;
	err = -ELIBBAD;
	if (memcmp(eh->e_ident, ELFMAG, SELFMAG) || !elf_check_arch(eh) ||
	    !check_elf_phdr_table(eh) ||
	    read_elf_phdrs(bprm->interpreter, eh, &bprm->interp_phdrs))
		goto out;
	err = 0;
out:
	kfree(path);
	return err;
}

/* Read and check the ELF header and program headers of bprm->file, and its interpreter's. */
static int read_elf_headers(struct linux_binprm *bprm)
{
	struct elf32_hdr *eh = &bprm->ehdr;
	ssize_t n;
	int err;

	memset(eh, 0, sizeof(*eh));
	n = kernel_read(bprm->file, 0, eh, sizeof(*eh));
	if (n < 0)
		return n;
	err = check_elf_header(eh);
	if (err)
		return err;
	err = read_elf_phdrs(bprm->file, eh, &bprm->phdrs);
	if (err)
		return err;
	err = check_segments(bprm->phdrs, eh->e_phnum);
	if (err)
		return err;
	return open_elf_interp(bprm);
}

static unsigned long elf_prot(u32 p_flags)
{
	return ((p_flags & PF_R) ? PROT_READ : 0) | ((p_flags & PF_W) ? PROT_WRITE : 0) |
	       ((p_flags & PF_X) ? PROT_EXEC : 0);
}

/*
 * Zero-fill [file_end, mem_end), the memory of a segment past its file
 * data: the rest of its last file page, then anonymous pages.
 */
static int map_bss(unsigned long file_end, unsigned long mem_end, unsigned long prot)
{
	unsigned long bss = PAGE_ALIGN(file_end);
	unsigned long addr;

	/*
	 * The file page holds whatever follows the segment in the file: clear
	 * it to the end of the page, as Linux's padzero. ld.so counts on that:
	 * its first allocations take the rest of the page behind its bss as
	 * zeroed memory.
	 */
	if ((file_end & ~PAGE_MASK) && (prot & PROT_WRITE)) {
		unsigned long n = PAGE_SIZE - (file_end & ~PAGE_MASK);

		if (clear_user((void *)file_end, n))
			return -EFAULT;
	}
	if (PAGE_ALIGN(mem_end) <= bss)
		return 0;
	/*
	 * Linux charges the bss to the commit limit, and its default
	 * heuristic (OVERCOMMIT_GUESS in __vm_enough_memory) refuses more
	 * pages than RAM and swap hold. There is no commit accounting here
	 * yet, so exec asks the same question itself.
	 */
	if ((PAGE_ALIGN(mem_end) - bss) >> PAGE_SHIFT > totalram_pages)
		return -ENOMEM;
	addr = do_brk(bss, PAGE_ALIGN(mem_end) - bss);
	return IS_ERR_VALUE(addr) ? (int)addr : 0;
}

/*
 * From the first PT_LOAD's page to the end of the last PT_LOAD: the room
 * an ET_DYN image takes in one piece (Linux's total_mapping_size).
 */
static unsigned long total_mapping_size(const struct elf32_phdr *phdrs, int phnum)
{
	int i, first = -1, last = -1;

	for (i = 0; i < phnum; i++) {
		if (phdrs[i].p_type != PT_LOAD)
			continue;
		if (first < 0)
			first = i;
		last = i;
	}
	if (first < 0)
		return 0;
	return phdrs[last].p_vaddr + phdrs[last].p_memsz - (phdrs[first].p_vaddr & PAGE_MASK);
}

/*
 * Map the file part of segment ph at addr (bias + p_vaddr), as Linux's
 * elf_map. With total set, the mapping first covers the whole image, so
 * that get_unmapped_area finds room for all of it; the part past this
 * segment is unmapped again, for the next segments to be mapped there.
 * Returns the address of the mapping, or an error in it.
 */
static unsigned long elf_map(struct file *file, unsigned long addr, const struct elf32_phdr *ph,
			     unsigned long prot, unsigned long flags, unsigned long total)
{
	unsigned long start = addr & PAGE_MASK;
	unsigned long size = PAGE_ALIGN(ph->p_filesz + (ph->p_vaddr & ~PAGE_MASK));
	unsigned long off = ph->p_offset & PAGE_MASK;
	unsigned long map;

	if (!size)
		return start;
	total = PAGE_ALIGN(total);
	map = do_mmap_pgoff(file, start, max(total, size), prot, flags, off >> PAGE_SHIFT);
	if (!IS_ERR_VALUE(map) && total > size)
		do_munmap(current->mm, map + size, total - size);
	return map;
}

/* Note where segment ph went: code or data extent, the program headers, the end. */
static void note_segment(struct elf_layout *lay, const struct elf32_hdr *eh,
			 const struct elf32_phdr *ph, unsigned long prot)
{
	unsigned long start = lay->bias + ph->p_vaddr, file_end = start + ph->p_filesz;

	/* AT_PHDR: the segment that holds the program headers in the file. */
	if (eh->e_phoff >= ph->p_offset && eh->e_phoff - ph->p_offset < ph->p_filesz)
		lay->phdr_addr = start + (eh->e_phoff - ph->p_offset);
	if (prot & PROT_EXEC) {
		lay->start_code = lay->start_code ? min(lay->start_code, start) : start;
		lay->end_code = max(lay->end_code, file_end);
	} else {
		lay->start_data = lay->start_data ? min(lay->start_data, start) : start;
		lay->end_data = max(lay->end_data, file_end);
	}
	lay->brk = max(lay->brk, start + ph->p_memsz);
}

/*
 * Map one PT_LOAD segment at lay->bias + p_vaddr: its file part
 * privately, its bss anonymously. The first segment of a relocatable
 * image (*first, then cleared) reserves the whole image and, unless
 * flags hold MAP_FIXED, fixes lay->bias from where it landed.
 */
static int load_segment(struct file *file, const struct elf32_hdr *eh,
			const struct elf32_phdr *ph, struct elf_layout *lay,
			unsigned long flags, unsigned long *total)
{
	unsigned long prot = elf_prot(ph->p_flags);
	unsigned long map, vaddr = ph->p_vaddr;
	int err;

	if (ph->p_filesz > ph->p_memsz || ph->p_memsz > TASK_SIZE)
		return -EINVAL;
	map = elf_map(file, lay->bias + vaddr, ph, prot, flags, *total);
	if (IS_ERR_VALUE(map))
		return (int)map;
	if (*total && !(flags & MAP_FIXED))
		lay->bias = map - (vaddr & PAGE_MASK);
	*total = 0;
	if (lay->bias + vaddr > TASK_SIZE - ph->p_memsz)
		return -EINVAL;
	if (ph->p_memsz > ph->p_filesz) {
		/* A segment without file data is all bss, from its first page. */
		unsigned long file_end = ph->p_filesz ? lay->bias + vaddr + ph->p_filesz
						      : (lay->bias + vaddr) & PAGE_MASK;

		err = map_bss(file_end, lay->bias + vaddr + ph->p_memsz, prot);
		if (err)
			return err;
	}
	note_segment(lay, eh, ph, prot);
	return 0;
}

/*
 * Map every PT_LOAD of one ELF file into current->mm. An ET_EXEC file
 * goes where its addresses say; an ET_DYN one at lay->bias when flags
 * hold MAP_FIXED (the program at ELF_ET_DYN_BASE), otherwise where
 * get_unmapped_area finds room for the whole image (the interpreter).
 * Returns 0 or -errno; lay says where everything went.
 */
static int load_elf_segments(struct file *file, const struct elf32_hdr *eh,
			     const struct elf32_phdr *phdrs, struct elf_layout *lay,
			     unsigned long flags)
{
	unsigned long total = 0;
	int i, err;

	if (eh->e_type == ET_DYN)
		total = total_mapping_size(phdrs, eh->e_phnum);
	else
		flags |= MAP_FIXED;
	for (i = 0; i < eh->e_phnum; i++) {
		const struct elf32_phdr *ph = &phdrs[i];

		if (ph->p_type == PT_PHDR)
			lay->phdr_addr = lay->bias + ph->p_vaddr;
		if (ph->p_type != PT_LOAD)
			continue;
		err = load_segment(file, eh, ph, lay, flags, &total);
		if (err)
			return err;
		flags |= MAP_FIXED;	/* the rest go where the first one's bias says */
	}
	return 0;
}

/*
 * Load the program: an ET_DYN program with an interpreter at
 * ELF_ET_DYN_BASE (its first page there), one without (a loader run by
 * name, a static PIE) where get_unmapped_area puts it, as Linux.
 */
static int load_program(struct linux_binprm *bprm)
{
	struct elf_layout *lay = &bprm->exec;
	unsigned long flags = MAP_PRIVATE;
	int i;

	memset(lay, 0, sizeof(*lay));
	if (bprm->ehdr.e_type == ET_DYN && bprm->interpreter) {
		for (i = 0; i < bprm->ehdr.e_phnum; i++)
			if (bprm->phdrs[i].p_type == PT_LOAD)
				break;
		if (i < bprm->ehdr.e_phnum)
			lay->bias = ELF_ET_DYN_BASE - (bprm->phdrs[i].p_vaddr & PAGE_MASK);
		flags |= MAP_FIXED_NOREPLACE;
	}
	return load_elf_segments(bprm->file, &bprm->ehdr, bprm->phdrs, lay, flags);
}

/*
 * Load the interpreter where get_unmapped_area finds room (Linux's
 * load_elf_interp) and point bprm->entry at its entry. An interpreter that
 * is neither ET_EXEC nor ET_DYN, or whose segments do not fit, is -EINVAL.
 */
static int load_elf_interp(struct linux_binprm *bprm)
{
	const struct elf32_hdr *eh = &bprm->interp_ehdr;
	struct elf_layout lay;
	int err;

	memset(&lay, 0, sizeof(lay));
	if (eh->e_type != ET_EXEC && eh->e_type != ET_DYN)
		return -EINVAL;
	err = check_segments(bprm->interp_phdrs, eh->e_phnum);
	if (err)
		return -EINVAL;
	err = load_elf_segments(bprm->interpreter, eh, bprm->interp_phdrs, &lay, MAP_PRIVATE);
	if (err)
		return err;
	bprm->interp_base = lay.bias;
	bprm->entry = lay.bias + eh->e_entry;
	return 0;
}

/* Copy n bytes to the new stack, growing down from *sp; returns the address. */
static unsigned long push_bytes(unsigned long *sp, const void *data, unsigned long n, int *err)
{
	*sp -= n;
	if (copy_to_user((void *)*sp, data, n))
		*err = -EFAULT;
	return *sp;
}

static void put_word(unsigned long *p, unsigned long val, int *err)
{
	if (copy_to_user(p, &val, sizeof(val)))
		*err = -EFAULT;
}

/* 16 bytes for AT_RANDOM: the cycle counter stirred with xorshift. */
static void get_random_bytes(u32 out[4])
{
	cycles_t cycles = get_cycles();
	u32 lo = (u32)cycles, hi = (u32)(cycles >> 32), x;
	int i;

	x = lo ^ (hi << 16) ^ (u32)jiffies ^ 0x9e3779b9;
	for (i = 0; i < 4; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		out[i] = x;
	}
}

/* Fill auxv[] (pairs, AT_NULL-terminated) in Linux's order; returns the words used. */
static int fill_auxv(unsigned long *auxv, const struct linux_binprm *bprm,
		     unsigned long random, unsigned long execfn, unsigned long platform)
{
	int n = 0;

#define AUX(type, val) do { auxv[n++] = (type); auxv[n++] = (val); } while (0)
	/* Linux's ARCH_DLINFO_IA32 comes first: the vDSO's entry and header. */
	if (bprm->vdso_base) {
		AUX(AT_SYSINFO, bprm->vdso_base + vdso_entry_offset());
		AUX(AT_SYSINFO_EHDR, bprm->vdso_base);
	}
	AUX(AT_HWCAP, ELF_HWCAP);
	AUX(AT_PAGESZ, PAGE_SIZE);
	AUX(AT_CLKTCK, HZ);
	AUX(AT_PHDR, bprm->exec.phdr_addr);
	AUX(AT_PHENT, sizeof(struct elf32_phdr));
	AUX(AT_PHNUM, bprm->ehdr.e_phnum);
	AUX(AT_BASE, bprm->interp_base);
	AUX(AT_FLAGS, 0);
	AUX(AT_ENTRY, bprm->exec.bias + bprm->ehdr.e_entry);
	AUX(AT_UID, current->uid);
	AUX(AT_EUID, current->euid);
	AUX(AT_GID, current->gid);
	AUX(AT_EGID, current->egid);
	AUX(AT_SECURE, 0);	/* exec never changes ids here (no set-user-ID files) */
	AUX(AT_RANDOM, random);
	AUX(AT_EXECFN, execfn);
	AUX(AT_PLATFORM, platform);
	AUX(AT_NULL, 0);
#undef AUX
	return n;
}

/* Push the strings' addresses: count pointers starting at `str`, then NULL. */
static void put_string_ptrs(unsigned long **pp, unsigned long str, int count,
			    const char *kstr, int *err)
{
	int i;

	for (i = 0; i < count; i++) {
		unsigned long len = strlen(kstr) + 1;

		put_word((*pp)++, str, err);
		str += len;
		kstr += len;
	}
	put_word((*pp)++, 0, err);
}

/*
 * The SysV i386 start-up stack below stack_top, laid out as Linux does,
 * top down: a NULL word, the executable's path, the envp and argv
 * strings, (16-byte alignment, and a random gap when randomizing) the
 * platform string and 16 random bytes, then from the stack
 * pointer up: argc, argv[], NULL, envp[], NULL, auxv pairs. The stack
 * pointer is 16-byte aligned. Returns it, or 0 when the stack is unwritable.
 */
static unsigned long create_elf_tables(struct linux_binprm *bprm, struct mm_struct *mm,
				       unsigned long stack_top)
{
	unsigned long sp = stack_top - sizeof(void *), strings, execfn, platform, random;
	unsigned long auxv[40], *p;
	u32 rnd[4];
	int err = 0, items, nauxv;

	put_word((unsigned long *)sp, 0, &err);
	execfn = push_bytes(&sp, bprm->filename, strlen(bprm->filename) + 1, &err);
	strings = push_bytes(&sp, bprm->buf, bprm->len, &err);
	sp = arch_align_stack(sp);	/* 16-byte aligned, moved down at random */
	platform = push_bytes(&sp, ELF_PLATFORM, sizeof(ELF_PLATFORM), &err);
	get_random_bytes(rnd);
	random = push_bytes(&sp, rnd, sizeof(rnd), &err);
	nauxv = fill_auxv(auxv, bprm, random, execfn, platform);
	items = 1 + bprm->argc + 1 + bprm->envc + 1 + nauxv;
	sp = (sp - items * sizeof(unsigned long)) & ~15UL;

	p = (unsigned long *)sp;
	put_word(p++, bprm->argc, &err);
	put_string_ptrs(&p, strings, bprm->argc, bprm->buf, &err);
	put_string_ptrs(&p, strings + bprm->argv_len, bprm->envc, bprm->buf + bprm->argv_len, &err);
	if (copy_to_user(p, auxv, nauxv * sizeof(unsigned long)))
		err = -EFAULT;
	mm->arg_start = strings;
	mm->arg_end = mm->env_start = strings + bprm->argv_len;
	mm->env_end = strings + bprm->len;
	mm->start_stack = sp;
	return err ? 0 : sp;
}

/* The stack region under TASK_SIZE, with room for the strings and tables on top of the usual start. */
static int setup_arg_pages(struct linux_binprm *bprm)
{
	unsigned long tables = bprm->len + strlen(bprm->filename) + 4 * (bprm->argc + bprm->envc) + 512;
	unsigned long stack_size = STACK_INIT_SIZE + PAGE_ALIGN(tables);
	unsigned long stack_top = randomize_stack_top(TASK_SIZE);
	unsigned long addr;

	bprm->stack_top = stack_top;
	addr = do_mmap_pgoff(NULL, stack_top - stack_size, stack_size,
			     PROT_READ | PROT_WRITE,
			     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_GROWSDOWN, 0);
	return IS_ERR_VALUE(addr) ? (int)addr : 0;
}

/*
 * Build the new program's address space into current->mm (the new, empty
 * one), in Linux's order: stack, program, heap start, interpreter, vDSO,
 * start-up tables. Returns 0 with *sp the new stack pointer, or -errno.
 */
static int build_mm(struct linux_binprm *bprm, unsigned long *sp)
{
	struct mm_struct *mm = current->mm;
	int err;

	arch_pick_mmap_layout(mm);	/* before any mapping: they use its search */
	err = setup_arg_pages(bprm);
	if (err)
		return err;
	err = load_program(bprm);
	if (err)
		return err;
	mm->start_code = bprm->exec.start_code;
	mm->end_code = bprm->exec.end_code;
	mm->start_data = bprm->exec.start_data;
	mm->end_data = bprm->exec.end_data;
	mm->start_brk = mm->brk = PAGE_ALIGN(bprm->exec.brk);
	mm->start_brk = mm->brk = arch_randomize_brk(mm);
	bprm->entry = bprm->exec.bias + bprm->ehdr.e_entry;
	if (bprm->interpreter) {
		err = load_elf_interp(bprm);
		if (err)
			return err;
	}
	if (bprm->entry >= TASK_SIZE)
		return -EINVAL;
	err = arch_setup_additional_pages(mm, &bprm->vdso_base);
	if (err)
		return err;
	*sp = create_elf_tables(bprm, mm, bprm->stack_top);
	return *sp ? 0 : -EFAULT;
}

/*
 * The point of no return (Linux's exec_mmap, in begin_new_exec): make a
 * new, empty mm current and drop the old one. Returns 0, or -ENOMEM with
 * the old program untouched.
 */
static int exec_mmap(struct linux_binprm *bprm)
{
	struct mm_struct *old_mm = current->mm, *mm = mm_alloc();
	int err;

	if (!mm)
		return -ENOMEM;
	err = set_mm_exe_file(mm, bprm->file);
	if (err) {
		mmput(mm);
		return err;
	}
	current->mm = mm;
	activate_mm(mm);
	if (old_mm)
		mmput(old_mm);
	return 0;
}

/* Is a thread of current's group other than current still running (not a zombie)? */
static bool other_threads_alive(void)
{
	struct task_struct *t;

	for_each_thread(current, t)
		if (t != current && t->state != TASK_ZOMBIE)
			return true;
	return false;
}

/*
 * current, a thread other than the leader, becomes the leader, as Linux's
 * de_thread does it: it takes the zombie leader's pid (so getpid does not
 * change across the exec), its parent and its place among the parent's
 * children; the old leader, with current's old tid, is freed.
 */
static void take_leader_place(void)
{
	struct task_struct *leader = current->group_leader;
	unsigned long flags = local_irq_save();
	pid_t tid = current->pid;

	current->pid = leader->pid;
	leader->pid = tid;
	current->parent = leader->parent;
	current->exit_signal = SIGCHLD;
	list_add(&current->sibling, &leader->sibling);
	list_del(&leader->sibling);
	list_del(&leader->thread_group);
	list_del(&leader->tasks);
	nr_tasks--;
	current->group_leader = current;
	leader->group_leader = current;	/* its children's usage passes to us */
	exit_thread_usage(leader);
	local_irq_restore(flags);
	free_task(leader);
}

/*
 * de_thread - an exec keeps only the calling thread: every other one gets
 * SIGKILL and current waits until they are gone (a leader that went
 * before stays as a zombie until current takes its place). The handlers
 * become current's own if they were shared. Returns 0, -EAGAIN if the
 * group is already dying (the pending SIGKILL then ends current too), or
 * -ENOMEM. Linux's name.
 */
static int de_thread(void)
{
	struct signal_struct *sig = current->signal;
	unsigned long flags;

	if (!thread_group_empty(current)) {
		if (signal_group_exit(sig))
			return -EAGAIN;
		sig->group_exit_task = current;
		zap_other_threads(current);
		flags = local_irq_save();
		while (other_threads_alive()) {
			current->state = TASK_UNINTERRUPTIBLE;
			schedule();
		}
		local_irq_restore(flags);
		if (!thread_group_leader(current))
			take_leader_place();
		sig->group_exit_task = NULL;
	}
	return unshare_sighand(current);
}

/* After the point of no return: what the new program must not inherit. */
static void setup_new_exec(struct linux_binprm *bprm)
{
	const char *name = strrchr(bprm->filename, '/');

	if (current->files)
		close_on_exec(current->files);
	flush_signal_handlers(current);
	current->sas_ss_sp = current->sas_ss_size = 0;
	/*
	 * The clear-at-exit word pointed into the old address space, which is
	 * gone (no other thread shared it): nothing to zero, only to forget.
	 */
	current->clear_child_tid = NULL;
	flush_thread();
	strlcpy(current->comm, name ? name + 1 : bprm->filename, sizeof(current->comm));
}

static int copy_args(struct linux_binprm *bprm, const char *filename,
		     const char *const *argv, const char *const *envp, bool kernel)
{
	long n;
	int err;

	if (kernel) {
		n = strlen(filename);
		if (n >= PATH_MAX)
			return -ENAMETOOLONG;
		memcpy(bprm->filename, filename, n + 1);
	} else {
		n = strncpy_from_user(bprm->filename, filename, PATH_MAX);
		if (n < 0)
			return n;
	}
	err = copy_strings(bprm, argv, kernel, &bprm->argc);
	if (err)
		return err;
	/* As Linux since 5.18: a program never sees argc 0, but argv = {"", NULL}. */
	if (!bprm->argc) {
		bprm->buf[bprm->len++] = '\0';
		bprm->argc = 1;
	}
	bprm->argv_len = bprm->len;
	err = copy_strings(bprm, envp, kernel, &bprm->envc);
	if (err)
		return err;
	return bprm->len + 4UL * (bprm->argc + bprm->envc + 2) > ARG_BUF_SIZE ? -E2BIG : 0;
}

/*
 * Open the file to run and follow "#!" lines: up to MAX_SCRIPT_DEPTH
 * scripts, each naming the next file, then -ELOOP as Linux's
 * exec_binprm. Returns 0 with bprm->file the executable to load (not yet
 * checked), or -errno.
 */
static int open_binprm(struct linux_binprm *bprm)
{
	int depth, err;

	bprm->interp = bprm->filename;
	err = open_exec(bprm, bprm->filename);

	for (depth = 0; !err; depth++) {
		if (depth > MAX_SCRIPT_DEPTH)
			return -ELOOP;
		err = load_script(bprm);	/* -ENOEXEC: no script, try it as ELF */
		if (err == -ENOEXEC)
			return 0;
	}
	return err;
}

/*
 * Replace current's program with the executable at filename (an ELF32
 * i386 executable, static or with its PT_INTERP loader, or a "#!" script
 * whose interpreter is one). argv and envp are NULL-terminated arrays of
 * user pointers, or of kernel pointers when `kernel` is true (how init is
 * started). On success the new address space is current's, regs
 * (current's user trap frame) is set up for the entry and 0 returned.
 * A failure before the point of no return leaves the old program
 * untouched and returns -errno (-ENOENT, -EACCES, -ENOEXEC, -ELIBBAD,
 * -ELOOP, -E2BIG, -EFAULT, -ENOMEM...); one after it (the new image does
 * not fit, no memory) kills the process with SIGSEGV, as Linux.
 */
int do_execve(const char *filename, const char *const *argv,
	      const char *const *envp, struct pt_regs *regs, bool kernel)
{
	struct linux_binprm bprm;
	unsigned long sp;
	int err = -ENOMEM;

	memset(&bprm, 0, sizeof(bprm));
	bprm.filename = kmalloc(PATH_MAX);
	bprm.buf = (char *)__get_free_pages(ARG_BUF_ORDER);
	if (!bprm.filename || !bprm.buf)
		goto out;
	err = copy_args(&bprm, filename, argv, envp, kernel);
	if (err)
		goto out;
	err = open_binprm(&bprm);
	if (err)
		goto out;
	err = read_elf_headers(&bprm);
	if (err)
		goto out;
	err = de_thread();
	if (err)
		goto out;
	err = exec_mmap(&bprm);
	if (err)
		goto out;
	complete_vfork_done(current);	/* a vfork parent's memory is its own again */
	setup_new_exec(&bprm);
	err = build_mm(&bprm, &sp);
	if (err) {
		/* Past the point of no return there is no program to go back to. */
		force_sig(SIGSEGV);
		err = 0;
		goto out;
	}
	start_thread(regs, bprm.entry, sp);
out:
	if (bprm.file)
		fput(bprm.file);
	if (bprm.interpreter)
		fput(bprm.interpreter);
	kfree(bprm.phdrs);
	kfree(bprm.interp_phdrs);
	kfree(bprm.interp_buf);
	if (bprm.buf)
		free_pages((unsigned long)bprm.buf, ARG_BUF_ORDER);
	kfree(bprm.filename);
	return err;
}

/* execve(path, argv, envp): does not return on success; -errno otherwise. */
SYSCALL_DEFINE3(execve, const char __user *, filename,
		const char __user *const __user *, argv,
		const char __user *const __user *, envp)
{
	return do_execve(filename, argv, envp, current_pt_regs(), false);
}

/* Boot self-test of the ELF header checks, on headers built in memory. */
static int elf_header_selftest(void)
{
	struct elf32_hdr good = {
		.e_ident = { 0x7f, 'E', 'L', 'F', ELFCLASS32, ELFDATA2LSB, EV_CURRENT },
		.e_type = ET_EXEC, .e_machine = EM_386, .e_version = EV_CURRENT,
		.e_phoff = sizeof(struct elf32_hdr), .e_phentsize = sizeof(struct elf32_phdr),
		.e_phnum = 2,
	};
	struct elf32_hdr h;

	selftest_check(check_elf_header(&good) == 0, "an ELF32 i386 executable header passes");
	h = good;
	h.e_ident[EI_CLASS] = 2;
	selftest_check(check_elf_header(&h) == -ENOEXEC, "a 64-bit class is -ENOEXEC");
	h = good;
	h.e_machine = 62;
	selftest_check(check_elf_header(&h) == -ENOEXEC, "machine x86-64 is -ENOEXEC");
	h = good;
	h.e_type = ET_DYN;
	selftest_check(check_elf_header(&h) == 0, "an ET_DYN (PIE) header passes");
	h.e_type = 4;
	selftest_check(check_elf_header(&h) == -ENOEXEC, "ET_CORE is -ENOEXEC");
	h = good;
	h.e_phnum = 0;
	selftest_check(check_elf_header(&h) == -ENOEXEC, "no program headers is -ENOEXEC");
	h = good;
	h.e_phentsize = 16;
	selftest_check(check_elf_header(&h) == -ENOEXEC, "a wrong e_phentsize is -ENOEXEC");
	memset(&h, 0, sizeof(h));
	selftest_check(check_elf_header(&h) == -ENOEXEC, "zeros (a file shorter than a header) are -ENOEXEC");
	return 0;
}
selftest("exec", elf_header_selftest);
