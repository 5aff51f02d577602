/*
 * Commit accounting (Linux's vm_committed_as, /proc/meminfo's Committed_AS):
 * a private writable mapping is charged when it is made and given back
 * when it is unmapped; a read-only one, a MAP_NORESERVE one (outside the
 * strict mode) and a shared one are not charged; making a read-only
 * private mapping writable charges it. Committed_AS is system-wide, so a
 * few MiB of other processes' changes are tolerated.
 */
#include <sys/mman.h>
#include <test.h>
#include "mm_commit_meminfo.h"

#define LEN	(32UL << 20)
#define SLACK	(4UL << 10)	/* kB of others' noise tolerated */

/* How Committed_AS (kB) changes across op(arg), whose result goes to *out. */
static long commit_delta(void *(*op)(void *), void *arg, void **out)
{
	long before = meminfo_kb("Committed_AS:");

	*out = op(arg);
	return meminfo_kb("Committed_AS:") - before;
}

static void *map_with(void *flagsp)
{
	long *f = flagsp;

	return mmap(NULL, LEN, (int)f[0], MAP_PRIVATE | MAP_ANONYMOUS | (int)f[1], -1, 0);
}

static void *unmap(void *p)
{
	return (void *)(long)munmap(p, LEN);
}

static void *make_writable(void *p)
{
	return (void *)(long)mprotect(p, LEN, PROT_READ | PROT_WRITE);
}

static int near(long got_kb, long want_kb)
{
	return got_kb >= want_kb - (long)SLACK && got_kb <= want_kb + (long)SLACK;
}

int main(void)
{
	long rw[2] = { PROT_READ | PROT_WRITE, 0 }, ro[2] = { PROT_READ, 0 };
	long nores[2] = { PROT_READ | PROT_WRITE, MAP_NORESERVE };
	long d, mode = sysctl_read("/proc/sys/vm/overcommit_memory");
	void *p, *r;

	ASSERT_TRUE(meminfo_kb("Committed_AS:") >= 0 && meminfo_kb("CommitLimit:") > 0,
		    "meminfo has Committed_AS and CommitLimit");
	EXPECT_TRUE(mode >= 0 && mode <= 2, "vm.overcommit_memory is 0, 1 or 2");
	EXPECT_TRUE(sysctl_read("/proc/sys/vm/overcommit_ratio") >= 0, "vm.overcommit_ratio is a number");
	d = commit_delta(map_with, rw, &p);
	ASSERT_TRUE(p != MAP_FAILED, "a private writable mapping");
	EXPECT_TRUE(near(d, LEN >> 10), "it is charged to Committed_AS");
	d = commit_delta(unmap, p, &r);
	EXPECT_TRUE(near(d, -(long)(LEN >> 10)), "munmap gives the charge back");
	d = commit_delta(map_with, ro, &p);
	ASSERT_TRUE(p != MAP_FAILED, "a private read-only mapping");
	EXPECT_TRUE(near(d, 0), "it is not charged");
	d = commit_delta(make_writable, p, &r);
	EXPECT_TRUE(r == 0 && near(d, LEN >> 10), "mprotect to writable charges it");
	d = commit_delta(unmap, p, &r);
	EXPECT_TRUE(near(d, -(long)(LEN >> 10)), "and munmap gives that back");
	if (mode != 2) {
		d = commit_delta(map_with, nores, &p);
		ASSERT_TRUE(p != MAP_FAILED, "a MAP_NORESERVE mapping");
		EXPECT_TRUE(near(d, 0), "MAP_NORESERVE is not charged outside the strict mode");
		munmap(p, LEN);
	}
	return test_done();
}
