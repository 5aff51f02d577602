/* rm FILE...: removes files (unlink); rm -d DIR... removes empty directories. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int i = 1, dirs = 0, status = 0;

	if (argc > 1 && !strcmp(argv[1], "-d")) {
		dirs = 1;
		i++;
	}
	for (; i < argc; i++)
		if ((dirs ? rmdir(argv[i]) : unlink(argv[i])) < 0) {
			dprintf(2, "rm: %s: %s\n", argv[i], strerror(errno));
			status = 1;
		}
	return status;
}
