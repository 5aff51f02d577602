/* Helpers for the commit tests: /proc/meminfo fields and /proc/sys integers. */
#ifndef MM_COMMIT_MEMINFO_H
#define MM_COMMIT_MEMINFO_H

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The "Label:  N kB" value of /proc/meminfo in kB, or -1. */
static inline long meminfo_kb(const char *label)
{
	static char buf[8192];
	long n = read_file("/proc/meminfo", buf, sizeof(buf) - 1);
	char *p;

	if (n <= 0)
		return -1;
	buf[n] = '\0';
	p = strstr(buf, label);
	return p ? strtol(p + strlen(label), NULL, 10) : -1;
}

/* The number in a /proc/sys file, or -1. */
static inline long sysctl_read(const char *path)
{
	char buf[32];
	long n = read_file(path, buf, sizeof(buf) - 1);

	if (n <= 0)
		return -1;
	buf[n] = '\0';
	return strtol(buf, NULL, 10);
}

/* Write a number to a /proc/sys file; 0 or -1. */
static inline int sysctl_write(const char *path, long val)
{
	char buf[32];
	int fd = open(path, O_WRONLY), len, ok;

	if (fd < 0)
		return -1;
	len = snprintf(buf, sizeof(buf), "%ld\n", val);
	ok = write(fd, buf, len) == len;
	close(fd);
	return ok ? 0 : -1;
}

#endif
