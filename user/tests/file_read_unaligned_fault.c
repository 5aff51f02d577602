/*
 * read() into a buffer that starts at any byte offset and runs into a page
 * the process may not touch returns a short count, or fails with EFAULT
 * when it copied nothing; the bytes it counts are the file's, and it
 * writes nothing outside the buffer. The buffer here ends N bytes before
 * a PROT_NONE page, for N of every remainder modulo 4, short and long.
 * Linux guarantees no more: x86-64 stops at the exact byte, but i386 Linux
 * 6.1 copies in 64-byte blocks and stops up to 63 bytes early (1022 bytes
 * before the page give 960), and fails a short unaligned copy altogether
 * (`make test-linux-ref` shows it). This kernel stops at the exact byte
 * (arch/x86/usercopy.c); the test holds it to Linux's promise.
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <test.h>

#define PAGE 4096

int main(void)
{
	static const int lens[] = { 1, 2, 3, 4, 5, 6, 7, 15, 16, 17, 101, 1022, 4093, 4095 };
	unsigned char *map = mmap(NULL, 3 * PAGE, PROT_READ | PROT_WRITE,
				  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char *bad = map + 2 * PAGE;
	unsigned int k;
	int fd, i;

	ASSERT_TRUE(map != MAP_FAILED, "mmap 3 pages");
	for (i = 0; i < 2 * PAGE; i++)
		map[i] = (unsigned char)(i * 13 + 5);
	fd = open("unaligned-file", O_RDWR | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(fd >= 0, "create the file");
	EXPECT_EQ(write(fd, map, 2 * PAGE), 2 * PAGE, "write the file");
	ASSERT_TRUE(mprotect(bad, PAGE, PROT_NONE) == 0, "mprotect page 2");
	for (k = 0; k < sizeof(lens) / sizeof(lens[0]); k++) {
		int n = lens[k], wrong = 0;
		unsigned char *buf = bad - n;
		ssize_t got;

		memset(map, 0, 2 * PAGE);
		/* File offset 3: the file side is unaligned too. */
		errno = 0;
		got = pread(fd, buf, 2 * PAGE, 3);
		EXPECT_TRUE((got == -1 && errno == EFAULT) || (got > 0 && got <= n),
			    "pread up to the PROT_NONE page: a prefix, or EFAULT");
		for (i = 0; i < got; i++)
			if (buf[i] != (unsigned char)((i + 3) * 13 + 5))
				wrong++;
		EXPECT_EQ(wrong, 0, "bytes read before the PROT_NONE page");
		EXPECT_EQ(buf[-1], 0, "the byte before the buffer is untouched");
	}
	close(fd);
	unlink("unaligned-file");
	return test_done();
}
