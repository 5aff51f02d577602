/*
 * Linux guarantees: rename moves a file to a new name, in the same
 * directory or another, keeping its inode and data; an existing file at
 * the new name is replaced, atomically, and lives on only through fds
 * still open on it. Two names of one file (hard links) make rename a
 * successful no-op. A missing source is ENOENT, a file over a directory
 * EISDIR, a trailing '/' on a file ENOTDIR, "." or ".." EBUSY, another
 * filesystem EXDEV. renameat walks each path from its dirfd.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <test.h>

static void make(const char *name, const char *data)
{
	int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	ASSERT_TRUE(fd >= 0, "create");
	ASSERT_TRUE(write(fd, data, strlen(data)) == (ssize_t)strlen(data), "write");
	close(fd);
}

/* The first bytes of a file, or "(error)". */
static const char *contents(const char *path)
{
	static char buf[32];
	int fd = open(path, O_RDONLY);
	ssize_t n;

	if (fd < 0)
		return "(error)";
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	buf[n > 0 ? n : 0] = 0;
	return buf;
}

int main(void)
{
	struct stat64 st, before;
	char buf[16] = { 0 };
	int fd, d1, d2;

	make("rn-a", "alpha");
	EXPECT_EQ(stat64("rn-a", &before), 0, "stat a");
	EXPECT_EQ(rename("rn-a", "rn-b"), 0, "rename a to b");
	EXPECT_ERRNO(stat64("rn-a", &st), ENOENT, "a is gone");
	EXPECT_EQ(stat64("rn-b", &st), 0, "b is there");
	EXPECT_EQ(st.st_ino, before.st_ino, "the same inode");
	EXPECT_EQ(st.st_nlink, 1, "one link");
	EXPECT_STREQ(contents("rn-b"), "alpha", "the same data");

	ASSERT_TRUE(mkdir("rn-dir", 0755) == 0, "mkdir");
	EXPECT_EQ(rename("rn-b", "rn-dir/c"), 0, "into another directory");
	EXPECT_STREQ(contents("rn-dir/c"), "alpha", "moved with its data");

	make("rn-victim", "victim");
	fd = open("rn-victim", O_RDONLY);
	ASSERT_TRUE(fd >= 0, "open the victim");
	EXPECT_EQ(rename("rn-dir/c", "rn-victim"), 0, "over an existing file");
	EXPECT_STREQ(contents("rn-victim"), "alpha", "the name now has the moved file");
	EXPECT_EQ(read(fd, buf, sizeof(buf)), 6, "the replaced file still reads");
	EXPECT_STREQ(buf, "victim", "through its open fd");
	EXPECT_EQ(fstat64(fd, &st), 0, "fstat it");
	EXPECT_EQ(st.st_nlink, 0, "with no name left");
	close(fd);

	EXPECT_EQ(link("rn-victim", "rn-hard"), 0, "a second name");
	EXPECT_EQ(rename("rn-victim", "rn-hard"), 0, "rename between two names of one file");
	EXPECT_EQ(stat64("rn-victim", &st), 0, "both names stay");
	EXPECT_EQ(st.st_nlink, 2, "two links");
	EXPECT_EQ(rename("rn-hard", "rn-hard"), 0, "rename onto itself");
	EXPECT_EQ(unlink("rn-hard"), 0, "unlink the second name");

	EXPECT_ERRNO(rename("rn-missing", "rn-x"), ENOENT, "a missing source");
	EXPECT_ERRNO(rename("rn-victim", "rn-nodir/x"), ENOENT, "into a missing directory");
	EXPECT_ERRNO(rename("rn-victim", "rn-dir"), EISDIR, "a file over a directory");
	EXPECT_ERRNO(rename("rn-victim", "rn-x/"), ENOTDIR, "a trailing slash on the new name");
	EXPECT_ERRNO(rename("rn-victim/", "rn-x"), ENOTDIR, "a trailing slash on a file");
	EXPECT_ERRNO(rename(".", "rn-x"), EBUSY, "rename .");
	EXPECT_ERRNO(rename("rn-victim", "rn-dir/.."), EBUSY, "rename onto ..");
	EXPECT_ERRNO(rename("rn-victim", "/proc/rn-x"), EXDEV, "to another filesystem");

	d1 = open(".", O_RDONLY | O_DIRECTORY);
	d2 = open("rn-dir", O_RDONLY | O_DIRECTORY);
	ASSERT_TRUE(d1 >= 0 && d2 >= 0, "open the directories");
	EXPECT_EQ(renameat(d1, "rn-victim", d2, "e"), 0, "renameat between dirfds");
	EXPECT_STREQ(contents("rn-dir/e"), "alpha", "moved");
	EXPECT_EQ(renameat(d2, "e", AT_FDCWD, "rn-back"), 0, "renameat to AT_FDCWD");
	EXPECT_STREQ(contents("rn-back"), "alpha", "back");
	EXPECT_ERRNO(renameat(999, "x", d2, "y"), EBADF, "a bad dirfd");
	close(d1);
	close(d2);

	unlink("rn-back");
	rmdir("rn-dir");
	return test_done();
}
