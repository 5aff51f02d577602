/*
 * vmstat: prints the kernel's memory counters, /proc/meminfo (free and
 * total memory) and /proc/vmstat (page faults and other events), whichever
 * exist.
 */
#include <stdio.h>

int main(void)
{
	static const char *const files[] = { "/proc/meminfo", "/proc/vmstat" };
	int i, shown = 0;

	for (i = 0; i < 2; i++) {
		printf("== %s\n", files[i]);
		if (print_file(files[i], 1) == 0)
			shown++;
		else
			printf("(not available)\n");
	}
	return shown ? 0 : 1;
}
