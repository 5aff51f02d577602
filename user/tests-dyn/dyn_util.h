/*
 * Helpers of the dynamically linked tests: the program's own path, and the
 * lines of /proc/self/maps that map a file whose path ends in a suffix.
 */
#ifndef DYN_UTIL_H
#define DYN_UTIL_H

#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* The path of the running program (/proc/self/exe) into buf. */
static inline void self_path(char *buf, size_t size)
{
	ssize_t n = readlink("/proc/self/exe", buf, size - 1);

	buf[n > 0 ? n : 0] = '\0';
}

/* A path next to the program's directory: DIR/../rel. */
static inline void beside_self(char *buf, size_t size, const char *rel)
{
	char self[512], *slash;

	self_path(self, sizeof(self));
	slash = strrchr(self, '/');
	if (slash)
		*slash = '\0';
	snprintf(buf, size, "%s/../%s", self, rel);
}

struct map_line {
	unsigned long start, end, offset;
	char perms[5];
	char path[256];
};

/*
 * The lines of /proc/self/maps whose path ends in suffix ("" for all),
 * in address order, into lines[max]; returns how many.
 */
static inline int maps_matching(const char *suffix, struct map_line *lines, int max)
{
	FILE *f = fopen("/proc/self/maps", "r");
	char buf[512];
	int n = 0;

	if (!f)
		return -1;
	while (fgets(buf, sizeof(buf), f) && n < max) {
		struct map_line *l = &lines[n];
		size_t plen, slen = strlen(suffix);

		memset(l, 0, sizeof(*l));
		if (sscanf(buf, "%lx-%lx %4s %lx %*s %*s %255s", &l->start, &l->end, l->perms,
			   &l->offset, l->path) < 4)
			continue;
		plen = strlen(l->path);
		if (plen >= slen && !strcmp(l->path + plen - slen, suffix))
			n++;
	}
	fclose(f);
	return n;
}

#endif
