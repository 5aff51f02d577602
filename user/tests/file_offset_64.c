/*
 * Offsets past 4 GiB in a file opened with O_LARGEFILE, reached with
 * _llseek: bytes written at 5 GiB + 100 read back there, and nowhere
 * else (not at 1 GiB + 100, the same offset cut to 32 bits); fstat64
 * reports the 64-bit size; mmap2 with a page offset past 4 GiB maps those bytes.
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <test.h>

#define FIVE_G (5ULL << 30)
#define NR_llseek 140	/* _llseek, i386 */

static long llseek(int fd, unsigned long long off, int whence, unsigned long long *res)
{
	return __syscall(NR_llseek, fd, (long)(off >> 32), (long)(unsigned long)off,
			 (long)res, whence, 0);
}

int main(void)
{
	unsigned long long pos = 0;
	struct stat64 st;
	char buf[8];
	char *m;
	int fd = open("off64-file", O_RDWR | O_CREAT | O_TRUNC | O_LARGEFILE, 0644);

	ASSERT_TRUE(fd >= 0, "create the file");
	EXPECT_EQ(llseek(fd, FIVE_G + 100, SEEK_SET, &pos), 0, "_llseek to 5 GiB + 100");
	EXPECT_EQ(pos, FIVE_G + 100, "the offset reached");
	EXPECT_EQ(write(fd, "hello", 5), 5, "write 5 bytes there");
	EXPECT_EQ(fstat64(fd, &st), 0, "fstat64");
	EXPECT_EQ(st.st_size, (long long)(FIVE_G + 105), "64-bit size");
	EXPECT_EQ(llseek(fd, FIVE_G + 100, SEEK_SET, &pos), 0, "_llseek back");
	memset(buf, 0, sizeof(buf));
	EXPECT_EQ(read(fd, buf, 8), 5, "read to the end");
	EXPECT_TRUE(memcmp(buf, "hello", 5) == 0, "the bytes written");
	EXPECT_EQ(llseek(fd, (1ULL << 30) + 100, SEEK_SET, &pos), 0, "_llseek to 1 GiB + 100");
	memset(buf, 'x', sizeof(buf));
	EXPECT_EQ(read(fd, buf, 5), 5, "read there");
	EXPECT_TRUE(memcmp(buf, "\0\0\0\0\0", 5) == 0, "a hole, not the bytes written at 5 GiB");
	m = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0);
	ASSERT_TRUE(m != MAP_FAILED, "map page 0");
	munmap(m, 4096);
	m = (char *)__syscall(__NR_mmap2, 0, 4096, PROT_READ, MAP_SHARED, fd, (long)(FIVE_G >> 12));
	EXPECT_TRUE((unsigned long)m < 0xfffff000UL, "mmap2 at page offset 5 GiB");
	if ((unsigned long)m < 0xfffff000UL) {
		EXPECT_TRUE(memcmp(m + 100, "hello", 5) == 0, "the mapping shows the bytes");
		EXPECT_EQ(m[99], 0, "and zeros before them");
		munmap(m, 4096);
	}
	EXPECT_EQ(ftruncate(fd, 0), 0, "truncate to 0");
	EXPECT_EQ(fstat64(fd, &st), 0, "fstat64 again");
	EXPECT_EQ(st.st_blocks, 0, "no blocks left");
	close(fd);
	unlink("off64-file");
	return test_done();
}
