/*
 * A name of exactly 255 bytes (NAME_MAX) is a valid file name: it can be
 * created, found by stat, listed whole by getdents and removed; 256 bytes
 * is ENAMETOOLONG. A directory that grew past one block by many entries
 * can be emptied and removed.
 */
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

static char name[300];

static int listed(const char *dir, const char *want)
{
	static char buf[8192];
	int fd = open(dir, O_RDONLY | O_DIRECTORY), n, off, found = 0;

	if (fd < 0)
		return -1;
	while ((n = getdents(fd, (struct linux_dirent *)buf, sizeof(buf))) > 0) {
		for (off = 0; off < n; off += ((struct linux_dirent *)(buf + off))->d_reclen)
			found += strcmp(((struct linux_dirent *)(buf + off))->d_name, want) == 0;
	}
	close(fd);
	return found;
}

int main(void)
{
	char path[600], small[32];
	struct stat st;
	int fd, i;

	ASSERT_TRUE(mkdir("nm-dir", 0755) == 0, "mkdir");
	memset(name, 'n', 255);
	snprintf(path, sizeof(path), "nm-dir/%s", name);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
	EXPECT_TRUE(fd >= 0, "create a 255-byte name");
	close(fd);
	EXPECT_EQ(stat(path, &st), 0, "stat it");
	EXPECT_EQ(listed("nm-dir", name), 1, "getdents lists the whole name");
	strcat(path, "x");
	EXPECT_ERRNO(open(path, O_WRONLY | O_CREAT, 0644), ENAMETOOLONG, "a 256-byte name");
	for (i = 0; i < 60; i++) {
		snprintf(small, sizeof(small), "nm-dir/f%03d-%s", i, "padding-padding-pad");
		fd = open(small, O_WRONLY | O_CREAT, 0644);
		EXPECT_TRUE(fd >= 0, "create a small entry");
		close(fd);
	}
	EXPECT_EQ(listed("nm-dir", name), 1, "the long name is still listed");
	EXPECT_ERRNO(rmdir("nm-dir"), ENOTEMPTY, "rmdir while full");
	for (i = 0; i < 60; i++) {
		snprintf(small, sizeof(small), "nm-dir/f%03d-%s", i, "padding-padding-pad");
		EXPECT_EQ(unlink(small), 0, "unlink a small entry");
	}
	EXPECT_ERRNO(rmdir("nm-dir"), ENOTEMPTY, "rmdir with the long name left");
	path[strlen(path) - 1] = 0;
	EXPECT_EQ(unlink(path), 0, "unlink the long name");
	EXPECT_EQ(rmdir("nm-dir"), 0, "rmdir of the emptied directory");
	return test_done();
}
