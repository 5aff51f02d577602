/*
 * maps [PID]: prints /proc/PID/maps, the memory regions of that process in
 * Linux's format (start-end perms offset dev inode path). Without PID, the
 * regions of maps itself (/proc/self/maps).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
	const char *pid = argc > 1 ? argv[1] : "self";
	char path[64];

	snprintf(path, sizeof(path), "/proc/%s/maps", pid);
	if (print_file(path, 1) < 0) {
		dprintf(2, "maps: %s: %s\n", path, strerror(errno));
		return 1;
	}
	return 0;
}
