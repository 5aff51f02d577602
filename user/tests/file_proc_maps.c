/*
 * Linux guarantees: /proc/self/maps has one line per mapping,
 *   start-end perms offset major:minor inode
 * with %08lx addresses, the file offset in 8 hex digits and the device in
 * 2 hex digits each, then, for a named mapping, spaces up to column 73 and
 * the path (or [heap] for the brk area, [stack] for the main stack).
 */
#include <fcntl.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <test.h>

static char maps[16384];

/* The line of maps starting with prefix, copied into line; 0 if none. */
static int find_line(const char *prefix, char *line, size_t size)
{
	char *p = maps;

	while (p && *p) {
		char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);

		if (!strncmp(p, prefix, strlen(prefix)) && len < size) {
			memcpy(line, p, len);
			line[len] = 0;
			return 1;
		}
		p = nl ? nl + 1 : NULL;
	}
	return 0;
}

static int has_name(const char *name)
{
	const char *p = strstr(maps, name);

	return p && p[-1] == ' ' && (p[strlen(name)] == '\n' || !p[strlen(name)]);
}

int main(void)
{
	static char page[8192];
	char path[600], line[700], want[700], prefix[32];
	struct stat st;
	int fd, n, len = 0, col;
	char *map;

	memset(page, 'm', sizeof(page));
	fd = open("maps-file", O_RDWR | O_CREAT | O_TRUNC, 0644);
	ASSERT_TRUE(fd >= 0, "open");
	ASSERT_TRUE(write(fd, page, sizeof(page)) == sizeof(page), "write");
	map = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 4096);
	ASSERT_TRUE(map != MAP_FAILED, "mmap");
	fstat(fd, &st);
	sbrk(8192);	/* make the heap non-empty */
	ASSERT_TRUE(getcwd(path, 512) != NULL, "getcwd");
	strcat(path, strcmp(path, "/") ? "/maps-file" : "maps-file");
	fd = open("/proc/self/maps", O_RDONLY);
	ASSERT_TRUE(fd >= 0, "open /proc/self/maps");
	while ((n = read(fd, maps + len, sizeof(maps) - 1 - len)) > 0)
		len += n;
	close(fd);
	snprintf(prefix, sizeof(prefix), "%08lx-", (unsigned long)map);
	ASSERT_TRUE(find_line(prefix, line, sizeof(line)), "a line for the mapping");
	col = snprintf(want, sizeof(want), "%08lx-%08lx r--p %08x %02x:%02x %lu ",
		       (unsigned long)map, (unsigned long)map + 4096, 4096,
		       (unsigned int)((st.st_dev >> 8) & 0xfff),
		       (unsigned int)((st.st_dev & 0xff) | ((st.st_dev >> 12) & 0xfff00)),
		       (unsigned long)st.st_ino);
	while (col < 73)
		want[col++] = ' ';
	snprintf(want + col, sizeof(want) - col, "%s", path);
	EXPECT_STREQ(line, want, "the file mapping's line");
	EXPECT_TRUE(has_name("[heap]"), "[heap] is named");
	EXPECT_TRUE(has_name("[stack]"), "[stack] is named");
	munmap(map, 4096);
	unlink("maps-file");
	return test_done();
}
