/*
 * Core dumps: when a signal whose default action is "core" (SIGQUIT,
 * SIGILL, SIGABRT, SIGSEGV...) kills a process, the kernel writes its
 * address space and registers to a file, an ELF core that
 * `gdb program core` reads, and the parent's wait status says so
 * (WCOREDUMP, 0x80). Linux's fs/coredump.c (do_coredump, the file's name
 * from core_pattern) and fs/binfmt_elf.c (elf_core_dump, the layout).
 *
 * The file: an ELF header; program headers, one PT_NOTE and one PT_LOAD
 * per VMA; the notes (NT_PRSTATUS with the registers, one per thread,
 * NT_PRPSINFO, NT_SIGINFO, NT_FILE); then, page aligned, each VMA's bytes as far as
 * vma_dump_size says (Linux's default coredump_filter, 0x33: anonymous
 * memory whole, of a file mapping only what the process wrote and the
 * first page of an ELF file). A page never touched is a hole in the file
 * (it reads as zeros and takes no disk space), without faulting it in.
 *
 * There is no dump when RLIMIT_CORE is below a page (the default soft
 * limit is 0), when core_pattern is a pipe ("|program", which needs a
 * user-space helper this kernel does not start), or when the file cannot
 * be created as a regular file of the dumping user with one link. A dump
 * that would pass RLIMIT_CORE stops there, a truncated core, and still
 * counts as a dump (WCOREDUMP), as Linux's has_dumped.
 */
#include <asm/elf.h>
#include <asm/irq.h>
#include <asm/pgtable.h>
#include <asm/uaccess.h>
#include <fs/coredump.h>
#include <fs/fs.h>
#include <fs/namei.h>
#include <kernel/printk.h>
#include <kernel/resource.h>
#include <kernel/sched.h>
#include <kernel/time.h>
#include <lib/string.h>
#include <mm/memory.h>
#include <mm/mm.h>
#include <mm/mm_types.h>
#include <mm/page.h>
#include <mm/slab.h>
#include <uapi/errno.h>
#include <uapi/fcntl.h>
#include <uapi/siginfo.h>

/* /proc/sys/kernel/core_pattern: the file's name, with %p %e %s ... (see format_corename). */
char core_pattern[CORENAME_MAX_SIZE] = "core";
/* /proc/sys/kernel/core_uses_pid: 1 appends ".PID" to a pattern without %p. */
unsigned int core_uses_pid;

/* ---- the file's name ---- */

/* Append the expansion of specifier c to name (of n bytes, used *len); sig: the fatal signal. */
static void expand_specifier(char *name, size_t n, size_t *len, char c, int sig)
{
	struct task_struct *p = current;
	char *at = name + *len;
	size_t room = n - *len;
	int k = 0;

	switch (c) {
	case '%': k = snprintf(at, room, "%%"); break;
	case 'p': case 'P': case 'i': case 'I':
		k = snprintf(at, room, "%d", p->pid); break;
	case 'u': k = snprintf(at, room, "%u", p->uid); break;
	case 'g': k = snprintf(at, room, "%u", p->gid); break;
	case 's': k = snprintf(at, room, "%d", sig); break;
	case 't': k = snprintf(at, room, "%lu", (unsigned long)ktime_get_real_seconds()); break;
	case 'h': k = snprintf(at, room, "vmkernel"); break;
	case 'e': case 'E': k = snprintf(at, room, "%s", p->comm); break;
	}
	*len += (k > 0 && (size_t)k < room) ? (size_t)k : 0;
}

/*
 * The core file's name from core_pattern into name (n bytes): its
 * specifiers expanded as Linux's format_corename does them (%p the pid,
 * %e the program's name, %s the signal, %t the time, %u/%g the ids, %h the
 * host name, %% a percent; others expand to nothing), and ".PID" appended
 * under core_uses_pid when the pattern has no %p. False for a pipe.
 */
static bool format_corename(char *name, size_t n, int sig)
{
	const char *s = core_pattern;
	bool has_pid = false;
	size_t len = 0;

	if (*s == '|')
		return false;
	for (; *s && len + 1 < n; s++) {
		if (*s != '%') {
			name[len++] = *s;
			continue;
		}
		if (!*++s)
			break;
		has_pid |= *s == 'p';
		expand_specifier(name, n, &len, *s, sig);
	}
	name[len] = '\0';
	if (core_uses_pid && !has_pid)
		snprintf(name + len, n - len, ".%d", current->pid);
	return name[0] != '\0';
}

/* ---- writing ---- */

