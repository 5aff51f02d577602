/*
 * Linux guarantees: /proc/filesystems lists the filesystem types the
 * kernel has, one a line: "nodev\tNAME" for a type that needs no block
 * device (proc is one), "\tNAME" for one that does (ext2, our root).
 */
#include "proc_fs_util.h"

int main(void)
{
	static char text[4096];
	char *line, *next;
	int bad = 0;

	ASSERT_TRUE(read_file("/proc/filesystems", text, sizeof(text)) > 0, "read it");
	EXPECT_TRUE(strstr(text, "nodev\tproc\n") != NULL, "nodev\\tproc");
	EXPECT_TRUE(strstr(text, "\n\text2\n") != NULL || !strncmp(text, "\text2\n", 6), "\\text2");
	for (line = text; *line; line = next) {
		next = strchr(line, '\n');
		ASSERT_TRUE(next != NULL, "every line ends in a newline");
		*next++ = 0;
		if (strncmp(line, "nodev\t", 6) && line[0] != '\t')
			bad++;
	}
	EXPECT_EQ(bad, 0, "every line is \"nodev\\tNAME\" or \"\\tNAME\"");
	return test_done();
}
