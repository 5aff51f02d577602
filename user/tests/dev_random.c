/*
 * getrandom (355) fills the buffer with random bytes and returns the
 * count; unknown flags and GRND_INSECURE together with GRND_RANDOM are
 * EINVAL; a bad buffer is EFAULT. /dev/urandom and /dev/random (1:9, 1:8)
 * read the same way. "Random" is checked loosely: two 64-byte draws
 * differ, and 64 KiB has about as many one bits as zero bits.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <test.h>

static int ones(const unsigned char *p, int n)
{
	int bits = 0, i;

	for (i = 0; i < n; i++)
		bits += __builtin_popcount(p[i]);
	return bits;
}

int main(void)
{
	static unsigned char big[65536];
	unsigned char a[64], b[64];
	struct stat st;
	int fd, bits;

	EXPECT_EQ(syscall(__NR_getrandom, a, sizeof(a), 0), 64, "getrandom 64 bytes");
	EXPECT_EQ(syscall(__NR_getrandom, b, sizeof(b), 1 /* GRND_NONBLOCK */), 64,
		  "GRND_NONBLOCK");
	EXPECT_TRUE(memcmp(a, b, sizeof(a)) != 0, "two draws differ");
	EXPECT_EQ(syscall(__NR_getrandom, b, 0, 0), 0, "zero bytes");
	EXPECT_EQ(syscall(__NR_getrandom, big, sizeof(big), 2 /* GRND_RANDOM */), 65536,
		  "GRND_RANDOM does not block");
	bits = ones(big, sizeof(big));
	EXPECT_TRUE(bits > 65536 * 4 - 4000 && bits < 65536 * 4 + 4000, "about half the bits set");
	EXPECT_ERRNO(syscall(__NR_getrandom, a, sizeof(a), 8), EINVAL, "unknown flag");
	EXPECT_ERRNO(syscall(__NR_getrandom, a, sizeof(a), 2 | 4), EINVAL,
		     "GRND_RANDOM with GRND_INSECURE");
	EXPECT_ERRNO(syscall(__NR_getrandom, (void *)8, 16, 0), EFAULT, "bad buffer");

	ASSERT_TRUE(stat("/dev/urandom", &st) == 0, "stat /dev/urandom");
	EXPECT_EQ(st.st_rdev, (1 << 8) | 9, "/dev/urandom is 1:9");
	ASSERT_TRUE(stat("/dev/random", &st) == 0, "stat /dev/random");
	EXPECT_EQ(st.st_rdev, (1 << 8) | 8, "/dev/random is 1:8");
	fd = open("/dev/urandom", O_RDWR);
	ASSERT_TRUE(fd >= 0, "open /dev/urandom");
	EXPECT_EQ(read(fd, a, sizeof(a)), 64, "read /dev/urandom");
	EXPECT_TRUE(memcmp(a, b, sizeof(a)) != 0, "differs again");
	EXPECT_EQ(write(fd, "seed", 4), 4, "writes are mixed in");
	close(fd);
	fd = open("/dev/random", O_RDONLY);
	ASSERT_TRUE(fd >= 0, "open /dev/random");
	EXPECT_EQ(read(fd, a, sizeof(a)), 64, "/dev/random does not block");
	close(fd);
	return test_done();
}