struct coredump_params {
	struct file *file;
	loff_t pos;			/* where the next byte goes */
	unsigned long limit;		/* RLIMIT_CORE: no byte at or past it */
	bool failed;			/* a write failed or hit the limit: not a dump */
	bool skipped;			/* the last bytes were a hole: the size needs a last byte */
	char *zeros;			/* a page of zeros */
};

/* Write n bytes of buf at the dump's position (Linux's dump_emit). */
static bool dump_emit(struct coredump_params *cprm, const void *buf, size_t n)
{
	if (cprm->failed || cprm->pos + n > cprm->limit ||
	    kernel_write(cprm->file, buf, n, cprm->pos) != (ssize_t)n) {
		cprm->failed = true;
		return false;
	}
	cprm->pos += n;
	cprm->skipped = false;
	return true;
}

/*
 * Leave n bytes out: a hole in the file, which reads as zeros (Linux's
 * dump_skip). They count against the limit like written ones.
 */
static bool dump_skip(struct coredump_params *cprm, size_t n)
{
	if (cprm->failed || cprm->pos + n > cprm->limit) {
		cprm->failed = true;
		return false;
	}
	cprm->pos += n;
	cprm->skipped = n != 0;
	return true;
}

/* Write zeros up to the next multiple of align. */
static bool dump_align(struct coredump_params *cprm, unsigned long align)
{
	size_t pad = (align - (cprm->pos & (align - 1))) & (align - 1);

	return !pad || dump_emit(cprm, cprm->zeros, pad);
}

/* One note: its header, the name "CORE" and the descriptor, each padded to 4 bytes. */
static bool dump_note(struct coredump_params *cprm, Elf32_Word type, const void *desc,
		      size_t size)
{
	Elf32_Nhdr nhdr = { 5, size, type };

	return dump_emit(cprm, &nhdr, sizeof(nhdr)) && dump_emit(cprm, "CORE\0\0\0", 8) &&
	       dump_emit(cprm, desc, size) && dump_align(cprm, 4);
}

static size_t note_size(size_t desc)
{
	return sizeof(Elf32_Nhdr) + 8 + ((desc + 3) & ~3);
}

/* ---- what of each VMA goes into the file ---- */

/* Does a private file mapping hold pages the process wrote (Linux: vma->anon_vma)? */
static bool vma_has_anon_pages(struct vm_area_struct *vma)
{
	unsigned long addr;

	for (addr = vma->vm_start; addr < vma->vm_end; addr += PAGE_SIZE) {
		pte_t *pte = pte_lookup(vma->vm_mm, addr);
		struct page *page;

		if (!pte || !pte_present(*pte))
			continue;
		page = vm_normal_page(*pte);
		if (page && PageAnon(page))
			return true;
	}
	return false;
}

/* Does the file start with the ELF magic? (its first page goes in, for GDB's build-id) */
static bool file_is_elf(struct file *file)
{
	char magic[SELFMAG];

	return kernel_read(file, 0, magic, SELFMAG) == SELFMAG && !memcmp(magic, ELFMAG, SELFMAG);
}

/*
 * Bytes of vma the dump holds, from its start (Linux's vma_dump_size) as
 * the process's coredump_filter says: anonymous memory (private, shared -
 * unnamed tmpfs files count as shared anonymous), file mappings (private
 * ones with pages the process wrote count as anonymous), and the first
 * page of an ELF file.
 */
static unsigned long vma_dump_size(struct vm_area_struct *vma)
{
	unsigned long size = vma->vm_end - vma->vm_start, filter = vma->vm_mm->coredump_filter;
	struct file *file = vma->vm_file;

	if (vma->vm_flags & (VM_DONTDUMP | VM_IO))
		return 0;
	if (vma->vm_flags & VM_SHARED) {
		if (!file || !file->f_inode->i_nlink)
			return (filter & MMF_DUMP_ANON_SHARED) ? size : 0;
		return (filter & MMF_DUMP_MAPPED_SHARED) ? size : 0;
	}
	if (!file || vma_has_anon_pages(vma)) {
		if (filter & MMF_DUMP_ANON_PRIVATE)
			return size;
		if (!file)
			return 0;
	}
	if (filter & MMF_DUMP_MAPPED_PRIVATE)
		return size;
	if ((filter & MMF_DUMP_ELF_HEADERS) && vma->vm_pgoff == 0 && (vma->vm_flags & VM_READ) &&
	    file_is_elf(file))
		return PAGE_SIZE;
	return 0;
}

/*
 * The page at addr of vma: present, it is written from its frame; the
 * shared zero page, or never touched in an anonymous mapping, is left as
 * a hole (zeros, without faulting it in or taking disk space); otherwise
 * (a file page not mapped yet) it is faulted in for reading first, as
 * Linux's get_dump_page does, and a hole if that fails (past the file's
 * end).
 */
