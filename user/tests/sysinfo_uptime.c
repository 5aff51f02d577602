/*
 * Linux guarantees: sysinfo's uptime is the time since boot in whole
 * seconds, rounded up: CLOCK_BOOTTIME read before and after the call
 * brackets it (before's seconds <= uptime <= after's seconds + 1), and it
 * grows with time.
 */
#include <time.h>
#include "proc_fs_util.h"

int main(void)
{
	struct timespec before, after;
	struct sysinfo_i386 si, later;

	ASSERT_TRUE(clock_gettime(CLOCK_BOOTTIME, &before) == 0, "CLOCK_BOOTTIME");
	ASSERT_TRUE(get_sysinfo(&si) == 0, "sysinfo");
	ASSERT_TRUE(clock_gettime(CLOCK_BOOTTIME, &after) == 0, "CLOCK_BOOTTIME");
	EXPECT_TRUE(si.uptime >= before.tv_sec, "uptime is not less than the boot clock");
	EXPECT_TRUE(si.uptime <= after.tv_sec + 1, "uptime is the boot clock rounded up");
	EXPECT_TRUE(si.uptime > 0, "some time has passed since boot");
	sleep(1);
	ASSERT_TRUE(get_sysinfo(&later) == 0, "sysinfo again");
	EXPECT_TRUE(later.uptime >= si.uptime + 1 && later.uptime <= si.uptime + 2,
		    "a second later, uptime is one more");
	return test_done();
}
