/*
 * Helpers shared by the /proc and sysinfo tests (user/tests/proc_fs_*.c,
 * sysinfo_*.c): picking numbers and lines out of /proc text (read whole
 * with read_file), and the i386 struct sysinfo. Plain Linux, so the tests
 * run unchanged there.
 */
#ifndef PROC_FS_UTIL_H
#define PROC_FS_UTIL_H

#include <stdlib.h>
#include <sys/syscall.h>
#include <test.h>

/* struct sysinfo of the i386 ABI, as Linux's include/uapi/linux/sysinfo.h: 64 bytes. */
struct sysinfo_i386 {
	long uptime;			/* seconds since boot */
	unsigned long loads[3];		/* 1, 5 and 15 minute averages, 16 bits of fraction */
	unsigned long totalram, freeram, sharedram, bufferram;	/* in mem_unit */
	unsigned long totalswap, freeswap;
	unsigned short procs, pad;	/* tasks */
	unsigned long totalhigh, freehigh;
	unsigned int mem_unit;		/* bytes per unit */
	char _f[8];
};

/* sysinfo (116) into *si: 0, or -1 with errno. */
static inline int get_sysinfo(struct sysinfo_i386 *si)
{
	return syscall(__NR_sysinfo, si);
}

/*
 * The number after "label" (which includes its colon) at the start of a
 * line of text, blanks skipped; -1 if there is no such line.
 */
static inline long long proc_field(const char *text, const char *label)
{
	size_t n = strlen(label);
	const char *p = text;

	while (p && *p) {
		if (!strncmp(p, label, n))
			return strtoll(p + n, NULL, 10);
		p = strchr(p, '\n');
		if (p)
			p++;
	}
	return -1;
}

/* The line of text starting with "label", copied without its newline into line. */
static inline int proc_line(const char *text, const char *label, char *line, size_t size)
{
	size_t n = strlen(label), len;
	const char *p = text, *end;

	while (p && *p) {
		if (!strncmp(p, label, n)) {
			end = strchr(p, '\n');
			len = end ? (size_t)(end - p) : strlen(p);
			if (len >= size)
				len = size - 1;
			memcpy(line, p, len);
			line[len] = 0;
			return 0;
		}
		p = strchr(p, '\n');
		if (p)
			p++;
	}
	return -1;
}

#endif
