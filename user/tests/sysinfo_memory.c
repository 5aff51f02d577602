/*
 * Linux guarantees: sysinfo (116) counts memory in units of mem_unit
 * bytes, with the same total as /proc/meminfo (totalram * mem_unit is
 * MemTotal kB), no more free than total, no more free swap than swap. The
 * unit is 1 - the sizes are bytes - whenever RAM plus swap in bytes fits
 * in an unsigned long, and the page size when it does not.
 */
#include "proc_fs_util.h"

int main(void)
{
	static char text[8192];
	struct sysinfo_i386 si;
	unsigned long long total, bytes, free_kb;

	EXPECT_EQ(sizeof(si), 64, "struct sysinfo is 64 bytes on i386");
	memset(&si, 0xff, sizeof(si));
	ASSERT_TRUE(get_sysinfo(&si) == 0, "sysinfo");
	ASSERT_TRUE(read_file("/proc/meminfo", text, sizeof(text)) > 0, "read /proc/meminfo");
	EXPECT_TRUE(si.mem_unit && !(si.mem_unit & (si.mem_unit - 1)), "mem_unit is a power of 2");
	total = (unsigned long long)si.totalram * si.mem_unit;
	EXPECT_EQ(total, proc_field(text, "MemTotal:") * 1024, "totalram is MemTotal");
	EXPECT_TRUE(si.freeram > 0 && si.freeram <= si.totalram, "0 < freeram <= totalram");
	free_kb = (unsigned long long)si.freeram * si.mem_unit / 1024;
	EXPECT_TRUE(free_kb + total / 16384 >= (unsigned long long)proc_field(text, "MemFree:") &&
		    free_kb <= proc_field(text, "MemFree:") + total / 16384,
		    "freeram is MemFree, give or take what changed in between");
	EXPECT_TRUE(si.freeswap <= si.totalswap, "freeswap <= totalswap");
	bytes = ((unsigned long long)si.totalram + si.totalswap) * si.mem_unit;
	if (bytes < (1ULL << 32))
		EXPECT_EQ(si.mem_unit, 1, "sizes in bytes when they fit in 32 bits");
	else
		EXPECT_EQ(si.mem_unit, 4096, "sizes in pages when bytes would overflow");
	EXPECT_EQ(si.totalhigh * si.mem_unit <= total, 1, "high memory is part of RAM");
	EXPECT_TRUE(si.procs >= 1, "at least this process");
	return test_done();
}
