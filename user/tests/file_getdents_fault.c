/*
 * getdents into a buffer that runs into a page the process may not write:
 * the entries that fit wholly before that page are returned (a positive
 * byte count), the rest stay unread, and the next call with a good buffer
 * continues exactly after them, so every entry is seen once. A buffer
 * that starts on the bad page gives EFAULT and consumes nothing.
 */
#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <test.h>

#define PAGE 4096
#define N 20

static int seen[N + 2];

static void note(const char *buf, int n)
{
	int off;

	for (off = 0; off < n; off += ((struct linux_dirent *)(buf + off))->d_reclen) {
		const char *name = ((struct linux_dirent *)(buf + off))->d_name;

		if (strcmp(name, ".") == 0)
			seen[N]++;
		else if (strcmp(name, "..") == 0)
			seen[N + 1]++;
		else if (strncmp(name, "entry", 5) == 0)
			seen[atoi(name + 5) % N]++;
	}
}

int main(void)
{
	static char good[8192];
	char name[32], *m;
	int fd, i, n, bad = 0;

	ASSERT_TRUE(mkdir("gdf-dir", 0755) == 0, "mkdir");
	for (i = 0; i < N; i++) {
		snprintf(name, sizeof(name), "gdf-dir/entry%02d", i);
		close(open(name, O_WRONLY | O_CREAT, 0644));
	}
	m = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_TRUE(m != MAP_FAILED, "mmap");
	mprotect(m + PAGE, PAGE, PROT_NONE);
	fd = open("gdf-dir", O_RDONLY | O_DIRECTORY);
	ASSERT_TRUE(fd >= 0, "open the directory");
	EXPECT_ERRNO(getdents(fd, (struct linux_dirent *)(m + PAGE), 1024), EFAULT,
		     "a buffer on the PROT_NONE page");
	n = getdents(fd, (struct linux_dirent *)(m + PAGE - 64), 1024);
	EXPECT_TRUE(n > 0 && n <= 64, "only entries before the PROT_NONE page");
	if (n > 0)
		note(m + PAGE - 64, n);
	while ((n = getdents(fd, (struct linux_dirent *)good, sizeof(good))) > 0)
		note(good, n);
	EXPECT_EQ(n, 0, "end of directory");
	for (i = 0; i < N + 2; i++)
		bad += seen[i] != 1;
	EXPECT_EQ(bad, 0, "entries not seen exactly once");
	close(fd);
	for (i = 0; i < N; i++) {
		snprintf(name, sizeof(name), "gdf-dir/entry%02d", i);
		unlink(name);
	}
	rmdir("gdf-dir");
	munmap(m, 2 * PAGE);
	return test_done();
}
