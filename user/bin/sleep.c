/* sleep SECONDS: waits that long (nanosleep). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc != 2) {
		dprintf(2, "usage: sleep SECONDS\n");
		return 1;
	}
	return sleep((unsigned int)atoi(argv[1])) ? 1 : 0;
}
