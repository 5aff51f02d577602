/*
 * Linux guarantees: /proc/mounts is a symbolic link to self/mounts, which
 * lists the mounted filesystems a line each, "device mountpoint type
 * options 0 0", the options starting with "rw" or "ro": one line for the
 * root "/" and one "proc /proc proc". Each mount point's st_dev differs
 * from the others' (how df and mount tell which filesystem a path is on).
 */
#include <sys/stat.h>
#include "proc_fs_util.h"

/* Split line at blanks into at most max fields; how many there were. */
static int split(char *line, char **f, int max)
{
	int n = 0;

	while (*line && n < max) {
		f[n++] = line;
		line = strchr(line, ' ');
		if (!line)
			break;
		*line++ = 0;
	}
	return n;
}

int main(void)
{
	static char text[16384], again[16384];
	char link[32], *line, *next, *f[7];
	int root = 0, proc = 0, bad = 0;
	struct stat64 st_root, st_proc;
	ssize_t n;

	n = readlink("/proc/mounts", link, sizeof(link) - 1);
	ASSERT_TRUE(n > 0, "/proc/mounts is a symbolic link");
	link[n] = 0;
	EXPECT_STREQ(link, "self/mounts", "to self/mounts");
	ASSERT_TRUE(read_file("/proc/mounts", text, sizeof(text)) > 0, "read /proc/mounts");
	ASSERT_TRUE(read_file("/proc/self/mounts", again, sizeof(again)) > 0, "read self/mounts");
	EXPECT_STREQ(again, text, "the same text");
	for (line = text; *line; line = next) {
		next = strchr(line, '\n');
		ASSERT_TRUE(next != NULL, "every line ends in a newline");
		*next++ = 0;
		if (split(line, f, 7) != 6 || strcmp(f[4], "0") || strcmp(f[5], "0") ||
		    (strncmp(f[3], "rw", 2) && strncmp(f[3], "ro", 2))) {
			bad++;
			continue;
		}
		root += !strcmp(f[1], "/");
		proc += !strcmp(f[0], "proc") && !strcmp(f[1], "/proc") && !strcmp(f[2], "proc");
	}
	EXPECT_EQ(bad, 0, "every line is \"dev dir type rw|ro... 0 0\"");
	EXPECT_TRUE(root >= 1, "the root is mounted");
	EXPECT_TRUE(proc >= 1, "proc is mounted on /proc");
	ASSERT_TRUE(stat64("/", &st_root) == 0 && stat64("/proc", &st_proc) == 0, "stat / and /proc");
	EXPECT_NE(st_root.st_dev, st_proc.st_dev, "/ and /proc are different filesystems");
	return test_done();
}
