/*
 * Overcommit as Linux's __vm_enough_memory. In the heuristic mode 0 (the
 * default) a single private writable request larger than all RAM (and
 * swap) fails with ENOMEM, for mmap and for brk, while MAP_NORESERVE
 * asks for no charge and succeeds. In the strict mode 2 a request that
 * would take Committed_AS past CommitLimit fails, and one that fits
 * succeeds. Only what the address space can hold is asked for, so on a
 * host with more memory than a 32-bit process can map the sizes are
 * derived and the checks that cannot apply are skipped.
 */
#include <errno.h>
#include <sys/mman.h>
#include <test.h>
#include "mm_commit_meminfo.h"

#define MODE	"/proc/sys/vm/overcommit_memory"
#define MAX_ASK	(1UL << 30)		/* what a 32-bit process surely has free */

static void *map_rw(unsigned long len, int extra)
{
	return mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | extra, -1, 0);
}

/* Mode 0: more than MemTotal at once is refused, mmap and brk alike. */
static void heuristic(void)
{
	unsigned long total = (unsigned long)meminfo_kb("MemTotal:") << 10;
	unsigned long swap = (unsigned long)meminfo_kb("SwapTotal:") << 10;
	unsigned long ask = total + swap + (16UL << 20);
	void *brk0 = sbrk(0), *p;

	if (ask > MAX_ASK || ask < total)
		return;		/* more RAM than we can ask for: nothing to refuse */
	errno = 0;
	EXPECT_TRUE(map_rw(ask, 0) == MAP_FAILED && errno == ENOMEM,
		    "mode 0: a private writable mapping larger than RAM is ENOMEM");
	p = map_rw(ask, MAP_NORESERVE);
	EXPECT_TRUE(p != MAP_FAILED, "mode 0: the same with MAP_NORESERVE is allowed");
	if (p != MAP_FAILED)
		munmap(p, ask);
	EXPECT_TRUE(sbrk(ask) == (void *)-1 && sbrk(0) == brk0,
		    "mode 0: brk by more than RAM fails and leaves the break");
}

/* Mode 2: Committed_AS may not pass CommitLimit. */
static void strict(void)
{
	long limit = meminfo_kb("CommitLimit:"), committed = meminfo_kb("Committed_AS:");
	unsigned long room = limit > committed ? (unsigned long)(limit - committed) << 10 : 0;
	unsigned long over = room + (256UL << 20), fit = 4UL << 20;	/* a margin for others on a busy host */
	void *p;

	if (room > fit) {
		p = map_rw(fit, 0);
		EXPECT_TRUE(p != MAP_FAILED, "mode 2: a mapping within CommitLimit succeeds");
		if (p != MAP_FAILED)
			munmap(p, fit);
	}
	if (over > MAX_ASK)
		return;		/* the limit is beyond what we can ask for */
	errno = 0;
	EXPECT_TRUE(map_rw(over, 0) == MAP_FAILED && errno == ENOMEM,
		    "mode 2: a mapping past CommitLimit is ENOMEM");
	errno = 0;
	EXPECT_TRUE(map_rw(over, MAP_NORESERVE) == MAP_FAILED && errno == ENOMEM,
		    "mode 2: MAP_NORESERVE is charged too");
	p = mmap(NULL, over, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	EXPECT_TRUE(p != MAP_FAILED, "mode 2: a read-only mapping is not charged");
	if (p != MAP_FAILED) {
		errno = 0;
		EXPECT_TRUE(mprotect(p, over, PROT_READ | PROT_WRITE) == -1 && errno == ENOMEM,
			    "mode 2: making it writable is ENOMEM");
		munmap(p, over);
	}
}

int main(void)
{
	long mode = sysctl_read(MODE);

	ASSERT_TRUE(mode >= 0 && mode <= 2, "vm.overcommit_memory readable");
	if (mode == 0)
		heuristic();
	/* The strict mode only for the moment of the checks, then the old mode again. */
	if (sysctl_write(MODE, 2) == 0) {
		EXPECT_EQ(sysctl_read(MODE), 2, "vm.overcommit_memory set to 2");
		strict();
		EXPECT_EQ(sysctl_write(MODE, mode), 0, "vm.overcommit_memory restored");
	}
	errno = 0;
	EXPECT_TRUE(sysctl_write(MODE, 3) == -1, "vm.overcommit_memory 3 is refused");
	EXPECT_EQ(sysctl_read(MODE), mode, "the mode is what it was");
	return test_done();
}
