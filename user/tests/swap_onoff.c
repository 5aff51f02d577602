/*
 * swapon and swapoff's contract (Linux's errors). A path that does not
 * exist is ENOENT; a regular file without a swap signature is EINVAL. On
 * a machine with the swap disk: swapon adds it to /proc/swaps as a
 * "partition" and to SwapTotal, a second swapon of it is EBUSY, swapoff
 * takes it away, and swapoff of what is not swap is EINVAL.
 */
#include "swap_util.h"

int main(void)
{
	static char buf[4096];
	int fd;
	long n, total;

	EXPECT_ERRNO(sys_swapon("/nonexistent-swap", 0), ENOENT, "swapon of a missing path");
	fd = open("swap_onoff.tmp", O_RDWR | O_CREAT | O_TRUNC, 0600);
	ASSERT_TRUE(fd >= 0, "create a file");
	memset(buf, 0, sizeof(buf));
	EXPECT_EQ(write(fd, buf, sizeof(buf)), (long)sizeof(buf), "write a page of zeros");
	close(fd);
	EXPECT_ERRNO(sys_swapon("swap_onoff.tmp", 0), EINVAL, "swapon of a file with no swap header");
	EXPECT_ERRNO(sys_swapoff("swap_onoff.tmp"), EINVAL, "swapoff of what is not swap");
	unlink("swap_onoff.tmp");
	if (meminfo_kb("SwapTotal") != 0 || access(SWAP_DISK, F_OK))
		return test_done();	/* swap in use already, or no disk: nothing more to try */
	EXPECT_EQ(sys_swapon(SWAP_DISK, 0), 0, "swapon " SWAP_DISK);
	total = meminfo_kb("SwapTotal");
	EXPECT_TRUE(total > 0 && meminfo_kb("SwapFree") == total, "SwapTotal > 0 and all of it free");
	fd = open("/proc/swaps", O_RDONLY);
	n = fd < 0 ? -1 : read(fd, buf, sizeof(buf) - 1);
	buf[n > 0 ? n : 0] = '\0';
	close(fd);
	EXPECT_TRUE(strstr(buf, "Filename") == buf, "/proc/swaps starts with its header");
	EXPECT_TRUE(strstr(buf, SWAP_DISK) && strstr(buf, "partition"), "/proc/swaps lists the disk");
	EXPECT_ERRNO(sys_swapon(SWAP_DISK, 0), EBUSY, "second swapon of the same disk");
	EXPECT_EQ(sys_swapoff(SWAP_DISK), 0, "swapoff");
	EXPECT_EQ(meminfo_kb("SwapTotal"), 0, "SwapTotal after swapoff");
	EXPECT_ERRNO(sys_swapoff(SWAP_DISK), EINVAL, "swapoff of a disk not swapped on");
	return test_done();
}
