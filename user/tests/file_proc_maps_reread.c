/*
 * /proc/self/maps is not frozen when it is opened: after lseek back to
 * offset 0, a read shows the mappings as they are now (Linux's seq_file
 * starts over at offset 0), so a mapping made after the first read
 * appears, and one removed since disappears.
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <test.h>

static char text[65536];

/* Whether the maps text read from fd's start has a line starting at addr. */
static int has_line(int fd, void *addr)
{
	char want[16];
	long n = 0, r;

	memset(text, 0, sizeof(text));
	if (lseek(fd, 0, SEEK_SET) != 0)
		return -1;
	while ((r = read(fd, text + n, sizeof(text) - 1 - n)) > 0)
		n += r;
	snprintf(want, sizeof(want), "%08lx-", (unsigned long)addr);
	return strstr(text, want) != NULL;
}

int main(void)
{
	int fd = open("/proc/self/maps", O_RDONLY);
	void *m;

	ASSERT_TRUE(fd >= 0, "open /proc/self/maps");
	(void)has_line(fd, NULL);
	m = mmap(NULL, 3 * 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_TRUE(m != MAP_FAILED, "mmap after the first read");
	EXPECT_EQ(has_line(fd, m), 1, "the new mapping shows after lseek 0");
	munmap(m, 3 * 4096);
	EXPECT_EQ(has_line(fd, m), 0, "and is gone after munmap");
	close(fd);
	return test_done();
}
