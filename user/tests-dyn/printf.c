/*
 * A program built the default way (a PIE with PT_INTERP /lib/ld-linux.so.2)
 * runs: the kernel maps it and its loader, the loader maps libc.so.6 and
 * relocates everything, and stdio works. Linux passes the loader's base in
 * AT_BASE and the program's own entry in AT_ENTRY; the program is ET_DYN,
 * so the address of main is not the link-time one.
 */
#include "check.h"
#include <elf.h>
#include <stdlib.h>
#include <sys/auxv.h>

extern void _start(void);

int main(void)
{
	char buf[64];
	int n = snprintf(buf, sizeof(buf), "%s %d %.2f", "printf", 42, 2.5);

	CHECK(n == 14 && !strcmp(buf, "printf 42 2.50"), "snprintf formats through libc.so.6");
	CHECK(getauxval(AT_BASE) != 0, "AT_BASE: the loader's base is set");
	CHECK(getauxval(AT_ENTRY) == (unsigned long)_start, "AT_ENTRY is the program's _start");
	CHECK(((const Elf32_Phdr *)getauxval(AT_PHDR))->p_type == PT_PHDR &&
	      getauxval(AT_PHNUM) > 2, "AT_PHDR points at the program headers, PT_PHDR first");
	CHECK(printf("hello from a dynamically linked program\n") > 0, "printf");
	return check_done();
}
