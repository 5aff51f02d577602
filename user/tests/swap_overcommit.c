/*
 * More memory than the machine has: with swap, a process may touch more
 * anonymous memory than there is RAM, and every byte reads back as it was
 * written (reclaim sends the cold pages to swap, faults bring them back).
 * On a small machine with swap (layer 33 boots one: 56 MiB, of which the
 * ramdisk takes 41, so MemTotal is about 15 MiB, and 64 MiB of swap) the
 * process touches twice MemTotal; elsewhere 16 MiB, which any machine can
 * hold. Two processes then do the same at once with half each.
 */
#include <sys/wait.h>
#include <stdio.h>
#include "swap_util.h"

#define SMALL	(16UL << 20)

/* Touch len bytes with seed's pattern, then check them all: 0 if every byte held. */
static int churn(unsigned long len, unsigned int seed)
{
	unsigned char *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	long bad;

	if (p == MAP_FAILED)
		return 2;
	fill(p, len, seed);
	bad = check(p, len, seed);
	munmap(p, len);
	return bad == -1 ? 0 : 1;
}

int main(void)
{
	int swap = swap_start(), status[2], i;
	long total = meminfo_kb("MemTotal"), room = meminfo_kb("MemFree") + meminfo_kb("SwapFree");
	unsigned long len = SMALL;
	pid_t pid[2];

	long out = vmstat_value("pswpout"), in = vmstat_value("pswpin");

	if (swap && total <= 64 * 1024 && 2 * total + 4096 <= room)
		len = (unsigned long)(2 * total) << 10;
	EXPECT_EQ(churn(len, 11), 0, "one process: every byte reads back");
	if (len != SMALL) {
		printf("# %lu KiB touched with %ld KiB of RAM: %ld pages out to swap, %ld in\n",
		       len >> 10, total, vmstat_value("pswpout") - out, vmstat_value("pswpin") - in);
		EXPECT_TRUE(vmstat_value("pswpout") - out > (long)((len >> 12) - (total >> 2)),
			    "more pages went out to swap than fit in RAM");
	}
	for (i = 0; i < 2; i++) {
		pid[i] = fork();
		if (pid[i] == 0)
			_exit(churn(len / 2, 12 + i));
	}
	for (i = 0; i < 2; i++) {
		ASSERT_TRUE(pid[i] > 0, "fork");
		EXPECT_EQ(waitpid(pid[i], &status[i], 0), pid[i], "waitpid");
		EXPECT_EXITED(status[i], 0, "each of two processes at once: every byte reads back");
	}
	swap_stop(swap);
	return test_done();
}
