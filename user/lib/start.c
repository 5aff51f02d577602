/*
 * Process start-up (called from crt0.S) and the auxiliary vector.
 */
#include <elf.h>
#include <errno.h>
#include <stdlib.h>
#include <sys/auxv.h>
#include <unistd.h>

char **environ;
Elf32_auxv_t *__auxv;

int main(int argc, char **argv, char **envp);

/*
 * Splits the start-up stack at sp into argc, argv, envp and auxv, records
 * environ and __auxv, and exits with main's return value.
 */
__attribute__((noreturn, used)) void __libc_start_main(unsigned long *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	char **envp = argv + argc + 1;
	char **p = envp;

	while (*p)
		p++;
	environ = envp;
	__auxv = (Elf32_auxv_t *)(p + 1);
	exit(main(argc, argv, envp));
}

/* Looks type up in the auxiliary vector; 0 and ENOENT if it is absent. */
unsigned long getauxval(unsigned long type)
{
	Elf32_auxv_t *a;

	for (a = __auxv; a && a->a_type != AT_NULL; a++)
		if (a->a_type == type)
			return a->a_val;
	errno = ENOENT;
	return 0;
}
