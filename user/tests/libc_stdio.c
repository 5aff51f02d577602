/*
 * The stdio subset: fgets reads one line at a time (stopping after the
 * newline, truncating to the buffer, NULL at end of file), fputs/fprintf/
 * puts write through at once, and readdir lists the files of a directory.
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <test.h>

int main(void)
{
	FILE f = { 0, 0, 0 };
	char line[8];
	DIR *d;
	struct dirent *e;
	int fd = open("stdio-file", O_RDWR | O_CREAT | O_TRUNC, 0644), seen = 0;

	ASSERT_TRUE(fd >= 0, "create a file");
	f.fd = fd;
	EXPECT_EQ(fputs("first\n", &f), 0, "fputs");
	EXPECT_EQ(fprintf(&f, "%s-%d\n", "longer line", 2), 14, "fprintf");
	EXPECT_EQ(lseek(fd, 0, SEEK_END), 20, "written through at once");
	lseek(fd, 0, SEEK_SET);

	EXPECT_STREQ(fgets(line, sizeof(line), &f), "first\n", "first line");
	EXPECT_STREQ(fgets(line, sizeof(line), &f), "longer ", "truncated to the buffer");
	EXPECT_STREQ(fgets(line, sizeof(line), &f), "line-2\n", "rest of the line");
	EXPECT_TRUE(fgets(line, sizeof(line), &f) == NULL, "NULL at end of file");
	EXPECT_TRUE(feof(&f), "feof");
	close(fd);

	d = opendir(".");
	ASSERT_TRUE(d != NULL, "opendir");
	while ((e = readdir(d)))
		if (!strcmp(e->d_name, "stdio-file")) {
			seen++;
			EXPECT_EQ(e->d_type, DT_REG, "d_type of a regular file");
		}
	closedir(d);
	EXPECT_EQ(seen, 1, "readdir lists the file once");
	unlink("stdio-file");
	return test_done();
}
