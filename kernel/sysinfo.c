/*
 * sysinfo (116): the machine in one structure - uptime, load averages,
 * memory and swap, the number of tasks. busybox's free and uptime read it
 * (as Linux 2.6's kernel/timer.c, later kernel/sys.c, do_sysinfo).
 *
 * Memory sizes are counted in units of mem_unit bytes. Linux works in
 * pages (mem_unit = PAGE_SIZE) and then, when the sum of RAM and swap
 * still fits in an unsigned long as a byte count, converts every size to
 * bytes and sets mem_unit to 1, so that old programs which ignore
 * mem_unit read bytes. With 4 GiB or more that does not fit on i386,
 * and the sizes stay in pages.
 */
#include <asm/page.h>
#include <asm/uaccess.h>
#include <kernel/sched.h>
#include <kernel/syscalls.h>
#include <kernel/time.h>
#include <lib/string.h>
#include <mm/page.h>
#include <uapi/errno.h>

#define SI_LOAD_SHIFT	16	/* loads[] have 16 bits of fraction */

/* struct sysinfo of the i386 ABI (Linux's include/uapi/linux/sysinfo.h): 64 bytes. */
struct sysinfo {
	long uptime;			/* seconds since boot, rounded up */
	unsigned long loads[3];		/* 1, 5, 15 minute load averages << SI_LOAD_SHIFT */
	unsigned long totalram;		/* usable RAM, in mem_unit */
	unsigned long freeram;		/* RAM in no use at all */
	unsigned long sharedram;	/* shmem/tmpfs pages: none here */
	unsigned long bufferram;	/* the block devices' page cache: none here */
	unsigned long totalswap;	/* swap space: none yet */
	unsigned long freeswap;
	u16 procs;			/* tasks in existence, zombies too */
	u16 pad;
	unsigned long totalhigh;	/* high memory: none, all RAM is direct-mapped */
	unsigned long freehigh;
	u32 mem_unit;			/* bytes in each unit of the sizes above */
	char _f[20 - 2 * sizeof(unsigned long) - sizeof(u32)];	/* libc5's padding */
};

/* Scale every size in info from mem_unit to bytes if the total allows (see above). */
static void sysinfo_to_bytes(struct sysinfo *info)
{
	unsigned long total = info->totalram + info->totalswap;
	int shift = 0;

	if (total < info->totalram || total < info->totalswap)
		return;		/* even the page counts overflow */
	while ((1UL << shift) < info->mem_unit) {
		if (total > (~0UL >> (shift + 1)))
			return;	/* the byte count would overflow */
		shift++;
	}
	info->mem_unit = 1;
	info->totalram <<= shift;
	info->freeram <<= shift;
	info->sharedram <<= shift;
	info->bufferram <<= shift;
	info->totalswap <<= shift;
	info->freeswap <<= shift;
	info->totalhigh <<= shift;
	info->freehigh <<= shift;
}

/*
 * Fill *info: the uptime in whole seconds (rounded up, as Linux), the
 * load averages, memory in mem_unit units, no swap, the number of tasks
 * (Linux's do_sysinfo).
 */
static void do_sysinfo(struct sysinfo *info)
{
	struct timespec64 up;

	memset(info, 0, sizeof(*info));
	ktime_get_ts64(&up);	/* no suspend: boot time is monotonic time */
	info->uptime = up.tv_sec + (up.tv_nsec ? 1 : 0);
	get_avenrun(info->loads, 0, SI_LOAD_SHIFT - FSHIFT);
	info->procs = nr_tasks;
	info->totalram = totalram_pages;
	info->freeram = nr_free_pages;
	info->mem_unit = PAGE_SIZE;
	sysinfo_to_bytes(info);
}

/* sysinfo(info): the structure above into info; 0 or -EFAULT. */
SYSCALL_DEFINE1(sysinfo, struct sysinfo __user *, info)
{
	struct sysinfo val;

	do_sysinfo(&val);
	return copy_to_user(info, &val, sizeof(val)) ? -EFAULT : 0;
}
