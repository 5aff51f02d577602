/*
 * Helpers of the swap tests. A test turns swap on for itself when it can:
 * an area already listed in /proc/swaps is used as it is; otherwise the
 * first IDE disk, /dev/hda (in the guest, formatted by mkswap), is
 * swapped on and off again at the end. Without either (a host with no swap
 * or no such disk) the tests check what holds with or without swap: every
 * byte comes back.
 */
#ifndef SWAP_UTIL_H
#define SWAP_UTIL_H

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <test.h>
#include <unistd.h>

#define PAGE		4096UL
#define SWAP_DISK	"/dev/hda"

static inline long sys_swapon(const char *path, int flags)
{
	return syscall(__NR_swapon, path, flags);
}

static inline long sys_swapoff(const char *path)
{
	return syscall(__NR_swapoff, path);
}

/* The value of a "Name: value kB" line of /proc/meminfo, or -1. */
static inline long meminfo_kb(const char *name)
{
	static char buf[4096];
	int fd = open("/proc/meminfo", O_RDONLY);
	long n = fd < 0 ? -1 : read(fd, buf, sizeof(buf) - 1);
	char *p;

	if (fd >= 0)
		close(fd);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	p = strstr(buf, name);
	return p ? atol(p + strlen(name) + 1) : -1;
}

/* The value of a "name value" line of /proc/vmstat, or -1. */
static inline long vmstat_value(const char *name)
{
	static char buf[8192];
	int fd = open("/proc/vmstat", O_RDONLY);
	long n = fd < 0 ? -1 : read(fd, buf, sizeof(buf) - 1);
	char *p;

	if (fd >= 0)
		close(fd);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	for (p = strstr(buf, name); p; p = strstr(p + 1, name))
		if ((p == buf || p[-1] == '\n') && p[strlen(name)] == ' ')
			return atol(p + strlen(name) + 1);
	return -1;
}

/* 0: no swap; 1: swap was on already; 2: we turned SWAP_DISK on (swap_stop turns it off). */
static inline int swap_start(void)
{
	if (meminfo_kb("SwapTotal") > 0)
		return 1;
	return sys_swapon(SWAP_DISK, 0) == 0 ? 2 : 0;
}

static inline void swap_stop(int how)
{
	if (how == 2)
		EXPECT_EQ(sys_swapoff(SWAP_DISK), 0, "swapoff " SWAP_DISK);
}

/* The byte the tests store at offset i of their buffers. */
static inline unsigned char pattern(unsigned long i, unsigned int seed)
{
	return (unsigned char)((i >> 12) * 31 + (i & 0xfff) * 7 + seed);
}

static inline void fill(unsigned char *p, unsigned long len, unsigned int seed)
{
	unsigned long i;

	for (i = 0; i < len; i++)
		p[i] = pattern(i, seed);
}

/* The offset of the first wrong byte, or -1. */
static inline long check(const unsigned char *p, unsigned long len, unsigned int seed)
{
	unsigned long i;

	for (i = 0; i < len; i++)
		if (p[i] != pattern(i, seed))
			return (long)i;
	return -1;
}

/* Pages of [p, p + len) mincore reports resident. */
static inline unsigned long resident_pages(void *p, unsigned long len)
{
	static unsigned char vec[4096];
	unsigned long i, n = 0;

	if (mincore(p, len, vec))
		return ~0UL;
	for (i = 0; i < len / PAGE; i++)
		n += vec[i] & 1;
	return n;
}

#endif
