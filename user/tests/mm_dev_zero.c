/*
 * mmap of /dev/zero. MAP_PRIVATE is anonymous memory: zeros, copy on write
 * across fork (the child's store stays the child's), and /proc/self/maps
 * names /dev/zero. MAP_SHARED is shared memory: a fork child's store is
 * seen by the parent, and maps shows "/dev/zero (deleted)", the unnamed
 * tmpfs file behind it. Opened read-only, a shared mapping may not become
 * writable (mprotect: EACCES).
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <test.h>

static int maps_line_has(void *addr, const char *text)
{
	static char buf[65536];
	char want[32], *line;

	if (read_file("/proc/self/maps", buf, sizeof(buf) - 1) < 0)
		return 0;
	snprintf(want, sizeof(want), "%08lx-", (unsigned long)addr);
	line = strstr(buf, want);
	if (!line)
		return 0;
	*strchr(line, '\n') = '\0';
	return strstr(line, text) != NULL;
}

static void child_writes(char *p, const char *text)
{
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		strcpy(p, text);
		_exit(0);
	}
	waitpid(pid, &status, 0);
}

int main(void)
{
	int fd = open("/dev/zero", O_RDWR), ro = open("/dev/zero", O_RDONLY), i;
	char *priv, *shared, *rd;

	ASSERT_TRUE(fd >= 0 && ro >= 0, "open /dev/zero");
	priv = mmap(NULL, 2 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	ASSERT_TRUE(priv != MAP_FAILED, "MAP_PRIVATE of /dev/zero");
	for (i = 0; i < 2 * 4096 && !priv[i]; i++)
		;
	EXPECT_EQ(i, 2 * 4096, "it reads zeros");
	strcpy(priv, "parent");
	child_writes(priv, "child");
	EXPECT_STREQ(priv, "parent", "a private copy: the child's store stays its own");
	EXPECT_TRUE(maps_line_has(priv, " /dev/zero"), "maps names /dev/zero");

	shared = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	ASSERT_TRUE(shared != MAP_FAILED, "MAP_SHARED of /dev/zero");
	EXPECT_EQ(shared[100], 0, "zeros");
	child_writes(shared, "child");
	EXPECT_STREQ(shared, "child", "shared: the parent sees the child's store");
	EXPECT_TRUE(maps_line_has(shared, "/dev/zero (deleted)"), "maps: /dev/zero (deleted)");

	rd = mmap(NULL, 4096, PROT_READ, MAP_SHARED, ro, 0);
	ASSERT_TRUE(rd != MAP_FAILED, "MAP_SHARED of a read-only fd");
	EXPECT_ERRNO(mprotect(rd, 4096, PROT_READ | PROT_WRITE), EACCES, "may not become writable");
	return test_done();
}