static bool dump_page(struct coredump_params *cprm, struct vm_area_struct *vma,
		      unsigned long addr)
{
	pte_t *pte = pte_lookup(vma->vm_mm, addr);

	if ((!pte || pte_none(*pte)) && !vma->vm_file)
		return dump_skip(cprm, PAGE_SIZE);
	if (!pte || !pte_present(*pte)) {
		if (handle_mm_fault(vma->vm_mm, vma, addr, 0) & VM_FAULT_ERROR)
			return dump_skip(cprm, PAGE_SIZE);
		pte = pte_lookup(vma->vm_mm, addr);
	}
	if (!pte || !pte_present(*pte) || !vm_normal_page(*pte))
		return dump_skip(cprm, PAGE_SIZE);
	return dump_emit(cprm, page_address(pfn_to_page(pte_pfn(*pte))), PAGE_SIZE);
}

/* ---- the notes ---- */

static void fill_timeval(struct elf_timeval32 *tv, unsigned long ticks)
{
	tv->tv_sec = ticks / HZ;
	tv->tv_usec = (ticks % HZ) * (1000000 / HZ);
}

/* The status of thread p (its registers from its trap frame) as the dump of info saw it. */
static void fill_prstatus(struct elf_prstatus *st, struct task_struct *p,
			  const struct kernel_siginfo *info)
{
	memset(st, 0, sizeof(*st));
	st->pr_info.si_signo = st->pr_cursig = info->si_signo;
	st->pr_info.si_code = info->si_code;
	st->pr_info.si_errno = info->si_errno;
	st->pr_sigpend = p->pending;
	st->pr_sighold = p->blocked;
	st->pr_pid = p->pid;
	st->pr_ppid = p->parent ? p->parent->pid : 0;
	st->pr_pgrp = p->pgrp;
	st->pr_sid = p->session;
	fill_timeval(&st->pr_utime, p->utime);
	fill_timeval(&st->pr_stime, p->stime);
	fill_timeval(&st->pr_cutime, p->cutime);
	fill_timeval(&st->pr_cstime, p->cstime);
	elf_core_copy_regs(st->pr_reg, task_pt_regs(p));
}

static void fill_psinfo(struct elf_prpsinfo *ps)
{
	struct task_struct *p = current;
	struct mm_struct *mm = p->mm;
	size_t len = min(mm->arg_end - mm->arg_start, sizeof(ps->pr_psargs) - 1), i;

	memset(ps, 0, sizeof(*ps));
	ps->pr_sname = 'R';
	ps->pr_uid = p->uid;
	ps->pr_gid = p->gid;
	ps->pr_pid = p->pid;
	ps->pr_ppid = p->parent ? p->parent->pid : 0;
	ps->pr_pgrp = p->pgrp;
	ps->pr_sid = p->session;
	strlcpy(ps->pr_fname, p->comm, sizeof(ps->pr_fname));
	if (copy_from_user(ps->pr_psargs, (const void __user *)mm->arg_start, len))
		len = 0;
	for (i = 0; i + 1 < len; i++)
		if (!ps->pr_psargs[i])
			ps->pr_psargs[i] = ' ';
	ps->pr_psargs[len] = '\0';
}

/* NT_SIGINFO: the signal as a 128-byte siginfo_t, its address for a fault. */
static void fill_siginfo(u32 si[32], const struct kernel_siginfo *info)
{
	memset(si, 0, 128);
	si[0] = info->si_signo;
	si[1] = info->si_errno;
	si[2] = info->si_code;
	si[3] = info->si_code > 0 ? info->si_addr : (u32)info->si_pid;
}

/* The absolute path file was opened by, built in buf (PATH_MAX bytes); "" if unknown. */
static const char *file_path(struct file *file, char *buf)
{
	int err = 0;
	char *dir = file->f_dir ? d_path(file->f_dir, buf, &err) : NULL;
	size_t len;

	if (!dir || !file->f_name)
		return "";
	len = strlen(dir);
	if (dir + len + 1 + strlen(file->f_name) >= buf + PATH_MAX)
		return "";
	memmove(buf, dir, len);
	if (len > 1)
		buf[len++] = '/';
	strcpy(buf + len, file->f_name);
	return buf;
}

/*
 * NT_FILE: count, page size, then (start, end, offset in pages) of each
 * file VMA, then their paths, NUL-terminated, in the same order. Built in
 * buf (PAGE_SIZE bytes), with path (PATH_MAX bytes) to build each path in;
 * its length, 0 if it does not fit.
 */
