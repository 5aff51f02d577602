/* kill [-SIGNAL] PID...: sends SIGTERM (or the signal given by number). */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	int sig = SIGTERM, i = 1, status = 0;

	if (argc > 1 && argv[1][0] == '-') {
		sig = atoi(argv[1] + 1);
		i++;
	}
	if (i >= argc) {
		dprintf(2, "usage: kill [-SIGNAL] PID...\n");
		return 1;
	}
	for (; i < argc; i++)
		if (kill(atoi(argv[i]), sig) < 0) {
			dprintf(2, "kill: %s: %s\n", argv[i], strerror(errno));
			status = 1;
		}
	return status;
}
