/*
 * execve: replace the calling process's program with a static ELF32 i386
 * executable.
 *
 * The work is done in an order that lets every failure leave the caller
 * running its old program:
 *   1. copy the path, argv and envp strings into a kernel buffer (they live
 *      in the old address space, which is about to go);
 *   2. open the file (for a "#!" script, its interpreter, with the
 *      arguments rewritten) and check the ELF header and every program
 *      header;
 *   3. build the new address space while the old one is kept aside: each
 *      PT_LOAD segment becomes a private file mapping (do_mmap_pgoff), so
 *      the program is demand-paged through the page cache; the bss is
 *      zeroed (the tail of its first page) and mapped anonymously; the
 *      stack is a VM_GROWSDOWN region under TASK_SIZE holding the SysV
 *      start-up layout (argc, argv, envp, auxv, strings) Linux builds;
 *   4. only then drop the old address space, close O_CLOEXEC files, reset
 *      the signal handlers and set the registers for the entry point.
 */
#include <asm/elf.h>
#include <asm/irq.h>
#include <asm/page.h>
#include <asm/processor.h>
#include <asm/timex.h>
#include <asm/uaccess.h>
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

/* Everything exec learns before it commits to the new program. */
struct linux_binprm {
	char *filename;			/* kernel copy of the path */
	char *buf;			/* argv strings, then envp strings, NUL-terminated */
	unsigned long len;		/* bytes used in buf */
	unsigned long argv_len;		/* of which argv's */
	int argc, envc;
	struct file *file;
	struct elf32_hdr ehdr;
	struct elf32_phdr *phdrs;	/* e_phnum entries, kmalloc'ed */
	unsigned long phdr_addr;	/* where the program headers are mapped (AT_PHDR) */
	unsigned long brk;		/* end of the highest segment: the heap starts here */
	unsigned long start_code, end_code, start_data, end_data;
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
 * with the caller's other arguments, as Linux's binfmt_script does.
 */
static int replace_argv0(struct linux_binprm *bprm, const char *interp, const char *arg)
{
	unsigned long old0 = strlen(bprm->buf) + 1;
	unsigned long li = strlen(interp) + 1, la = arg ? strlen(arg) + 1 : 0;
	unsigned long lf = strlen(bprm->filename) + 1, ins = li + la + lf;
	unsigned long len = bprm->len - old0 + ins;

	if (len + 4UL * (bprm->argc + bprm->envc + 4) > ARG_BUF_SIZE)
		return -E2BIG;
	memmove(bprm->buf + ins, bprm->buf + old0, bprm->len - old0);
	memcpy(bprm->buf, interp, li);
	if (arg)
		memcpy(bprm->buf + li, arg, la);
	memcpy(bprm->buf + li + la, bprm->filename, lf);
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
	return open_exec(bprm, interp);
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
	if (eh->e_type != ET_EXEC || !elf_check_arch(eh))
		return -ENOEXEC;
	if (eh->e_phentsize != sizeof(struct elf32_phdr) || eh->e_phnum == 0 ||
	    eh->e_phnum > 65536U / sizeof(struct elf32_phdr))
		return -ENOEXEC;
	return 0;
}

/* Every PT_LOAD must fit below TASK_SIZE and be mappable from its file offset. */
static int check_segments(struct linux_binprm *bprm)
{
	int i, loads = 0;

	for (i = 0; i < bprm->ehdr.e_phnum; i++) {
		const struct elf32_phdr *ph = &bprm->phdrs[i];

		if (ph->p_type == PT_INTERP)
			return -ENOEXEC;	/* static executables only */
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

/* Read and check the ELF header and program headers of bprm->file. */
static int read_elf_headers(struct linux_binprm *bprm)
{
	struct elf32_hdr *eh = &bprm->ehdr;
	size_t size;
	ssize_t n;
	int err;

	memset(eh, 0, sizeof(*eh));
	n = kernel_read(bprm->file, 0, eh, sizeof(*eh));
	if (n < 0)
		return n;
	err = check_elf_header(eh);
	if (err)
		return err;
	size = eh->e_phnum * sizeof(struct elf32_phdr);
	bprm->phdrs = kmalloc(size);
	if (!bprm->phdrs)
		return -ENOMEM;
	n = kernel_read(bprm->file, eh->e_phoff, bprm->phdrs, size);
	if (n != (ssize_t)size)
		return n < 0 ? n : -EIO;	/* as Linux for truncated program headers */
	return check_segments(bprm);
}

static unsigned long elf_prot(u32 p_flags)
{
	return ((p_flags & PF_R) ? PROT_READ : 0) | ((p_flags & PF_W) ? PROT_WRITE : 0) |
	       ((p_flags & PF_X) ? PROT_EXEC : 0);
}

/* Zero-fill the memory of a segment past its file data: page tail, then anonymous pages. */
static int map_bss(const struct elf32_phdr *ph, unsigned long prot)
{
	unsigned long file_end = ph->p_vaddr + ph->p_filesz;
	unsigned long mem_end = ph->p_vaddr + ph->p_memsz;
	unsigned long bss = ph->p_filesz ? PAGE_ALIGN(file_end) : (ph->p_vaddr & PAGE_MASK);
	unsigned long addr;

	/* The file page holds whatever follows the segment in the file: clear it. */
	if (ph->p_filesz && (file_end & ~PAGE_MASK) && (prot & PROT_WRITE)) {
		unsigned long n = min(PAGE_SIZE - (file_end & ~PAGE_MASK), mem_end - file_end);

		if (clear_user((void *)file_end, n))
			return -EFAULT;
	}
	if (PAGE_ALIGN(mem_end) <= bss)
		return 0;
	addr = do_brk(bss, PAGE_ALIGN(mem_end) - bss);
	return IS_ERR_VALUE(addr) ? (int)addr : 0;
}

/* Map one PT_LOAD segment: its file part privately, its bss anonymously. */
static int map_segment(struct linux_binprm *bprm, const struct elf32_phdr *ph)
{
	unsigned long prot = elf_prot(ph->p_flags);
	unsigned long start = ph->p_vaddr & PAGE_MASK;
	unsigned long off = ph->p_offset & PAGE_MASK;
	unsigned long end = ph->p_vaddr + ph->p_memsz;
	unsigned long addr;
	int err;

	if (ph->p_filesz) {
		addr = do_mmap_pgoff(bprm->file, start,
				     PAGE_ALIGN(ph->p_vaddr + ph->p_filesz) - start, prot,
				     MAP_PRIVATE | MAP_FIXED, off >> PAGE_SHIFT);
		if (IS_ERR_VALUE(addr))
			return (int)addr;
	}
	if (ph->p_memsz > ph->p_filesz) {
		err = map_bss(ph, prot);
		if (err)
			return err;
	}
	/* AT_PHDR: the segment that holds the program headers in the file. */
	if (bprm->ehdr.e_phoff >= ph->p_offset &&
	    bprm->ehdr.e_phoff - ph->p_offset < ph->p_filesz)
		bprm->phdr_addr = ph->p_vaddr + (bprm->ehdr.e_phoff - ph->p_offset);
	if (prot & PROT_EXEC) {
		bprm->start_code = bprm->start_code ? min(bprm->start_code, ph->p_vaddr) : ph->p_vaddr;
		bprm->end_code = max(bprm->end_code, ph->p_vaddr + ph->p_filesz);
	} else {
		bprm->start_data = bprm->start_data ? min(bprm->start_data, ph->p_vaddr) : ph->p_vaddr;
		bprm->end_data = max(bprm->end_data, ph->p_vaddr + ph->p_filesz);
	}
	bprm->brk = max(bprm->brk, end);
	return 0;
}

static int map_segments(struct linux_binprm *bprm)
{
	int i, err;

	for (i = 0; i < bprm->ehdr.e_phnum; i++) {
		const struct elf32_phdr *ph = &bprm->phdrs[i];

		if (ph->p_type == PT_PHDR)
			bprm->phdr_addr = ph->p_vaddr;
		if (ph->p_type != PT_LOAD)
			continue;
		err = map_segment(bprm, ph);
		if (err)
			return err;
	}
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
	AUX(AT_HWCAP, ELF_HWCAP);
	AUX(AT_PAGESZ, PAGE_SIZE);
	AUX(AT_CLKTCK, HZ);
	AUX(AT_PHDR, bprm->phdr_addr);
	AUX(AT_PHENT, sizeof(struct elf32_phdr));
	AUX(AT_PHNUM, bprm->ehdr.e_phnum);
	AUX(AT_BASE, 0);
	AUX(AT_FLAGS, 0);
	AUX(AT_ENTRY, bprm->ehdr.e_entry);
	AUX(AT_UID, 0);
	AUX(AT_EUID, 0);
	AUX(AT_GID, 0);
	AUX(AT_EGID, 0);
	AUX(AT_SECURE, 0);
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

/* Build the new program's address space into current->mm (already the new, empty one). */
static int build_mm(struct linux_binprm *bprm, unsigned long *sp)
{
	struct mm_struct *mm = current->mm;
	/* Room for the strings and tables on top of the usual start. */
	unsigned long tables = bprm->len + strlen(bprm->filename) + 4 * (bprm->argc + bprm->envc) + 512;
	unsigned long stack_size = STACK_INIT_SIZE + PAGE_ALIGN(tables);
	unsigned long stack_top = randomize_stack_top(TASK_SIZE);
	unsigned long addr;
	int err;

	arch_pick_mmap_layout(mm);	/* before any mapping: they use its search */
	err = map_segments(bprm);
	if (err)
		return err;
	mm->start_code = bprm->start_code;
	mm->end_code = bprm->end_code;
	mm->start_data = bprm->start_data;
	mm->end_data = bprm->end_data;
	mm->start_brk = mm->brk = PAGE_ALIGN(bprm->brk);
	mm->start_brk = mm->brk = arch_randomize_brk(mm);
	addr = do_mmap_pgoff(NULL, stack_top - stack_size, stack_size,
			     PROT_READ | PROT_WRITE,
			     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_GROWSDOWN, 0);
	if (IS_ERR_VALUE(addr))
		return (int)addr;
	*sp = create_elf_tables(bprm, mm, stack_top);
	return *sp ? 0 : -EFAULT;
}

/*
 * Make a new mm current, build the program in it, and keep it only if all
 * went well; otherwise give current its old mm back. Returns 0 or -errno.
 */
static int exec_mmap(struct linux_binprm *bprm, unsigned long *sp)
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
	err = build_mm(bprm, sp);
	if (err) {
		current->mm = old_mm;
		activate_mm(old_mm);
		mmput(mm);
		return err;
	}
	if (old_mm)
		mmput(old_mm);
	return 0;
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
 * Replace current's program with the executable at filename (an ELF32
 * i386 static executable, or a "#!" script whose interpreter is one).
 * argv and envp are NULL-terminated arrays of user pointers, or of kernel
 * pointers when `kernel` is true (how init is started). On success the
 * new address space is current's, regs (current's user trap frame) is set
 * up for the program's entry and 0 returned; on failure the old program is
 * untouched and -errno returned (-ENOENT, -EACCES, -ENOEXEC, -E2BIG,
 * -EFAULT, -ENOMEM...).
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
	err = open_exec(&bprm, bprm.filename);
	if (err)
		goto out;
	err = load_script(&bprm);	/* -ENOEXEC: no script, try it as ELF */
	if (err && err != -ENOEXEC)
		goto out;
	err = read_elf_headers(&bprm);
	if (err)
		goto out;
	err = exec_mmap(&bprm, &sp);
	if (err)
		goto out;
	setup_new_exec(&bprm);
	start_thread(regs, bprm.ehdr.e_entry, sp);
out:
	if (bprm.file)
		fput(bprm.file);
	kfree(bprm.phdrs);
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
	h.e_type = 3;
	selftest_check(check_elf_header(&h) == -ENOEXEC, "ET_DYN is -ENOEXEC");
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
