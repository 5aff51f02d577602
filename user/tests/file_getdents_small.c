/*
 * getdents with a buffer too small for the next entry fails with EINVAL
 * and consumes nothing; a buffer that holds exactly one entry returns one
 * entry per call, and such calls walk the whole directory.
 */
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

int main(void)
{
	char buf[512];
	struct linux_dirent *d = (struct linux_dirent *)buf;
	int fd, n, i, total = 0, seen_dot = 0;
	char name[32];

	ASSERT_TRUE(mkdir("gds-dir", 0755) == 0, "mkdir");
	for (i = 0; i < 20; i++) {
		snprintf(name, sizeof(name), "gds-dir/entry%02d", i);
		n = open(name, O_WRONLY | O_CREAT, 0644);
		EXPECT_TRUE(n >= 0, "create an entry");
		close(n);
	}
	fd = open("gds-dir", O_RDONLY | O_DIRECTORY);
	ASSERT_TRUE(fd >= 0, "open the directory");
	EXPECT_ERRNO(getdents(fd, d, 1), EINVAL, "1-byte buffer");
	EXPECT_ERRNO(getdents(fd, d, 8), EINVAL, "8-byte buffer");
	/* "." needs 10 header bytes + 2 name bytes + d_type, rounded to 4: 16. */
	EXPECT_ERRNO(getdents(fd, d, 12), EINVAL, "12-byte buffer");
	for (;;) {
		n = getdents(fd, d, 24);
		if (n <= 0)
			break;
		EXPECT_EQ(n, d->d_reclen, "one entry per 24-byte call");
		if (strcmp(d->d_name, ".") == 0)
			seen_dot++;
		total++;
		if (total > 100)
			break;
	}
	EXPECT_EQ(n, 0, "end of directory");
	EXPECT_EQ(total, 22, "every entry returned once");
	EXPECT_EQ(seen_dot, 1, "\".\" returned once");
	close(fd);
	for (i = 0; i < 20; i++) {
		snprintf(name, sizeof(name), "gds-dir/entry%02d", i);
		unlink(name);
	}
	EXPECT_EQ(rmdir("gds-dir"), 0, "rmdir");
	return test_done();
}