static size_t fill_files_note(char *buf, char *path, struct mm_struct *mm)
{
	struct vm_area_struct *vma;
	u32 *words = (u32 *)buf, count = 0;
	size_t names;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		count += vma->vm_file != NULL;
	names = 8 + count * 12;
	if (names > PAGE_SIZE)
		return 0;
	words[0] = count;
	words[1] = PAGE_SIZE;
	words += 2;
	for (vma = mm->mmap; vma; vma = vma->vm_next) {
		const char *name;
		size_t n;

		if (!vma->vm_file)
			continue;
		*words++ = vma->vm_start;
		*words++ = vma->vm_end;
		*words++ = vma->vm_pgoff;
		name = file_path(vma->vm_file, path);
		n = strlen(name) + 1;
		if (names + n > PAGE_SIZE)
			return 0;
		memcpy(buf + names, name, n);
		names += n;
	}
	return names;
}

/* ---- the ELF file ---- */

static void fill_elf_header(Elf32_Ehdr *eh, int phnum)
{
	memset(eh, 0, sizeof(*eh));
	memcpy(eh->e_ident, ELFMAG, SELFMAG);
	eh->e_ident[EI_CLASS] = ELF_CLASS;
	eh->e_ident[EI_DATA] = ELF_DATA;
	eh->e_ident[EI_VERSION] = EV_CURRENT;
	eh->e_type = ET_CORE;
	eh->e_machine = EM_386;
	eh->e_version = EV_CURRENT;
	eh->e_phoff = sizeof(*eh);
	eh->e_ehsize = sizeof(*eh);
	eh->e_phentsize = sizeof(Elf32_Phdr);
	eh->e_phnum = phnum;
}

/* The notes' descriptors, built before the headers so their sizes are known. */
struct core_notes {
	struct elf_prstatus *prstatus;	/* one per thread, current's first */
	int nthreads;
	struct elf_prpsinfo psinfo;
	u32 siginfo[32];
	size_t files_len;
	char *files;			/* PAGE_SIZE bytes */
	char *path;			/* PATH_MAX bytes, for building each path */
};

static size_t notes_size(const struct core_notes *n)
{
	return n->nthreads * note_size(sizeof(*n->prstatus)) + note_size(sizeof(n->psinfo)) +
	       note_size(sizeof(n->siginfo)) + (n->files_len ? note_size(n->files_len) : 0);
}

/* Linux's order: the dying thread's status and the process's notes, then the other threads'. */
static bool write_notes(struct coredump_params *cprm, const struct core_notes *n)
{
	int i;

	if (!dump_note(cprm, NT_PRSTATUS, &n->prstatus[0], sizeof(*n->prstatus)) ||
	    !dump_note(cprm, NT_PRPSINFO, &n->psinfo, sizeof(n->psinfo)) ||
	    !dump_note(cprm, NT_SIGINFO, n->siginfo, sizeof(n->siginfo)) ||
	    (n->files_len && !dump_note(cprm, NT_FILE, n->files, n->files_len)))
		return false;
	for (i = 1; i < n->nthreads; i++)
		if (!dump_note(cprm, NT_PRSTATUS, &n->prstatus[i], sizeof(*n->prstatus)))
			return false;
	return true;
}

/*
 * One NT_PRSTATUS per live thread of current's process, current's first
 * (GDB's thread 1): into n->prstatus, kmalloc'ed. false without memory.
 */
static bool fill_thread_status(struct core_notes *n, const struct kernel_siginfo *info)
{
	struct task_struct *t;
	int count = 0;

	for_each_thread(current, t)
		count += t->state != TASK_ZOMBIE;
	n->prstatus = kmalloc(count * sizeof(*n->prstatus));
	if (!n->prstatus)
		return false;
	fill_prstatus(&n->prstatus[0], current, info);
	n->nthreads = 1;
	for_each_thread(current, t)
		if (t != current && t->state != TASK_ZOMBIE && n->nthreads < count)
			fill_prstatus(&n->prstatus[n->nthreads++], t, info);
	return true;
}

