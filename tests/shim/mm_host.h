/*
 * Host shim for the mm unit tests: what mm/mmap.c, mprotect.c and
 * mremap.c call outside themselves (slab, page directories, the fault
 * side's page-table functions, files, current) replaced by small host
 * versions that record what they were asked to do.
 */
#ifndef TESTS_SHIM_MM_HOST_H
#define TESTS_SHIM_MM_HOST_H

#include <fs/fs.h>
#include <kernel/compiler.h>
#include <kernel/sched.h>
#include <mm/mm.h>

/*
 * The system calls of mm/ the tests call. SYSCALL_DEFINEn declares each one
 * only in its own .c file, so the prototypes are repeated here, exactly as
 * defined there.
 */
struct mmap_arg_struct;
long sys_mmap2(unsigned long addr, unsigned long len, unsigned long prot,
	       unsigned long flags, unsigned long fd, unsigned long pgoff);
long sys_old_mmap(struct mmap_arg_struct __user *arg);
long sys_munmap(unsigned long addr, size_t len);
long sys_brk(unsigned long brk);
long sys_mprotect(unsigned long start, size_t len, unsigned long prot);
long sys_mremap(unsigned long addr, unsigned long old_len, unsigned long new_len,
		unsigned long flags, unsigned long new_addr);

/* What the fake mm/memory.c functions saw since the last shim_reset(). */
struct shim_log {
	unsigned long zapped_pages;	/* pages passed to zap_page_range */
	unsigned long zap_calls;
	unsigned long free_pgtables_calls;
	unsigned long populate_pages;	/* pages passed to make_pages_present */
	unsigned long change_prot_pages;
	unsigned long moved_pages;
	unsigned long copy_calls;
	unsigned long last_zap_start, last_zap_end;
};
extern struct shim_log shim_log;
void shim_reset(void);

/* A task whose mm is a fresh mm_alloc(); becomes current. */
struct mm_struct *shim_new_mm(void);
/* Tear down current's mm (exit_mmap + free). */
void shim_free_mm(struct mm_struct *mm);

/* A fake file: f_mode FMODE_*, with_mmap = whether f_op->mmap exists. */
struct file *shim_file(unsigned int f_mode, bool with_mmap);
/* VMAs on file's i_mmap list. */
int shim_i_mmap_count(struct file *file);
/* Open files by fd for fget(): shim_fds[fd] (NULL = closed). */
extern struct file *shim_fds[16];

/* Test output helpers: "ok N - what" / "not ok N - what". */
extern int shim_tests, shim_failed;
#define CHECK(cond, ...) shim_check(!!(cond), #cond, __FILE__, __LINE__, __VA_ARGS__)
bool shim_check(bool ok, const char *expr, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
/* Same, comparing two numbers and printing both when they differ. */
#define CHECK_EQ(got, want, ...) \
	shim_check_eq((unsigned long)(got), (unsigned long)(want), __FILE__, __LINE__, __VA_ARGS__)
bool shim_check_eq(unsigned long got, unsigned long want, const char *file, int line,
		   const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* Exit status for main: 0 when nothing failed. */
int shim_done(void);

#endif
