/*
 * syslog(2) reads the kernel log buffer (what dmesg prints): type 10 gives
 * the ring's size, type 3 copies the newest bytes without consuming them,
 * each line starting with its "<level>". A NULL buffer or a negative length
 * is EINVAL, an unknown type EINVAL, a buffer outside the address space
 * EFAULT, a zero length reads nothing, and no read goes past len.
 */
#include <test.h>

#define __NR_syslog_call 103

static long klog(int type, char *buf, long len)
{
	return syscall(__NR_syslog_call, type, buf, len);
}

static char buf[1 << 16];

int main(void)
{
	long size = klog(10, 0, 0), n, i;
	int lines = 0, bad = 0;

	EXPECT_TRUE(size >= 4096 && (size & (size - 1)) == 0, "SIZE_BUFFER is a power of two");
	n = klog(3, buf, sizeof(buf));
	EXPECT_TRUE(n > 0 && n <= size, "READ_ALL returns part of the ring");
	/* Every line after the first newline (an old one may be cut) has a level. */
	for (i = 0; i < n - 1; i++)
		if (buf[i] == '\n') {
			lines++;
			if (!(buf[i + 1] == '<' && buf[i + 2] >= '0' && buf[i + 2] <= '7' && buf[i + 3] == '>'))
				bad++;
		}
	EXPECT_TRUE(lines > 0, "the log has whole lines");
	EXPECT_EQ(bad, 0, "each line starts with <level>");
	EXPECT_EQ(klog(3, buf, sizeof(buf)), n, "READ_ALL does not consume");
	EXPECT_EQ(klog(3, buf, 0), 0, "a zero length reads nothing");
	/* Linux 3.5 and later copy whole records only, 2.6 bytes: at most len either way. */
	n = klog(3, buf, 5);
	EXPECT_TRUE(n >= 0 && n <= 5, "READ_ALL stops at len");
	EXPECT_ERRNO(klog(3, 0, 16), EINVAL, "NULL buffer");
	EXPECT_ERRNO(klog(3, buf, -1), EINVAL, "negative length");
	EXPECT_ERRNO(klog(3, (char *)16, sizeof(buf)), EFAULT, "buffer outside the address space");
	EXPECT_ERRNO(klog(99, buf, 16), EINVAL, "unknown action");
	EXPECT_TRUE(klog(9, 0, 0) >= 0, "SIZE_UNREAD is a count");
	return test_done();
}
