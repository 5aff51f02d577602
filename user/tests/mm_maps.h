/*
 * Helpers for the mm_* tests: reading /proc/self/maps, whose lines are
 * "start-end perms offset dev inode [path]" in hex, lowest address first.
 */
#ifndef MM_MAPS_H
#define MM_MAPS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE 4096UL

struct maps_line {
	unsigned long start, end;
	char perms[5];
};

/*
 * The mappings overlapping [lo, hi) into out[] (at most max); returns how
 * many, or -1 if /proc/self/maps cannot be read.
 */
static inline int maps_in_range(unsigned long lo, unsigned long hi, struct maps_line *out, int max)
{
	static char buf[65536];
	char *p, *end;
	int n = 0;

	if (read_file("/proc/self/maps", buf, sizeof(buf)) < 0)
		return -1;
	for (p = buf; *p && n < max; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : p + strlen(p)) {
		unsigned long s = strtoul(p, &end, 16), e;

		if (*end != '-')
			continue;
		e = strtoul(end + 1, &end, 16);
		if (e <= lo || s >= hi)
			continue;
		out[n].start = s;
		out[n].end = e;
		memcpy(out[n].perms, end + 1, 4);
		out[n].perms[4] = 0;
		n++;
	}
	return n;
}

#endif
