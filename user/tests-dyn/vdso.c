/*
 * The vDSO, as Linux maps it: AT_SYSINFO_EHDR is an ELF shared object
 * in the [vdso] mapping, exporting __vdso_clock_gettime,
 * __vdso_clock_gettime64, __vdso_gettimeofday and __vdso_time (version
 * LINUX_2.6) and __kernel_vsyscall, which AT_SYSINFO names. Called
 * directly, they give the times the system calls give (read from [vvar]
 * without entering the kernel), an unknown clock is -EINVAL, and
 * __kernel_vsyscall makes a system call. [vvar] may not be made writable.
 */
#include "check.h"
#include "dyn_util.h"
#include <elf.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>

struct ts32 { int tv_sec; int tv_nsec; };

/* The address of a dynamic symbol of the vDSO at base, or NULL. */
static void *vdso_sym(unsigned long base, const char *name)
{
	const Elf32_Ehdr *eh = (const Elf32_Ehdr *)base;
	const Elf32_Phdr *ph = (const Elf32_Phdr *)(base + eh->e_phoff);
	const Elf32_Dyn *dyn = NULL;
	const Elf32_Sym *sym = NULL;
	const Elf32_Word *hash = NULL;
	const char *str = NULL;
	unsigned long bias = base;
	unsigned int i;

	for (i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type == PT_LOAD)
			bias = base + ph[i].p_offset - ph[i].p_vaddr;
		if (ph[i].p_type == PT_DYNAMIC)
			dyn = (const Elf32_Dyn *)(base + ph[i].p_offset);
	}
	for (; dyn && dyn->d_tag != DT_NULL; dyn++) {
		if (dyn->d_tag == DT_SYMTAB)
			sym = (const Elf32_Sym *)(bias + dyn->d_un.d_ptr);
		if (dyn->d_tag == DT_STRTAB)
			str = (const char *)(bias + dyn->d_un.d_ptr);
		if (dyn->d_tag == DT_HASH)
			hash = (const Elf32_Word *)(bias + dyn->d_un.d_ptr);
	}
	if (!sym || !str || !hash)
		return NULL;
	for (i = 0; i < hash[1]; i++)	/* nchain: the number of symbols */
		if (sym[i].st_shndx != SHN_UNDEF && !strcmp(str + sym[i].st_name, name))
			return (void *)(bias + sym[i].st_value);
	return NULL;
}

/* getpid (20) the way glibc calls the kernel: number in %eax, call AT_SYSINFO. */
static long vsyscall_getpid(void *entry)
{
	long ret;

	asm volatile("call *%1" : "=a"(ret) : "r"(entry), "0"(20L) : "memory", "cc");
	return ret;
}

static long long ns(long long sec, long long nsec)
{
	return sec * 1000000000LL + nsec;
}

int main(void)
{
	unsigned long base = getauxval(AT_SYSINFO_EHDR);
	int (*vgettime)(clockid_t, struct ts32 *);
	int (*vgettime64)(clockid_t, struct timespec *);
	int (*vgettimeofday)(struct timeval *, void *);
	long (*vtime)(long *);
	struct ts32 a, b, v;
	struct timespec t64;
	struct timeval tv;
	struct map_line vvar[2], vdso[2];
	long t;

	CHECK(base != 0, "AT_SYSINFO_EHDR is set");
	if (!base)
		return check_done();
	CHECK(maps_matching("[vdso]", vdso, 2) == 1 && vdso[0].start == base,
	      "AT_SYSINFO_EHDR is the start of [vdso]");
	CHECK(getauxval(AT_SYSINFO) == (unsigned long)vdso_sym(base, "__kernel_vsyscall"),
	      "AT_SYSINFO is __kernel_vsyscall");
	vgettime = vdso_sym(base, "__vdso_clock_gettime");
	vgettime64 = vdso_sym(base, "__vdso_clock_gettime64");
	vgettimeofday = vdso_sym(base, "__vdso_gettimeofday");
	vtime = vdso_sym(base, "__vdso_time");
	CHECK(vgettime && vgettime64 && vgettimeofday && vtime, "the four time calls are exported");
	if (!vgettime || !vgettime64 || !vgettimeofday || !vtime)
		return check_done();

	CHECK(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &a) == 0, "clock_gettime system call");
	CHECK(vgettime(CLOCK_MONOTONIC, &v) == 0, "__vdso_clock_gettime(CLOCK_MONOTONIC)");
	CHECK(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &b) == 0, "clock_gettime again");
	CHECK(ns(a.tv_sec, a.tv_nsec) <= ns(v.tv_sec, v.tv_nsec) &&
	      ns(v.tv_sec, v.tv_nsec) <= ns(b.tv_sec, b.tv_nsec),
	      "the vDSO's monotonic time lies between two system calls'");
	CHECK(vgettime64(CLOCK_REALTIME, &t64) == 0 && t64.tv_nsec >= 0 &&
	      t64.tv_nsec < 1000000000, "__vdso_clock_gettime64(CLOCK_REALTIME)");
	CHECK(vgettimeofday(&tv, NULL) == 0 && tv.tv_usec >= 0 && tv.tv_usec < 1000000 &&
	      tv.tv_sec - t64.tv_sec <= 1 && tv.tv_sec >= t64.tv_sec, "__vdso_gettimeofday");
	t = vtime(NULL);
	CHECK(t >= tv.tv_sec && t - tv.tv_sec <= 1, "__vdso_time agrees with gettimeofday");
	CHECK(vsyscall_getpid((void *)getauxval(AT_SYSINFO)) == getpid(),
	      "getpid through __kernel_vsyscall");
	CHECK(vgettime(12345, &v) == -EINVAL, "an unknown clock is -EINVAL");
	CHECK(maps_matching("[vvar]", vvar, 2) >= 1 &&
	      vvar[0].end <= base && !strcmp(vvar[0].perms, "r--p"), "[vvar] is below, read-only");
	errno = 0;
	CHECK(mprotect((void *)vvar[0].start, 4096, PROT_READ | PROT_WRITE) == -1 &&
	      errno == EACCES, "[vvar] cannot be made writable: EACCES");
	return check_done();
}
