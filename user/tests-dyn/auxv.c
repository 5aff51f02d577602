/*
 * The auxiliary vector a dynamically linked program gets, as Linux builds
 * it: AT_PAGESZ, AT_CLKTCK (sysconf's values), AT_BASE the address where
 * the loader (ld-linux.so.2) is mapped, AT_ENTRY the program's _start,
 * AT_EXECFN the path given to execve, AT_PLATFORM "i686", AT_RANDOM 16
 * bytes, the process's ids, AT_SECURE 0, AT_HWCAP the CPU's features
 * (FPU at least), and AT_SYSINFO_EHDR an ELF header (the vDSO).
 */
#include "check.h"
#include "dyn_util.h"
#include <elf.h>
#include <sys/auxv.h>

extern void _start(void);

int main(int argc, char **argv)
{
	struct map_line ld[8];
	int n = maps_matching("/ld-linux.so.2", ld, 8);
	const Elf32_Ehdr *vdso = (const Elf32_Ehdr *)getauxval(AT_SYSINFO_EHDR);
	const unsigned char *rnd = (const unsigned char *)getauxval(AT_RANDOM);

	CHECK(getauxval(AT_PAGESZ) == (unsigned long)sysconf(_SC_PAGESIZE), "AT_PAGESZ");
	CHECK(getauxval(AT_CLKTCK) == (unsigned long)sysconf(_SC_CLK_TCK), "AT_CLKTCK");
	CHECK(n >= 3, "ld-linux.so.2 is mapped");
	CHECK(n > 0 && getauxval(AT_BASE) == ld[0].start && ld[0].offset == 0,
	      "AT_BASE is where the loader's first page is mapped");
	CHECK(getauxval(AT_ENTRY) == (unsigned long)_start, "AT_ENTRY is _start");
	CHECK(getauxval(AT_EXECFN) && !strcmp((char *)getauxval(AT_EXECFN), argv[0]),
	      "AT_EXECFN is the path execve got");
	CHECK(getauxval(AT_PLATFORM) && !strcmp((char *)getauxval(AT_PLATFORM), "i686"),
	      "AT_PLATFORM is i686");
	CHECK(rnd && (rnd[0] | rnd[1] | rnd[2] | rnd[3] | rnd[4] | rnd[5] | rnd[6] | rnd[7]),
	      "AT_RANDOM points at random bytes");
	CHECK(getauxval(AT_UID) == getuid() && getauxval(AT_EUID) == geteuid() &&
	      getauxval(AT_GID) == getgid() && getauxval(AT_EGID) == getegid(), "the ids");
	CHECK(getauxval(AT_SECURE) == 0, "AT_SECURE 0");
	CHECK(getauxval(AT_HWCAP) & 1, "AT_HWCAP has the FPU bit");
	CHECK(vdso && !memcmp(vdso->e_ident, ELFMAG, SELFMAG) && vdso->e_type == ET_DYN,
	      "AT_SYSINFO_EHDR is the vDSO's ELF header");
	return check_done();
}
