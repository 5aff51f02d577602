/*
 * /proc/self/pagemap shows demand paging: of four fresh anonymous pages,
 * only the two touched are present (bit 63), each with a frame number
 * (root sees it) and mapped exclusively (bit 56); the untouched ones are
 * not present and not swapped (bit 62). After fork the parent's pages are
 * shared with the child (no longer exclusive) until the child exits. A
 * MAP_SHARED file page is a file page (bit 61). Reads must be whole
 * 8-byte entries at whole-entry offsets (EINVAL).
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <test.h>

#define PRESENT		(1ULL << 63)
#define SWAPPED		(1ULL << 62)
#define FILE_PAGE	(1ULL << 61)
#define EXCLUSIVE	(1ULL << 56)
#define PFN_MASK	((1ULL << 55) - 1)

static int pm;

static unsigned long long entry(void *addr)
{
	unsigned long long e = 0;

	if (pread(pm, &e, 8, (unsigned long)addr / 4096 * 8) != 8)
		return ~0ULL;
	return e;
}

int main(void)
{
	char *a = mmap(NULL, 4 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int fd, release[2];
	unsigned long long e;
	char *f, c;
	pid_t pid;

	pm = open("/proc/self/pagemap", O_RDONLY);
	ASSERT_TRUE(pm >= 0 && a != MAP_FAILED, "open pagemap, mmap");
	a[0] = 1;
	a[2 * 4096] = 1;
	e = entry(a);
	EXPECT_TRUE(e & PRESENT, "a touched page is present");
	EXPECT_TRUE((e & PFN_MASK) != 0, "with a frame number");
	EXPECT_TRUE(e & EXCLUSIVE, "mapped by us alone");
	EXPECT_TRUE(!(e & FILE_PAGE), "anonymous");
	EXPECT_TRUE(entry(a + 2 * 4096) & PRESENT, "the other touched page");
	EXPECT_TRUE((entry(a + 2 * 4096) & PFN_MASK) != (e & PFN_MASK), "in another frame");
	EXPECT_TRUE(!(entry(a + 4096) & (PRESENT | SWAPPED)), "an untouched page is not there");
	EXPECT_TRUE(!(entry(a + 3 * 4096) & (PRESENT | SWAPPED)), "nor the last one");

	ASSERT_TRUE(pipe(release) == 0, "pipe");
	pid = fork();
	if (pid == 0) {
		close(release[1]);
		read(release[0], &c, 1);
		_exit(0);
	}
	e = entry(a);
	EXPECT_TRUE((e & PRESENT) && !(e & EXCLUSIVE), "after fork the page is shared with the child");
	close(release[1]);
	waitpid(pid, NULL, 0);
	EXPECT_TRUE(entry(a) & EXCLUSIVE, "and ours alone once it exits");

	fd = open("pm.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(fd >= 0 && ftruncate(fd, 4096) == 0, "a file");
	f = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	ASSERT_TRUE(f != MAP_FAILED, "MAP_SHARED of it");
	f[0] = 'x';
	EXPECT_TRUE((entry(f) & (PRESENT | FILE_PAGE)) == (PRESENT | FILE_PAGE), "a file page");

	EXPECT_ERRNO(pread(pm, &e, 4, (unsigned long)a / 4096 * 8), EINVAL, "half an entry");
	EXPECT_ERRNO(pread(pm, &e, 8, (unsigned long)a / 4096 * 8 + 1), EINVAL, "an odd offset");
	return test_done();
}