static bool write_program_headers(struct coredump_params *cprm, struct mm_struct *mm,
				  size_t notes)
{
	Elf32_Phdr ph = { PT_NOTE, 0, 0, 0, notes, 0, 0, 4 };
	struct vm_area_struct *vma;
	loff_t data;

	ph.p_offset = sizeof(Elf32_Ehdr) + (mm->map_count + 1) * sizeof(Elf32_Phdr);
	data = PAGE_ALIGN(ph.p_offset + notes);
	if (!dump_emit(cprm, &ph, sizeof(ph)))
		return false;
	for (vma = mm->mmap; vma; vma = vma->vm_next) {
		ph = (Elf32_Phdr){ PT_LOAD, data, vma->vm_start, 0, vma_dump_size(vma),
				   vma->vm_end - vma->vm_start, 0, PAGE_SIZE };
		ph.p_flags = (vma->vm_flags & VM_READ ? PF_R : 0) |
			     (vma->vm_flags & VM_WRITE ? PF_W : 0) |
			     (vma->vm_flags & VM_EXEC ? PF_X : 0);
		if (!dump_emit(cprm, &ph, sizeof(ph)))
			return false;
		data += ph.p_filesz;
	}
	return true;
}

static bool write_vmas(struct coredump_params *cprm, struct mm_struct *mm)
{
	struct vm_area_struct *vma;

	for (vma = mm->mmap; vma; vma = vma->vm_next) {
		unsigned long end = vma->vm_start + vma_dump_size(vma), addr;

		for (addr = vma->vm_start; addr < end; addr += PAGE_SIZE)
			if (!dump_page(cprm, vma, addr))
				return false;
	}
	return true;
}

/*
 * The whole ELF core of current into cprm->file (Linux's elf_core_dump):
 * true once there was memory to start it, even if writing stopped early.
 */
static bool elf_core_dump(struct coredump_params *cprm, const struct kernel_siginfo *info)
{
	struct mm_struct *mm = current->mm;
	struct core_notes *n = kmalloc(sizeof(*n));
	Elf32_Ehdr eh;
	bool ok, dumped = false;

	if (!n)
		return false;
	n->prstatus = NULL;
	n->files = kmalloc(PAGE_SIZE);
	n->path = kmalloc(PATH_MAX);
	if (!n->files || !n->path || !fill_thread_status(n, info))
		goto out;
	dumped = true;	/* Linux's has_dumped: a dump cut short by the limit still counts */
	fill_psinfo(&n->psinfo);
	fill_siginfo(n->siginfo, info);
	n->files_len = fill_files_note(n->files, n->path, mm);
	fill_elf_header(&eh, mm->map_count + 1);
	ok = dump_emit(cprm, &eh, sizeof(eh)) && write_program_headers(cprm, mm, notes_size(n)) &&
	     write_notes(cprm, n) && dump_align(cprm, PAGE_SIZE) && write_vmas(cprm, mm);
	/* A hole at the end: write its last byte, so the file has its full size. */
	if (ok && cprm->skipped) {
		cprm->pos--;
		ok = dump_emit(cprm, cprm->zeros, 1);
	}
out:
	kfree(n->prstatus);
	kfree(n->path);
	kfree(n->files);
	kfree(n);
	return dumped;
}

/*
 * Open the core file by name: created 0600 (less the umask), or an
 * existing one emptied, but only a regular file of the dumping user with
 * one link (Linux's checks against a planted link). NULL if not.
 */
static struct file *open_core_file(const char *name)
{
	struct file *file;
	struct inode *inode;
	int err;

	file = filp_open(name, O_CREAT | O_WRONLY | O_NOFOLLOW | O_LARGEFILE, 0600, &err);
	if (!file)
		return NULL;
	inode = file->f_inode;
	if (!S_ISREG(inode->i_mode) || inode->i_nlink != 1 || inode->i_uid != current->fsuid ||
	    do_truncate(inode, 0)) {
		fput(file);
		return NULL;
	}
	return file;
}

/*
 * Dump the core of current, dying of the signal info describes, if
 * RLIMIT_CORE and core_pattern allow it. Called on the way to do_exit,
 * with the address space still whole. True if a complete core was
 * written: the wait status then has WCOREDUMP (0x80) set.
 */
bool do_coredump(const struct kernel_siginfo *info)
{
	struct coredump_params cprm = { .limit = rlimit(RLIMIT_CORE) };
	char *name;
	bool dumped = false;

	if (!current->mm || cprm.limit < PAGE_SIZE)
		return false;
	name = kmalloc(CORENAME_MAX_SIZE);
	cprm.zeros = kmalloc(PAGE_SIZE);
	if (!name || !cprm.zeros || !format_corename(name, CORENAME_MAX_SIZE, info->si_signo))
		goto out;
	memset(cprm.zeros, 0, PAGE_SIZE);
	cprm.file = open_core_file(name);
	if (cprm.file) {
		dumped = elf_core_dump(&cprm, info);
		fput(cprm.file);
	}
out:
	kfree(cprm.zeros);
	kfree(name);
	return dumped;
}
